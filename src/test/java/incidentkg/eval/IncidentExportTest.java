package incidentkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code eval/incidents.rq} over the hand-written {@code export/incidents.trig}. */
class IncidentExportTest {
    static final String IKG = "https://w3id.org/incidentkg/ontology#";
    static final String INC = "https://w3id.org/incidentkg/resource/incident/";
    static Map<String, PredictedIncident> exported;

    @BeforeAll
    static void export() {
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, "src/test/resources/eval/export/incidents.trig"));
        List<PredictedIncident> incidents = IncidentExport.create().export(dataset);
        exported = incidents.stream().collect(Collectors.toMap(p -> p.docId() + " " + p.iri(), Function.identity()));
        assertEquals(4, incidents.size(), () -> "exported " + exported.keySet());
    }

    static Set<Set<String>> entities(List<Set<String>> list) {
        return Set.copyOf(list);
    }

    @Test
    void bombingFieldByField() {
        PredictedIncident p = exported.get("TEST-0001 " + INC + "bombing-porto-verde");
        assertEquals("TEST-0001", p.docId());
        assertEquals(Set.of(IKG + "Bombing"), p.classes());
        assertEquals(Set.of("BOMBING"), p.types());
        assertTrue(p.conflictAttack());
        assertEquals(LocalDate.of(2001, 3, 5), p.earliest());
        assertEquals(LocalDate.of(2001, 3, 6), p.latest());
        assertEquals(List.of(Set.of("Elbonia", "ELBONIA")), p.countries());
        assertEquals(List.of(Set.of("Porto Verde")), p.cities());
        assertEquals(List.of(Set.of("Porto Verde power station", "power station")), p.places());
        // label, altLabel and the mention in this article; not "the Front", a mention in TEST-0002
        assertEquals(List.of(Set.of("Red Dawn Front", "FRA")), p.perpetratorOrganizations());
        assertEquals(Set.of(Set.of("urban commandos", "commandos"), Set.of("Mario Rossi"), Set.of("unknown attackers")),
                entities(p.perpetratorIndividuals()));
        assertEquals(List.of(Set.of("Red Dawn Front", "FRA")), p.claimedBy());
        assertEquals(List.of(), p.conductedBy());
        assertEquals(List.of(Set.of("Porto Verde power station", "power station")), p.physicalTargets());
        assertEquals(List.of(Set.of("guards")), p.humanTargets());
        assertEquals(Set.of(Set.of("dynamite"), Set.of("car bomb")), entities(p.instruments()));
        assertEquals(List.of(), p.killedPersons());
        assertEquals(List.of(), p.suspects());
        // killed: 2 exact, up to 5, at least 3 -> 3; injured: only "up to 4" -> 4
        assertEquals(3, p.killed());
        assertEquals(4, p.wounded());
        assertNull(p.freed());
    }

    @Test
    void demonstrationHasNoMucType() {
        PredictedIncident p = exported.get("TEST-0001 " + INC + "march-porto-verde");
        assertEquals(Set.of(IKG + "Demonstration"), p.classes());
        assertEquals(Set.of(), p.types());
        assertFalse(p.conflictAttack());
        assertEquals(LocalDate.of(2001, 3, 4), p.earliest());
        assertEquals(LocalDate.of(2001, 3, 4), p.latest());
        assertEquals(List.of(Set.of("urban commandos", "commandos")), p.perpetratorIndividuals());
    }

    @Test
    void unlistedSubclassTakesTheNearestListedAncestor() {
        PredictedIncident p = exported.get("TEST-0001 " + INC + "shooting-porto-verde");
        assertEquals(Set.of(IKG + "ArmedAssault"), p.classes());
        assertEquals(Set.of("ATTACK"), p.types());
        assertEquals(List.of(Set.of("Red Dawn Front", "FRA")), p.conductedBy());
        assertEquals(List.of(Set.of("Ana Ros")), p.killedPersons());
        assertEquals(List.of(Set.of("Mario Rossi")), p.suspects());
        assertNull(p.killed());
    }

    @Test
    void eachArticleKeepsItsOwnStatements() {
        PredictedIncident p = exported.get("TEST-0002 " + INC + "bombing-porto-verde");
        assertEquals(List.of(Set.of("Ivo Lenz")), p.perpetratorIndividuals());
        assertEquals(List.of(), p.perpetratorOrganizations());
        assertEquals(List.of(), p.countries());
        assertNull(p.earliest());
        assertFalse(exported.containsKey("TEST-0002 " + INC + "rumour"));
    }

    /** The ikg: terms of ONTOLOGY-CORE.md that the export may use. */
    static final Set<String> CONTRACT = Set.of("Article", "Incident", "Attack", "ArmedAssault", "Bombing",
            "HostageTaking", "Kidnapping", "Assassination", "Arson", "SecurityOperation", "Raid", "MilitaryOperation",
            "Plot", "Demonstration", "Occupation", "Person", "PersonGroup", "Organization", "ArmedGroup",
            "SecurityForce", "GovernmentBody", "Company", "NewsOrganization", "earliestDate", "latestDate", "date",
            "place", "venue", "city", "country", "perpetrator", "claimedBy", "target", "victim", "conductedBy",
            "instrument", "killedIn", "suspectIn", "tally", "tallyKind", "count", "qualifier", "Killed", "Injured",
            "Released", "UpTo", "evidence", "inArticle");

    @Test
    void queryUsesOnlyContractTerms() {
        String query = IncidentExport.defaultQuery();
        assertTrue(query.startsWith("# IncidentKG evaluation export"));
        Set<String> used = new TreeSet<>();
        var m = Pattern.compile("\\bikg:(\\w+)").matcher(query.replaceAll("(?m)#.*$", ""));
        while (m.find())
            used.add(m.group(1));
        assertTrue(used.size() > 30, () -> "found " + used);
        assertEquals(Set.of(), used.stream().filter(t -> !CONTRACT.contains(t)).collect(Collectors.toSet()));
        Set<String> prefixes = new TreeSet<>();
        var p = Pattern.compile("(?m)^PREFIX (\\w+):\\s+<([^>]+)>").matcher(query);
        while (p.find())
            prefixes.add(p.group(1) + " " + p.group(2));
        assertEquals(Set.of("ikg https://w3id.org/incidentkg/ontology#", "rdfs http://www.w3.org/2000/01/rdf-schema#",
                "skos http://www.w3.org/2004/02/skos/core#", "dcterms http://purl.org/dc/terms/",
                "nif http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"), prefixes);
        assertFalse(query.contains("GRAPH <"), "no graph is named: the union default graph is used");
    }

    @Test
    void typeTableUsesOnlyContractClasses() {
        for (IncidentTypeMap.Row row : IncidentTypeMap.load().rows())
            assertTrue(CONTRACT.contains(row.classIri().substring(IKG.length())), row.classIri());
    }
}
