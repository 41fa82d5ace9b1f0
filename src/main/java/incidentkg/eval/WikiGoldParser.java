package incidentkg.eval;

import static incidentkg.eval.JsonFields.*;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one WikiEvents gold line into a {@link WikiGoldDocument}: per {@link WikiRole} and per
 * {@link ContractRole}, the
 * distinct {@code entity} values of the arguments in that role, each with all its mentions
 * (those of {@code entities[entity]}, else the argument's {@code entity_mentions}).
 */
final class WikiGoldParser {
    private WikiGoldParser() {}

    static WikiGoldDocument document(JsonObject o) {
        String docId = requiredString(o, "doc_id");
        boolean hasAttack = requiredBoolean(o, "has_attack");
        Map<Integer, List<String>> mentions = new HashMap<>();
        for (JsonElement e : requiredArray(o, "entities")) {
            JsonObject entity = object(e, "entities");
            Integer id = optInt(entity, "entity");
            if (id == null)
                throw new IllegalArgumentException("entity without field entity");
            List<String> forms = new ArrayList<>(strings(entity, "mentions"));
            String canonical = optString(entity, "canonical");
            if (canonical != null)
                forms.add(canonical);
            mentions.put(id, forms);
        }
        Map<WikiRole, Map<String, Set<String>>> byRole = new EnumMap<>(WikiRole.class);
        Map<ContractRole, Map<String, Set<String>>> byContractRole = new EnumMap<>(ContractRole.class);
        for (JsonElement e : requiredArray(o, "events")) {
            JsonObject event = object(e, "events");
            String type = requiredString(event, "type");
            for (JsonElement a : array(event, "arguments")) {
                JsonObject arg = object(a, "arguments");
                String role = requiredString(arg, "role");
                for (WikiRole wikiRole : WikiRole.values())
                    if (wikiRole.covers(type, role))
                        addArgument(byRole.computeIfAbsent(wikiRole, r -> new LinkedHashMap<>()), arg, mentions);
                String entityType = optString(arg, "entity_type");
                for (ContractRole contractRole : ContractRole.values())
                    if (contractRole.covers(type, role, entityType))
                        addArgument(byContractRole.computeIfAbsent(contractRole, r -> new LinkedHashMap<>()), arg,
                                    mentions);
            }
        }
        return new WikiGoldDocument(docId, optString(o, "text_file"), hasAttack, fills(byRole, WikiRole.class),
                                    fills(byContractRole, ContractRole.class));
    }

    private static <R extends Enum<R>> Map<R, List<GoldFill>> fills(Map<R, Map<String, Set<String>>> byRole,
                                                                    Class<R> type) {
        Map<R, List<GoldFill>> roles = new EnumMap<>(type);
        byRole.forEach((role, entities) -> roles.put(role,
                entities.values().stream().map(forms -> GoldFill.of(false, List.copyOf(forms))).toList()));
        return roles;
    }

    private static void addArgument(Map<String, Set<String>> entities, JsonObject arg, Map<Integer, List<String>> mentions) {
        Integer entity = optInt(arg, "entity");
        String text = optString(arg, "text");
        String key = entity != null ? "#" + entity : "text:" + text;
        Set<String> forms = entities.computeIfAbsent(key, k -> new LinkedHashSet<>());
        if (entity != null && mentions.containsKey(entity))
            forms.addAll(mentions.get(entity));
        forms.addAll(strings(arg, "entity_mentions"));
        if (text != null)
            forms.add(text);
    }
}
