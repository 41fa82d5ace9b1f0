package incidentkg.link;

import java.util.Set;

/**
 * An entity of the graph without an {@code owl:sameAs} to Wikidata: its IRI, its most specific reconciled
 * IncidentKG class, its English label and other names, and the Wikidata item of its country when known
 * (through {@code ikg:locatedIn} for a place, {@code ikg:nationality} for a person or group), else null.
 */
public record Unlinked(String iri, String ikgClass, String label, Set<String> altLabels, String country) {
    public Unlinked {
        altLabels = Set.copyOf(altLabels);
    }
}
