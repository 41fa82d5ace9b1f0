package incidentkg.resolve;

import incidentkg.extract.Mentions.EntityMention;
import incidentkg.model.Entity;
import incidentkg.model.EntityClass;
import incidentkg.model.Fact;
import incidentkg.model.Span;
import incidentkg.rules.Gazetteer;
import incidentkg.rules.GazetteerEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the mentions of one article into entities (in-article coreference) and gives each a stable
 * identifier:
 * <ul>
 * <li>gazetteer mentions are their gazetteer entry ({@code place/peru});</li>
 * <li>a person's short name joins the full name that ends with it ("Diaz", "Maria Diaz");</li>
 * <li>a common-noun venue ("the hotel") is the article's one named venue of that kind, if there is one;</li>
 * <li>a group noun next to an armed group's name is that group ("the Islamic State militant group");</li>
 * <li>groups of people join earlier mentions with the same head noun in the same part of the page (the story
 * or the teasers), unless their counts, countries or describing words
 *     differ ("three people" and "five people" stay apart).</li>
 * </ul>
 * Names read in the text get global identifiers ({@code person/maria-diaz}); descriptions get
 * identifiers scoped to the article ({@code group/ARTICLE-gunmen}).
 */
public final class EntityResolver {
    private final Gazetteer gazetteer;

    public EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The result: entity id per mention id, the entities, and facts read from inside the mentions. */
    public record Resolved(Map<Integer, String> entityOf, List<Entity> entities, List<Fact> facts) {}

    private static final class Draft {
        final EntityClass cls;
        String id;
        String label;
        final String gazetteerId;
        final Set<String> forms = new LinkedHashSet<>();
        final List<Span> evidence = new ArrayList<>();
        final Set<Long> counts = new LinkedHashSet<>();
        final List<EntityMention> mentions = new ArrayList<>();
        String country;

        Draft(EntityClass cls, String label, String gazetteerId) {
            this.cls = cls;
            this.label = label;
            this.gazetteerId = gazetteerId;
        }
    }

    public Resolved resolve(String articleId, List<EntityMention> mentions, String articleCity,
                            java.util.function.IntFunction<String> contextOf) {
        String scope = Ids.slug(articleId);
        Map<String, Draft> byKey = new LinkedHashMap<>();
        Map<Integer, Draft> draftOf = new HashMap<>();
        List<EntityMention> namedVenues = mentions.stream().filter(m -> m.named() && m.cls() == EntityClass.Venue).toList();
        Map<Integer, EntityMention> byId = new HashMap<>();
        for (EntityMention m : mentions)
            byId.put(m.id(), m);
        List<EntityMention> ordered = new ArrayList<>(mentions.stream().filter(EntityMention::named).toList());
        ordered.addAll(mentions.stream().filter(m -> !m.named()).toList());
        for (EntityMention m : ordered) {
            Draft d = find(m, byKey, namedVenues, contextOf);
            // a group noun around an armed group's name is that group: "the Islamic State militant group"
            if (d == null && !m.named() && m.cls() == EntityClass.ArmedGroup)
                for (int member : m.members())
                    if (byId.containsKey(member) && byId.get(member).cls() == EntityClass.ArmedGroup
                            && draftOf.containsKey(member))
                        d = draftOf.get(member);
            if (d == null) {
                d = new Draft(m.cls(), m.label(), m.gazetteerId());
                byKey.put(key(m, byKey.size()), d);
            }
            attach(d, m);
            draftOf.put(m.id(), d);
        }
        // countries named only by a demonym or a modifier ("Malian special forces")
        for (EntityMention m : mentions)
            if (m.country() != null) {
                String key = "gaz:" + m.country();
                if (!byKey.containsKey(key)) {
                    GazetteerEntry e = gazetteer.get(m.country()).orElseThrow();
                    Draft d = new Draft(e.type(), e.label(), e.id());
                    byKey.put(key, d);
                }
                byKey.get(key).evidence.add(m.countrySpan());
            }
        List<Entity> entities = new ArrayList<>();
        Map<Draft, String> ids = new HashMap<>();
        Set<String> taken = new java.util.HashSet<>();
        for (Draft d : byKey.values()) {
            String id = id(d, scope, articleCity);
            String base = id;
            for (int n = 2; taken.contains(id); n++)
                id = base + "-" + n;
            taken.add(id);
            ids.put(d, id);
            Set<String> alt = new LinkedHashSet<>(d.forms);
            alt.remove(d.label);
            Integer size = d.counts.size() == 1 && d.cls == EntityClass.PersonGroup
                    ? (int) (long) d.counts.iterator().next() : null;
            if (size != null && size <= 0)
                size = null;
            entities.add(new Entity(id, d.cls, d.label, alt, d.gazetteerId, d.evidence, size));
        }
        Map<Integer, String> entityOf = new HashMap<>();
        draftOf.forEach((mid, d) -> entityOf.put(mid, ids.get(d)));
        List<Fact> facts = new ArrayList<>();
        for (EntityMention m : mentions) {
            String self = entityOf.get(m.id());
            if (m.country() != null && m.cls().isAgent())
                facts.add(new Fact(self, "nationality", ids.get(byKey.get("gaz:" + m.country())), m.span()));
            for (int member : m.members())
                if (entityOf.containsKey(member) && !entityOf.get(member).equals(self))
                    facts.add(new Fact(self, "memberOf", entityOf.get(member), m.span()));
        }
        return new Resolved(entityOf, entities, facts);
    }

    private static void attach(Draft d, EntityMention m) {
        d.mentions.add(m);
        d.evidence.add(m.span());
        d.forms.add(m.label());
        d.forms.addAll(m.descriptions());
        if (m.count() != null)
            d.counts.add(m.count());
        if (m.country() != null)
            d.country = m.country();
        // a group is best named by its fullest description; an unnamed venue by its plainest ("market")
        if (d.gazetteerId == null && !m.named() && d.cls != EntityClass.Venue && m.label().length() > d.label.length())
            d.label = m.label();
        if (d.gazetteerId == null && !m.named() && d.cls == EntityClass.Venue && !d.mentions.get(0).named()
                && m.label().length() < d.label.length())
            d.label = m.label();
        if (d.gazetteerId == null && m.named() && d.cls == EntityClass.Person && m.label().length() > d.label.length())
            d.label = m.label();
    }

    private Draft find(EntityMention m, Map<String, Draft> byKey, List<EntityMention> namedVenues,
                       java.util.function.IntFunction<String> contextOf) {
        if (m.gazetteerId() != null)
            return byKey.get("gaz:" + m.gazetteerId());
        Draft titled = titled(m, byKey);
        if (titled != null)
            return titled;
        for (Draft d : byKey.values()) {
            if (d.gazetteerId != null || d.cls != m.cls())
                continue;
            EntityMention first = d.mentions.get(0);
            if (m.named() && first.named()) {
                if (m.cls() == EntityClass.Person && sameOrPart(first.label(), m.label()))
                    return d;
                if (m.cls() == EntityClass.Venue && m.headLemma().equals(first.headLemma())
                        && sameOrPart(first.label(), m.label()))
                    return d;
                if (first.label().equalsIgnoreCase(m.label()))
                    return d;
            } else if (!m.named() && m.cls() == EntityClass.Venue) {
                List<EntityMention> sameKind = namedVenues.stream()
                        .filter(v -> v.headLemma().equals(m.headLemma())).toList();
                boolean oneNamed = sameKind.stream().map(v -> v.label().toLowerCase()).distinct().count() == 1
                        || sameKind.stream().allMatch(v -> sameOrPart(sameKind.get(0).label(), v.label()));
                if (!sameKind.isEmpty() && oneNamed && first.named() && first.headLemma().equals(m.headLemma()))
                    return d;
                if (sameKind.isEmpty() && !first.named() && first.headLemma().equals(m.headLemma())
                        && java.util.Objects.equals(first.country(), m.country()))
                    return d;
            } else if (!m.named() && !first.named() && first.headLemma().equals(m.headLemma())
                    && contextOf.apply(first.span().begin()).equals(contextOf.apply(m.span().begin()))) {
                boolean countsAgree = m.count() == null && first.count() == null
                        || m.count() != null && m.count().equals(first.count());
                boolean countryAgrees = m.country() == null || d.country == null || m.country().equals(d.country);
                Set<String> a = describing(m), b = new LinkedHashSet<>();
                for (EntityMention o : d.mentions)
                    b.addAll(describing(o));
                boolean modifiersAgree = a.containsAll(b) || b.containsAll(a);
                if (countsAgree && countryAgrees && modifiersAgree)
                    return d;
            }
        }
        return null;
    }

    /**
     * The one named person whose title a singular description is: "the judge" of "Judge Rosa Mendez Parra" (the
     * title is one of the person's forms, see {@code MentionFinder}); null if none or several.
     */
    private static Draft titled(EntityMention m, Map<String, Draft> byKey) {
        if (m.named() || m.count() != null || m.cls() != EntityClass.Person && m.cls() != EntityClass.PersonGroup)
            return null;
        String head = lastWord(m.headLemma());
        if (!head.equals(lastWord(m.label())))
            return null;
        Draft found = null;
        for (Draft d : byKey.values()) {
            if (d.cls != EntityClass.Person || d.gazetteerId != null || !d.mentions.get(0).named())
                continue;
            boolean title = false;
            for (EntityMention pm : d.mentions)
                for (String f : pm.descriptions())
                    title |= lastWord(f).equals(head);
            if (title && found != null && found != d)
                return null;
            if (title)
                found = d;
        }
        return found;
    }

    private static String lastWord(String s) {
        String[] w = s.toLowerCase(java.util.Locale.ROOT).trim().split("\\s+");
        return w[w.length - 1];
    }

    /** The words of a description besides its head, determiners and numbers: "Islamist" of "an Islamist group". */
    private static Set<String> describing(EntityMention m) {
        Set<String> out = new LinkedHashSet<>(words(m.label()));
        out.removeAll(words(m.headLemma()));
        out.removeIf(w -> w.matches("\\d+|a|an|the|s"));
        if (m.count() != null)
            out.clear();
        return out;
    }

    /** "Diaz" is part of "Maria Diaz"; "Grand Hotel" of "Grand Palace hotel". */
    static boolean sameOrPart(String a, String b) {
        Set<String> x = words(a), y = words(b);
        return x.containsAll(y) || y.containsAll(x);
    }

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : s.toLowerCase().split("[^\\p{L}\\p{N}]+"))
            if (!w.isEmpty())
                out.add(w);
        return out;
    }

    private static String key(EntityMention m, int n) {
        return m.gazetteerId() != null ? "gaz:" + m.gazetteerId() : "m:" + n;
    }

    private static String id(Draft d, String scope, String articleCity) {
        String seg = d.cls.segment();
        if (d.gazetteerId != null)
            return seg + "/" + d.gazetteerId;
        EntityMention first = d.mentions.get(0);
        boolean named = d.mentions.stream().anyMatch(EntityMention::named);
        if (named && d.cls == EntityClass.Venue)
            return seg + "/" + Ids.slug(d.label + (articleCity == null ? "" : " " + articleCity));
        if (named)
            return seg + "/" + Ids.slug(d.label);
        return seg + "/" + scope + "-" + Ids.slug(first.label());
    }
}
