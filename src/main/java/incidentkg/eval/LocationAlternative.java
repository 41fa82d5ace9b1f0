package incidentkg.eval;

import java.util.List;

/**
 * One acceptable location of a MUC-4 key: the country (or null) and the names of all its places,
 * from larger to smaller unit, both ends of a "between A and B" included.
 */
public record LocationAlternative(String country, List<String> places, boolean optional) {
    public LocationAlternative {
        places = List.copyOf(places);
    }
}
