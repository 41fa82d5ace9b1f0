package incidentkg.model;

import java.util.List;
import java.util.Set;

/**
 * A participant or place of an article after coreference: {@code id} is its resource path
 * ("place/lima", "group/story-1-gunmen"), {@code gazetteerId} its gazetteer entry when linked.
 */
public record Entity(String id, EntityClass cls, String label, Set<String> altLabels, String gazetteerId,
                     List<Span> evidence, Integer size) {
    public Entity {
        altLabels = Set.copyOf(altLabels);
        evidence = List.copyOf(evidence);
    }
}
