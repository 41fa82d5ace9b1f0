package incidentkg.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

/**
 * Folds the rows of {@code eval/incidents.rq} (one value per row) into one
 * {@link PredictedIncident} per document and incident.
 */
final class IncidentAssembler {
    private static final String IKG = IncidentTypeMap.IKG;
    private static final Set<String> ORGANIZATION_KINDS = Set.of(IKG + "Organization", IKG + "ArmedGroup",
            IKG + "SecurityForce", IKG + "GovernmentBody", IKG + "Company", IKG + "NewsOrganization");
    private static final Pattern ISO_DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

    private record Key(String doc, String incident) {}

    private record Tally(int count, String qualifier) {}

    /** Everything collected about one incident. */
    private static final class Parts {
        final Map<String, Set<String>> ancestors = new LinkedHashMap<>();
        final List<LocalDate> firstDays = new ArrayList<>();
        final List<LocalDate> lastDays = new ArrayList<>();
        /** field -> the entities (or literals) in that role */
        final Map<String, Set<String>> roles = new LinkedHashMap<>();
        /** entity -> its surface forms */
        final Map<String, Set<String>> forms = new LinkedHashMap<>();
        final Map<String, Set<String>> perpetratorKinds = new LinkedHashMap<>();
        /** field -> tally -> (count, qualifier) */
        final Map<String, Map<String, Tally>> tallies = new LinkedHashMap<>();
    }

    private final Map<Key, Parts> incidents = new LinkedHashMap<>();

    void add(QuerySolution row) {
        String doc = row.getLiteral("doc").getLexicalForm();
        String incident = row.getResource("incident").toString();
        String field = row.getLiteral("field").getLexicalForm();
        RDFNode item = row.get("item");
        RDFNode value = row.get("value");
        Parts parts = incidents.computeIfAbsent(new Key(doc, incident), k -> new Parts());
        switch (field) {
            case "class" -> parts.ancestors.computeIfAbsent(key(item), k -> new LinkedHashSet<>()).add(key(value));
            case "earliestDate" -> addDay(parts.firstDays, value);
            case "latestDate" -> addDay(parts.lastDays, value);
            case "date" -> {
                addDay(parts.firstDays, value);
                addDay(parts.lastDays, value);
            }
            case "perpetratorKind" -> parts.perpetratorKinds.computeIfAbsent(key(item), k -> new LinkedHashSet<>()).add(key(value));
            case "killed", "injured", "released" -> {
                Integer count = integer(value);
                if (count != null) {
                    RDFNode q = row.get("qualifier");
                    parts.tallies.computeIfAbsent(field, k -> new LinkedHashMap<>())
                            .put(key(item), new Tally(count, q == null ? null : key(q)));
                }
            }
            case "form" -> {
                if (value != null && value.isLiteral())
                    parts.forms.computeIfAbsent(key(item), k -> new LinkedHashSet<>()).add(value.asLiteral().getLexicalForm());
            }
            default -> {
                parts.roles.computeIfAbsent(field, k -> new LinkedHashSet<>()).add(key(item));
                if (item != null && item.isLiteral())
                    parts.forms.computeIfAbsent(key(item), k -> new LinkedHashSet<>()).add(item.asLiteral().getLexicalForm());
            }
        }
    }

    List<PredictedIncident> build(IncidentTypeMap types) {
        List<PredictedIncident> out = new ArrayList<>();
        incidents.forEach((key, parts) -> out.add(build(key, parts, types)));
        return out;
    }

    private static PredictedIncident build(Key key, Parts parts, IncidentTypeMap types) {
        IncidentTypeMap.Classification c = types.classify(parts.ancestors);
        List<Set<String>> organizations = new ArrayList<>();
        List<Set<String>> individuals = new ArrayList<>();
        for (String item : parts.roles.getOrDefault("perpetrator", Set.of())) {
            Set<String> forms = parts.forms.get(item);
            if (forms == null)
                continue;
            Set<String> kinds = parts.perpetratorKinds.getOrDefault(item, Set.of());
            boolean organization = kinds.stream().anyMatch(ORGANIZATION_KINDS::contains);
            boolean individual = kinds.contains(IKG + "Person") || kinds.contains(IKG + "PersonGroup");
            if (organization)
                organizations.add(forms);
            if (individual || !organization)
                individuals.add(forms);
        }
        List<Set<String>> places = new ArrayList<>(entities(parts, "place"));
        places.addAll(entities(parts, "venue"));
        return new PredictedIncident(key.doc(), key.incident(), c.classes(), c.mucTypes(), c.conflictAttack(),
                parts.firstDays.stream().min(Comparator.naturalOrder()).orElse(null),
                parts.lastDays.stream().max(Comparator.naturalOrder()).orElse(null),
                entities(parts, "country"), entities(parts, "city"), places, organizations, individuals,
                entities(parts, "claimedBy"), entities(parts, "conductedBy"), entities(parts, "target"),
                entities(parts, "victim"), entities(parts, "instrument"), entities(parts, "killedIn"),
                entities(parts, "suspectIn"),
                tally(parts, "killed"), tally(parts, "injured"), tally(parts, "released"));
    }

    /** The form sets of the entities in role {@code field}; entities without any name are left out. */
    private static List<Set<String>> entities(Parts parts, String field) {
        List<Set<String>> out = new ArrayList<>();
        for (String item : parts.roles.getOrDefault(field, Set.of()))
            if (parts.forms.containsKey(item))
                out.add(parts.forms.get(item));
        return out;
    }

    /** The largest count whose qualifier is not ikg:UpTo; else the largest count; null without tally. */
    private static Integer tally(Parts parts, String field) {
        var tallies = parts.tallies.getOrDefault(field, Map.of()).values();
        Integer firm = tallies.stream().filter(t -> !(IKG + "UpTo").equals(t.qualifier()))
                .map(Tally::count).max(Integer::compare).orElse(null);
        return firm != null ? firm : tallies.stream().map(Tally::count).max(Integer::compare).orElse(null);
    }

    private static void addDay(List<LocalDate> into, RDFNode value) {
        if (value == null || !value.isLiteral())
            return;
        String lexical = value.asLiteral().getLexicalForm();
        var m = ISO_DAY.matcher(lexical);
        if (m.find())
            into.add(LocalDate.parse(m.group()));
    }

    private static Integer integer(RDFNode value) {
        if (value == null || !value.isLiteral())
            return null;
        Literal literal = value.asLiteral();
        try {
            return Integer.valueOf(literal.getLexicalForm().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String key(RDFNode node) {
        if (node == null)
            return "";
        if (node.isURIResource())
            return node.asResource().getURI();
        if (node.isLiteral())
            return "\"" + node.asLiteral().getLexicalForm();
        return "_:" + node.asResource().getId().getLabelString();
    }
}
