package incidentkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MucGoldSlotsTest {
    static GoldFill fill(boolean optional, String... values) {
        return GoldFill.of(optional, List.of(values));
    }

    static GoldFill ref(boolean optional, List<String> values, String... ref) {
        return new GoldFill(optional, values, List.of(ref));
    }

    static MucTemplate template(List<GoldFill> orgs, List<GoldFill> confidence, List<GoldFill> names,
                                List<GoldFill> descriptions, List<LocationAlternative> location) {
        return new MucTemplate("1", false, List.of(fill(false, "ATTACK")), List.of(), location, List.of(), orgs, confidence,
                List.of(), names, descriptions, List.of(), DerivedCounts.NONE, Set.of());
    }

    @Test
    void claimedByFollowsConfidenceRefs() {
        List<GoldFill> orgs = List.of(fill(false, "RED DAWN FRONT", "FRA"), fill(false, "PEOPLE'S ARMY"), fill(true, "BLUE HAND"));
        List<GoldFill> confidence = List.of(
                ref(false, List.of("REPORTED AS FACT", "CLAIMED OR ADMITTED"), "RED DAWN FRONT", "FRA"),
                ref(false, List.of("SUSPECTED OR ACCUSED"), "PEOPLE'S ARMY"),
                ref(false, List.of("CLAIMED OR ADMITTED"), "BLUE HAND"));
        MucTemplate t = template(orgs, confidence, List.of(), List.of(), List.of());
        assertEquals(List.of(fill(false, "RED DAWN FRONT", "FRA"), fill(true, "BLUE HAND")), MucGoldSlots.claimedBy(t));
    }

    @Test
    void optionalClaimMakesAnOptionalFiller() {
        MucTemplate t = template(List.of(fill(false, "FRA")), List.of(ref(true, List.of("CLAIMED OR ADMITTED"), "FRA")),
                List.of(), List.of(), List.of());
        assertEquals(List.of(fill(true, "FRA")), MucGoldSlots.claimedBy(t));
    }

    @Test
    void descriptionsOfOneNameJoinThatName() {
        List<GoldFill> names = List.of(fill(false, "JOHAN MERKEL"), fill(false, "ANA ROS"));
        List<GoldFill> descriptions = List.of(
                ref(false, List.of("MAYOR"), "JOHAN MERKEL"),
                ref(true, List.of("VILLAGERS"), new String[0]),
                ref(false, List.of("COUNCILLORS"), "JOHAN MERKEL", "ANA ROS"));
        MucTemplate t = template(List.of(), List.of(), names, descriptions, List.of());
        assertEquals(List.of(fill(false, "JOHAN MERKEL", "MAYOR"), fill(false, "ANA ROS"),
                fill(true, "VILLAGERS"), fill(false, "COUNCILLORS")), MucGoldSlots.humanTargets(t));
    }

    @Test
    void countryAndCityFromAllAlternatives() {
        List<LocationAlternative> location = List.of(
                new LocationAlternative("ELBONIA", List.of("PORTO VERDE", "SAN LUIS"), false),
                new LocationAlternative("OSTERLICH", List.of("ALTA", "BAJA"), false));
        MucTemplate t = template(List.of(), List.of(), List.of(), List.of(), location);
        assertEquals(List.of(fill(false, "ELBONIA", "OSTERLICH")), MucGoldSlots.country(t));
        assertEquals(List.of(fill(false, "PORTO VERDE", "SAN LUIS", "ALTA", "BAJA")), MucGoldSlots.city(t));
        MucTemplate countryOnly = template(List.of(), List.of(), List.of(), List.of(),
                List.of(new LocationAlternative("ELBONIA", List.of(), false)));
        assertEquals(List.of(), MucGoldSlots.city(countryOnly));
    }
}
