package incidentkg.it;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-written articles (src/test/resources/places/*.txt) through the real loader: an incident's ikg:place is
 * the most specific place its text gives, a street or a village named next to the incident word when no venue
 * is named, while ikg:city and ikg:country stay the town and the country; what a violent verb hits in a
 * sentence without incident word, right after the incident's sentence in another paragraph, is a target of
 * that incident; a bakery is a venue; a country named by a demonym is mentioned by that word alone; the event
 * noun that ends a name ("Kelvingrove Marathon") is no place, the words before it may be.
 */
class PlaceRulesIT extends LoadedArticles {
    PlaceRulesIT() {
        super("src/test/resources/places", "places-street", "places-village", "places-venue", "places-pylons",
                "places-bakery", "places-demonym", "places-marathon");
    }

    @Test
    void aStreetNamedAtTheIncidentIsItsPlaceAndTheTownStaysItsCity() {
        assertEquals(Set.of("street"), labels("places-street", "ikg:place"));
        assertEquals(Set.of("Cali"), labels("places-street", "ikg:city"));
    }

    @Test
    void aVillageIsThePlaceOfAnIncidentInACountryWithoutTown() {
        assertEquals(Set.of("village"), labels("places-village", "ikg:place"));
        assertEquals(Set.of(), labels("places-village", "ikg:city"));
    }

    @Test
    void aVenueIsMoreSpecificThanTheStreetItStandsOn() {
        assertEquals(Set.of("restaurant"), labels("places-venue", "ikg:place"));
        assertEquals(Set.of("Medellín"), labels("places-venue", "ikg:city"));
    }

    @Test
    void whatIsBlownUpInTheNextParagraphIsATargetOfTheIncidentBefore() {
        // "They also blew up four pylons." follows the attack's sentence, in a paragraph of its own
        assertEquals(Set.of("four pylons"), labels("places-pylons", "ikg:target"));
    }

    @Test
    void aBakeryWhereABombExplodedIsTheVenueAndTheTarget() {
        assertEquals(Set.of("bakery"), labels("places-bakery", "ikg:venue"));
        assertEquals(Set.of("bakery"), labels("places-bakery", "ikg:target"));
    }

    @Test
    void aCountryNamedByADemonymIsMentionedByThatWordNotByTheWholeGroup() {
        // "four Canadian soldiers": Canada's mention is "Canadian"; the soldiers' is the whole phrase
        assertEquals(Set.of("Canadian"), IncidentFacts.literals(store, IncidentFacts.PREFIXES + """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT ?text WHERE {
                  ?a dcterms:identifier "places-demonym" .
                  ?country rdfs:label "Canada"@en ; ikg:evidence ?m .
                  ?m ikg:inArticle ?a ; nif:anchorOf ?text }""", "text"));
        assertTrue(labels("places-demonym", "ikg:victim").contains("four Canadian soldiers"));
    }

    @Test
    void theEventNounEndingANameIsNoPlace() {
        // "the Kelvingrove Marathon": CoreNLP tags the name as a location, and "Marathon" is a town's name too
        assertEquals(Set.of("Kelvingrove"), labels("places-marathon", "ikg:place"));
        assertEquals(Set.of(), labels("places-marathon", "ikg:city"));
    }
}
