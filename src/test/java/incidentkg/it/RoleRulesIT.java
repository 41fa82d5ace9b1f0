package incidentkg.it;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-written articles (src/test/resources/roles/*.txt) through the real loader: the dependency
 * rules around violent verbs and nouns find who did it (subject, "blamed X for"), who suffered it (object,
 * passive subject; a victim's title is another name of the victim), what was hit, with what (as written), and
 * who was arrested; a description keeps its adjectives, its head noun and its "of" phrases as forms; the armed
 * group named in a perpetrator's description, or the article's one armed group, is a perpetrator.
 */
class RoleRulesIT extends LoadedArticles {
    private static final String PREFIXES = IncidentFacts.PREFIXES;

    RoleRulesIT() {
        super("src/test/resources/roles", "roles-kidnap", "roles-judge", "roles-mortars", "roles-employees", "roles-senator",
                "roles-arrests", "roles-dateline", "roles-unit",
                "roles-conjunction", "roles-irrealis", "roles-claim", "roles-responsible", "roles-groups");
    }

    /** The labels of the persons ikg:suspectIn / ikg:killedIn an incident of {@code article}. */
    private Set<String> persons(String article, String property) {
        return labelsWhere(article, "?x " + property + " ?i");
    }

    @Test
    void theSubjectOfAViolentVerbIsThePerpetratorAndItsObjectTheVictim() {
        assertTrue(labels("roles-kidnap", "ikg:perpetrator").contains("guerrillas"),
                   labels("roles-kidnap", "ikg:perpetrator").toString());
        assertTrue(labels("roles-kidnap", "ikg:victim").stream().anyMatch(l -> l.endsWith("engineers")),
                   labels("roles-kidnap", "ikg:victim").toString());
    }

    @Test
    void theObjectOfBurnedIsATarget() {
        assertTrue(labels("roles-kidnap", "ikg:target").contains("bus"), labels("roles-kidnap", "ikg:target").toString());
    }

    @Test
    void theObjectOfArrestedIsASuspect() {
        assertEquals(Set.of("Pedro Alvarado Ruiz"), persons("roles-kidnap", "ikg:suspectIn"));
    }

    @Test
    void everyPersonListedAfterAnArrestIsASuspect() {
        assertEquals(Set.of("Ana Ruiz", "Pedro Diaz", "Luis Vega"), persons("roles-arrests", "ikg:suspectIn"));
    }

    @Test
    void aMurderedJudgeIsAVictimByNameAndByTitle() {
        // the title before the name and "the judge" later are the same person: one victim, titled
        assertEquals(Set.of("Rosa Mendez Parra"), labels("roles-judge", "ikg:victim"));
        Set<String> alt = altLabels("roles-judge", "ikg:victim");
        assertTrue(alt.contains("Judge"), alt.toString());
        assertTrue(alt.contains("Judge Rosa Mendez Parra"), alt.toString());
        assertEquals(Set.of("Rosa Mendez Parra"), persons("roles-judge", "ikg:killedIn"));
    }

    @Test
    void anAppositiveIsAnotherNameOfThePersonAndTheTitleLaterIsThePersonToo() {
        assertEquals(Set.of("Luisa Cortes Vega"), labels("roles-senator", "ikg:victim"));
        assertTrue(altLabels("roles-senator", "ikg:victim").contains("senator"),
                   altLabels("roles-senator", "ikg:victim").toString());
    }

    @Test
    void weaponsAreNamedAsTheArticleWritesThem() {
        assertEquals(Set.of("mortars", "rifles"), values("roles-mortars", "ikg:instrument"));
    }

    @Test
    void anAdverbStaysInADescription() {
        Set<String> perpetrators = labels("roles-mortars", "ikg:perpetrator");
        assertTrue(perpetrators.contains("heavily armed rebels"), perpetrators.toString());
    }

    @Test
    void theOneArmedGroupOfTheArticleIsSuspectedOfWhatItsUnnamedFightersDid() {
        Set<String> perpetrators = labels("roles-mortars", "ikg:perpetrator");
        assertTrue(perpetrators.contains("Revolutionary Armed Forces of Colombia"), perpetrators.toString());
    }

    @Test
    void theGroupNamedInAPerpetratorsDescriptionIsAPerpetratorAndTheOtherGroupIsNot() {
        Set<String> perpetrators = labels("roles-employees", "ikg:perpetrator");
        assertTrue(perpetrators.contains("Revolutionary Armed Forces of Colombia"), perpetrators.toString());
        assertTrue(perpetrators.contains("FARC guerrillas"), perpetrators.toString());
        assertTrue(!perpetrators.contains("National Liberation Army"), perpetrators.toString());
    }

    @Test
    void aDescriptionHasItsHeadNounAndItsOfPhraseAsForms() {
        Set<String> alt = altLabels("roles-employees", "ikg:victim");
        assertTrue(alt.contains("employees"), alt.toString());
        assertTrue(alt.contains("employees of the Tarvos water company"), alt.toString());
    }

    /** The skos:altLabels of what the incidents supported by {@code article} have in {@code property}. */
    private Set<String> altLabels(String article, String property) {
        return IncidentFacts.altLabels(store, article, property);
    }

    @Test
    void theSubjectOfMurderedAndThoseBlamedArePerpetrators() {
        Set<String> perpetrators = labels("roles-judge", "ikg:perpetrator");
        assertTrue(perpetrators.contains("individuals"),
                   perpetrators.toString());
        assertTrue(perpetrators.contains("rebels"), perpetrators.toString());
    }

    @Test
    void aDescriptionKeepsItsAdjectivesAsAnAlternativeLabel() {
        Set<String> alt = altLabels("roles-judge", "ikg:perpetrator");
        assertTrue(alt.contains("unidentified individuals"), alt.toString());
    }

    @Test
    void aWireDatelineWithoutSourceDatesTheIncidentOfYesterday() {
        // "PLACE (COUNTRY), 12 Mar 90 --": the dateline's date is the reference of "yesterday"
        assertEquals(Set.of("1990-03-11"), values("roles-dateline", "ikg:date"));
    }

    @Test
    void aConjunctionLeftByPlainAdjectivesDoesNotNameTheGroup() {
        Set<String> victims = labels("roles-conjunction", "ikg:victim");
        assertEquals(Set.of("labor leaders"), victims);
        assertTrue(altLabels("roles-conjunction", "ikg:victim").contains("political and labor leaders"),
                   altLabels("roles-conjunction", "ikg:victim").toString());
    }

    @Test
    void aCountedUnitIsNoVictim() {
        // "ambushed one battalion": the unit is no group of people hurt; the teacher killed is
        Set<String> victims = labels("roles-unit", "ikg:victim");
        assertTrue(victims.stream().noneMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains("battalion")),
                   victims.toString());
        assertTrue(victims.stream().anyMatch(l -> l.equalsIgnoreCase("teacher")), victims.toString());
    }

    @Test
    void aDeterminerOpensTheNounPhrase() {
        // "that attitude the rebels killed": the perpetrators are "the rebels", not "attitude the rebels"
        Set<String> perpetrators = labels("roles-unit", "ikg:perpetrator");
        assertTrue(perpetrators.contains("rebels"), perpetrators.toString());
        assertTrue(perpetrators.stream().noneMatch(l -> l.contains("attitude")), perpetrators.toString());
    }

    @Test
    void anIncidentThatWillNotOrWouldHappenIsNoIncident() {
        // "orders not to bomb Medellin", "would set off bombs in Cali", "will not attack Bogota": only the attack
        // near Tarvos took place
        String query = PREFIXES + """
                SELECT DISTINCT ?l WHERE {
                  ?a dcterms:identifier "roles-irrealis" . ?i ikg:supportedBy ?a . ?i rdfs:label ?l }""";
        assertEquals(Set.of("Attack in Colombia (1990-03-12)"), literals(query, "l"));
    }

    @Test
    void aClaimThatNamesNoIncidentClaimsTheStorysIncident() {
        // "X claimed responsibility in a communique." in the paragraph after the bombing
        assertEquals(Set.of("Popular Liberation Army"), labels("roles-claim", "ikg:claimedBy"));
    }

    @Test
    void anOrganizationThatClaimsAnIncidentIsItsPerpetrator() {
        assertTrue(labels("roles-claim", "ikg:perpetrator").contains("Popular Liberation Army"),
                   labels("roles-claim", "ikg:perpetrator").toString());
    }

    @Test
    void thoseSaidToBeResponsibleOrAccusedArePerpetratorsAndTheirPursuersAreNot() {
        // "three farmers were responsible for the bombing", "accused Pablo Ortega of the attack", "two men placed the
        // bomb"; "pursued by the police" makes the police no perpetrator
        Set<String> perpetrators = labels("roles-responsible", "ikg:perpetrator");
        assertTrue(perpetrators.contains("three farmers"), perpetrators.toString());
        assertTrue(perpetrators.contains("Pablo Ortega"), perpetrators.toString());
        assertTrue(perpetrators.contains("Two men"), perpetrators.toString());
        assertTrue(perpetrators.stream().noneMatch(l -> l.equalsIgnoreCase("police")), perpetrators.toString());
    }

    @Test
    void menAreNoFightersOfTheArticlesArmedGroup() {
        Set<String> perpetrators = labels("roles-responsible", "ikg:perpetrator");
        assertTrue(!perpetrators.contains("Revolutionary Armed Forces of Colombia"), perpetrators.toString());
    }

    @Test
    void ofSeveralArmedGroupsTheOneNamedNextToTheFightersIsSuspected() {
        Set<String> perpetrators = labels("roles-groups", "ikg:perpetrator");
        assertTrue(perpetrators.contains("Revolutionary Armed Forces of Colombia"), perpetrators.toString());
        assertTrue(!perpetrators.contains("National Liberation Army"), perpetrators.toString());
    }

    @Test
    void perpetratorsDescribedWithTheSameNounAreOneGroup() {
        // "six guerrillas attacked", "the guerrillas killed two policemen in the attack": one group of perpetrators
        Set<String> perpetrators = labels("roles-groups", "ikg:perpetrator");
        assertEquals(1, perpetrators.stream().filter(l -> l.toLowerCase(java.util.Locale.ROOT).contains("guerrilla")).count(),
                     perpetrators.toString());
    }

    /** The literal values of {@code property} of the incidents of {@code article}, in its graph. */
    private Set<String> values(String article, String property) {
        return literals(PREFIXES + """
                SELECT DISTINCT ?v WHERE {
                  ?a dcterms:identifier "%s" . ?i ikg:supportedBy ?a .
                  GRAPH ?a { ?i %s ?v } }""".formatted(article, property), "v");
    }

    private Set<String> literals(String query, String var) {
        return IncidentFacts.literals(store, query, var);
    }
}
