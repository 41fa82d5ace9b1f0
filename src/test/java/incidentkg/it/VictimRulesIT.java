package incidentkg.it;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-written articles (src/test/resources/victims/*.txt) through the real loader: victims named after the
 * incident ("the victims were …", "the bodies of …"), joined by "and", described by a participle ("the engineers
 * murdered by the gunmen"), or owning the home that was attacked; and words that name no incident: "shot video
 * footage", a bare plural "attacks on convoys across the region"; those an attack was aimed at, those among the dead,
 * named a victim in apposition, counted with "including", hurt in the arm, or slaughtered; and the lawyer of the
 * victims, the rescuers and a curfew's shopkeepers, who are none.
 */
class VictimRulesIT extends LoadedArticles {
    VictimRulesIT() {
        super("src/test/resources/victims", "victims-list", "victims-bodies", "victims-among");
    }

    /** The labels and other names of the victims of the incidents of {@code article}, in lower case. */
    private Set<String> victims(String article) {
        Set<String> names = new TreeSet<>();
        labelsWhere(article, "?i ikg:victim ?x").forEach(l -> names.add(l.toLowerCase(Locale.ROOT)));
        IncidentFacts.altLabels(store, article, "ikg:victim").forEach(l -> names.add(l.toLowerCase(Locale.ROOT)));
        return names;
    }

    @Test
    void theVictimsNamedAfterTheIncidentAreItsVictims() {
        // "The victims were Ana Ruiz Soto and Marta Ruiz Soto." (no incident word in the sentence; two names joined)
        Set<String> victims = victims("victims-list");
        assertTrue(victims.contains("ana ruiz soto"), victims.toString());
        assertTrue(victims.contains("marta ruiz soto"), victims.toString());
    }

    @Test
    void theOwnerOfAnAttackedResidenceIsAVictim() {
        // "The gunmen also attacked the residence of the mayor"
        Set<String> victims = victims("victims-list");
        assertTrue(victims.contains("mayor"), victims.toString());
    }

    @Test
    void theBodiesFoundAreOfVictims() {
        // "The bodies of Luis Vega Lora and Pedro Diaz Mora were found near Gao"
        Set<String> victims = victims("victims-bodies");
        assertTrue(victims.contains("luis vega lora"), victims.toString());
        assertTrue(victims.contains("pedro diaz mora"), victims.toString());
    }

    @Test
    void peopleAParticipleDescribesAreVictims() {
        // "The engineers murdered by the gunmen had worked for a mining company."
        Set<String> victims = victims("victims-bodies");
        assertTrue(victims.contains("engineers"), victims.toString());
    }

    @Test
    void videoFootageAndAttacksInGeneralNameNoIncident() {
        // "A reporter who shot video footage of the road …": no shooting, no victim; "attacks on convoys across the
        // region": incidents in general, no incident and no target of their own
        Set<String> victims = victims("victims-bodies");
        assertTrue(victims.stream().noneMatch(v -> v.contains("reporter")), victims.toString());
        assertEquals(1, IncidentFacts.incidentLabels(store, "victims-bodies").size(),
                IncidentFacts.incidentLabels(store, "victims-bodies").toString());
    }

    @Test
    void whomAnAttackWasAimedAtAreItsVictims() {
        // "The attack seemed to be aimed at civilians."; "A curfew aimed at shopkeepers was announced" names no incident
        Set<String> victims = victims("victims-among");
        assertTrue(victims.contains("civilians"), victims.toString());
        assertTrue(victims.stream().noneMatch(v -> v.contains("shopkeeper")), victims.toString());
    }

    @Test
    void thoseAmongTheDeadAreVictimsNotThoseAmongTheRescuers() {
        // "Two farmers were among the dead.", "Among the dead were two policemen and a driver.";
        // "Two nurses were among the rescuers."
        Set<String> victims = victims("victims-among");
        assertTrue(victims.contains("two farmers"), victims.toString());
        assertTrue(victims.contains("two policemen"), victims.toString());
        assertTrue(victims.contains("driver"), victims.toString());
        assertTrue(victims.stream().noneMatch(v -> v.contains("nurse")), victims.toString());
    }

    @Test
    void aVictimInAppositionIsAVictimNotTheVictimsLawyer() {
        // "A teacher, a victim of the attack, was taken to hospital."; "Pedro Diaz Mora, a lawyer for the victims, ..."
        Set<String> victims = victims("victims-among");
        assertTrue(victims.contains("teacher"), victims.toString());
        assertTrue(victims.stream().noneMatch(v -> v.contains("pedro") || v.contains("lawyer")), victims.toString());
    }

    @Test
    void thoseHurtAreVictims() {
        // "five more were wounded, including two children"; "One of the guards came out slightly wounded";
        // "A grenade wounded the arm of a street vendor."; "A minor was injured"; "the slaughter of the villagers"
        Set<String> victims = victims("victims-among");
        assertTrue(victims.contains("two children"), victims.toString());
        assertTrue(victims.contains("guards"), victims.toString());
        assertTrue(victims.contains("street vendor"), victims.toString());
        assertTrue(victims.contains("minor"), victims.toString());
        assertTrue(victims.contains("villagers"), victims.toString());
    }

    @Test
    void thoseFiredAtOrTargetedAreVictims() {
        // "During the attack, the gunmen fired at two soldiers."; "Two journalists were also fired at during the
        // attack."; "The attack targeted a police patrol"
        Set<String> victims = victims("victims-among");
        assertTrue(victims.contains("two soldiers"), victims.toString());
        assertTrue(victims.contains("two journalists"), victims.toString());
        assertTrue(victims.contains("police patrol"), victims.toString());
    }
}
