package incidentkg.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a WikiEvents {@code gold.jsonl}: whether the document has a {@code Conflict.Attack}
 * event and, per {@link WikiRole}, the gold entities in that role, each a {@link GoldFill} whose
 * {@code values} are all mentions of the entity (any of them matches).
 */
public record WikiGoldDocument(String docId, String textFile, boolean hasAttack, Map<WikiRole, List<GoldFill>> roles) {
    public WikiGoldDocument {
        EnumMap<WikiRole, List<GoldFill>> copy = new EnumMap<>(WikiRole.class);
        for (WikiRole role : WikiRole.values())
            copy.put(role, List.copyOf(roles.getOrDefault(role, List.of())));
        roles = Collections.unmodifiableMap(copy);
    }

    /** The gold entities of {@code role}. */
    public List<GoldFill> entities(WikiRole role) {
        return roles.get(role);
    }
}
