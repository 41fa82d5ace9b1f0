package incidentkg.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a WikiEvents {@code gold.jsonl}: whether the document has a {@code Conflict.Attack}
 * event and, per {@link WikiRole}, the gold entities in that role, each a {@link GoldFill} whose
 * {@code values} are all mentions of the entity (any of them matches); and so per {@link ContractRole}.
 */
public record WikiGoldDocument(String docId, String textFile, boolean hasAttack, Map<WikiRole, List<GoldFill>> roles,
                               Map<ContractRole, List<GoldFill>> contractRoles) {
    public WikiGoldDocument {
        roles = copy(roles, WikiRole.class);
        contractRoles = copy(contractRoles, ContractRole.class);
    }

    private static <R extends Enum<R>> Map<R, List<GoldFill>> copy(Map<R, List<GoldFill>> roles, Class<R> type) {
        EnumMap<R, List<GoldFill>> copy = new EnumMap<>(type);
        for (R role : type.getEnumConstants())
            copy.put(role, List.copyOf(roles.getOrDefault(role, List.of())));
        return Collections.unmodifiableMap(copy);
    }

    /** The gold entities of {@code role}. */
    public List<GoldFill> entities(WikiRole role) {
        return roles.get(role);
    }

    /** The gold entities of {@code role}. */
    public List<GoldFill> entities(ContractRole role) {
        return contractRoles.get(role);
    }
}
