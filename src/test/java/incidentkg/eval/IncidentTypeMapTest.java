package incidentkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IncidentTypeMapTest {
    static final String IKG = "https://w3id.org/incidentkg/ontology#";
    static final IncidentTypeMap TABLE = IncidentTypeMap.load();

    @Test
    void defaultTableMapsTheContractClasses() {
        assertEquals(Set.of("BOMBING"), TABLE.classify(Map.of(IKG + "Bombing", Set.of(IKG + "Bombing"))).mucTypes());
        assertEquals(Set.of("KIDNAPPING"), TABLE.classify(Map.of(IKG + "HostageTaking", Set.of())).mucTypes());
        assertEquals(Set.of("ATTACK"), TABLE.classify(Map.of(IKG + "Assassination", Set.of())).mucTypes());
        assertEquals(Set.of("ARSON"), TABLE.classify(Map.of(IKG + "Arson", Set.of())).mucTypes());
        IncidentTypeMap.Classification raid = TABLE.classify(Map.of(IKG + "Raid", Set.of()));
        assertEquals(Set.of(), raid.mucTypes());
        assertTrue(raid.conflictAttack());
        IncidentTypeMap.Classification demo = TABLE.classify(Map.of(IKG + "Demonstration", Set.of()));
        assertEquals(Set.of(), demo.mucTypes());
        assertFalse(demo.conflictAttack());
    }

    @Test
    void mostSpecificListedClassesDecide() {
        // a bombing, with its ancestors as the ontology graph gives them
        Map<String, Set<String>> bombing = Map.of(
                IKG + "Bombing", Set.of(IKG + "Bombing", IKG + "Attack", IKG + "Incident"),
                IKG + "Attack", Set.of(IKG + "Attack", IKG + "Incident"),
                IKG + "Incident", Set.of(IKG + "Incident"));
        IncidentTypeMap.Classification c = TABLE.classify(bombing);
        assertEquals(Set.of(IKG + "Bombing"), c.classes());
        assertEquals(Set.of("BOMBING"), c.mucTypes());
        // two asserted classes, neither above the other: both count
        Map<String, Set<String>> two = Map.of(IKG + "Bombing", Set.of(IKG + "Bombing"),
                IKG + "Assassination", Set.of(IKG + "Assassination"));
        assertEquals(Set.of("BOMBING", "ATTACK"), TABLE.classify(two).mucTypes());
        // an unknown class: nothing
        assertEquals(Set.of(), TABLE.classify(Map.of("http://example.org/Thing", Set.of())).classes());
    }

    @Test
    void badRowsNameFileAndLine() {
        String header = "class\tmuc_type\tconflict_attack";
        assertEquals("t.tsv:3: unknown MUC-4 type BOMB", assertThrows(IllegalArgumentException.class,
                () -> IncidentTypeMap.parse("t.tsv", List.of("# comment", header, "ikg:Bombing\tBOMB\tyes"))).getMessage());
        assertEquals("t.tsv:2: conflict_attack must be yes or no, not maybe", assertThrows(IllegalArgumentException.class,
                () -> IncidentTypeMap.parse("t.tsv", List.of(header, "ikg:Raid\t-\tmaybe"))).getMessage());
        assertEquals("t.tsv:3: duplicate class ikg:Raid", assertThrows(IllegalArgumentException.class,
                () -> IncidentTypeMap.parse("t.tsv", List.of(header, "ikg:Raid\t-\tyes", "ikg:Raid\t-\tno"))).getMessage());
        assertEquals("t.tsv:1: expected header class muc_type conflict_attack", assertThrows(IllegalArgumentException.class,
                () -> IncidentTypeMap.parse("t.tsv", List.of("ikg:Raid\t-\tyes"))).getMessage());
        assertEquals("t.tsv:2: class must be ikg:Name or an IRI: Raid", assertThrows(IllegalArgumentException.class,
                () -> IncidentTypeMap.parse("t.tsv", List.of(header, "Raid\t-\tyes"))).getMessage());
    }
}
