package incidentkg.rules;

import incidentkg.model.EntityClass;
import incidentkg.model.IncidentClass;
import incidentkg.model.Qualifier;
import incidentkg.model.Stage;
import incidentkg.model.TallyKind;
import incidentkg.nlp.DependencyRule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything the loader knows, read from the data files: the lexicons ({@code lexicon/}), the relation
 * rules ({@code rules/}) and the gazetteer ({@code gazetteer/}). Loading checks every row and fails with
 * {@code FILE:LINE: problem}. Immutable once loaded.
 */
public final class KnowledgeBase {
    private final List<Entries.Trigger> triggers;
    private final List<Entries.Noun> nouns;
    private final Set<String> ideologies;
    private final Set<String> eventNouns;
    private final Set<String> stanceVerbs;
    private final List<Entries.TallyCue> tallyCues;
    private final List<Entries.QualifierWords> qualifiers;
    private final List<Entries.ZeroCount> zeroCounts;
    private final List<Entries.Hedge> hedges;
    private final Map<String, String> hedgeReferents;
    private final Map<String, Stage> stages;
    private final Map<String, String> modality;
    private final List<Entries.Weapon> weapons;
    private final Set<String> vehicles;
    private final List<DependencyRule> rules;
    private final Gazetteer gazetteer;

    private KnowledgeBase(Builder b) {
        triggers = List.copyOf(b.triggers);
        nouns = List.copyOf(b.nouns);
        ideologies = Set.copyOf(b.ideologies);
        eventNouns = Set.copyOf(b.eventNouns);
        stanceVerbs = Set.copyOf(b.stanceVerbs);
        tallyCues = List.copyOf(b.tallyCues);
        qualifiers = List.copyOf(b.qualifiers);
        zeroCounts = List.copyOf(b.zeroCounts);
        hedges = List.copyOf(b.hedges);
        hedgeReferents = Map.copyOf(b.hedgeReferents);
        stages = Map.copyOf(b.stages);
        modality = Map.copyOf(b.modality);
        weapons = List.copyOf(b.weapons);
        vehicles = Set.copyOf(b.vehicles);
        rules = List.copyOf(b.rules);
        gazetteer = b.gazetteer;
    }

    private static final class Builder {
        List<Entries.Trigger> triggers = new ArrayList<>();
        List<Entries.Noun> nouns = new ArrayList<>();
        Set<String> ideologies = new HashSet<>();
        Set<String> eventNouns = new HashSet<>();
        Set<String> stanceVerbs = new HashSet<>();
        List<Entries.TallyCue> tallyCues = new ArrayList<>();
        List<Entries.QualifierWords> qualifiers = new ArrayList<>();
        List<Entries.ZeroCount> zeroCounts = new ArrayList<>();
        List<Entries.Hedge> hedges = new ArrayList<>();
        Map<String, String> hedgeReferents = new HashMap<>();
        Map<String, Stage> stages = new HashMap<>();
        Map<String, String> modality = new HashMap<>();
        List<Entries.Weapon> weapons = new ArrayList<>();
        Set<String> vehicles = new HashSet<>();
        List<DependencyRule> rules = new ArrayList<>();
        Gazetteer gazetteer;
    }

    private static volatile KnowledgeBase bundled;

    /** The knowledge shipped in the jar, loaded once. */
    public static KnowledgeBase bundled() {
        KnowledgeBase kb = bundled;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                kb = bundled;
                if (kb == null)
                    bundled = kb = load(DataSource.bundled());
            }
        }
        return kb;
    }

    public static KnowledgeBase load(DataSource data) {
        Builder b = new Builder();
        try {
            read(data, "lexicon/triggers.tsv", r -> b.triggers.add(new Entries.Trigger(words(r.get("lemmas")),
                    oneOf(r, "pos", "N", "V", "A", "*"), incidentClass(r, r.get("class")),
                    integer(r, "priority"), !oneOf(r, "creates", "yes", "no", "perpetrator").equals("no"),
                    r.get("creates").equals("perpetrator"))), "lemmas", "pos", "class", "priority", "creates");
            read(data, "lexicon/nouns.tsv", r -> b.nouns.add(new Entries.Noun(words(r.get("lemmas")),
                    entityClass(r, r.get("class")), oneOf(r, "role", "perpetrator", "victim", "respondent", "source",
                    "target", "-"), "modifier:ideology".equals(r.optional("requires")))), "lemmas", "class", "role",
                    "requires");
            read(data, "lexicon/ideologies.tsv", r -> b.ideologies.add(r.get("lemma").toLowerCase(Locale.ROOT)),
                 "lemma");
            read(data, "lexicon/event-nouns.tsv", r -> b.eventNouns.add(r.get("lemma").toLowerCase(Locale.ROOT)),
                 "lemma");
            read(data, "lexicon/stance-verbs.tsv", r -> b.stanceVerbs.add(r.get("lemma").toLowerCase(Locale.ROOT)),
                 "lemma");
            read(data, "lexicon/tally-cues.tsv", r -> b.tallyCues.add(new Entries.TallyCue(words(r.get("lemmas")),
                    tallyKind(r, r.get("kind")), oneOf(r, "where", "after", "before", "noun", "any"),
                    integer(r, "priority"))), "lemmas", "kind", "where", "priority");
            read(data, "lexicon/qualifiers.tsv", r -> b.qualifiers.add(new Entries.QualifierWords(
                    words(r.get("lemmas")), parse(r, "qualifier", Qualifier::parse))), "lemmas", "qualifier");
            read(data, "lexicon/zero-counts.tsv", r -> b.zeroCounts.add(new Entries.ZeroCount(words(r.get("lemmas")),
                    r.optional("kind") == null ? null : tallyKind(r, r.get("kind")))), "lemmas", "kind");
            read(data, "lexicon/hedges.tsv", r -> b.hedges.add(new Entries.Hedge(r.get("phrase").toLowerCase(Locale.ROOT),
                    oneOf(r, "about", "tally", "claim", "any"))), "phrase", "about");
            read(data, "lexicon/hedge-referents.tsv", r -> b.hedgeReferents.put(r.get("lemma"),
                    oneOf(r, "about", "tally", "claim")), "lemma", "about");
            read(data, "lexicon/stages.tsv", r -> b.stages.put(r.get("lemma"), parse(r, "stage", Stage::parse)),
                 "lemma", "stage");
            read(data, "lexicon/modality.tsv", r -> b.modality.put(r.get("lemma").toLowerCase(Locale.ROOT),
                    oneOf(r, "kind", "modal", "negation", "purpose", "realis", "perform", "recalled", "status", "harmless")), "lemma", "kind");
            read(data, "lexicon/vehicles.tsv", r -> b.vehicles.add(String.join(" ", words(r.get("lemmas")))),
                 "lemmas");
            read(data, "lexicon/weapons.tsv", r -> b.weapons.add(new Entries.Weapon(words(r.get("lemmas")),
                    r.get("label"))), "lemmas", "label");
            for (String f : data.list("rules", ".rules"))
                b.rules.addAll(RuleFile.parse(data.name(f), f.substring("rules/".length(), f.length() - 6),
                                              data.lines(f)));
            b.gazetteer = Gazetteer.load(data, data.list("gazetteer", ".tsv"));
        } catch (IOException e) {
            throw new DataException(data.name(""), "cannot read: " + e.getMessage(), e);
        }
        // longest triggers and nouns first, so that "car bomb" wins over "bomb"
        b.triggers.sort((x, y) -> y.lemmas().size() - x.lemmas().size());
        b.nouns.sort((x, y) -> y.lemmas().size() - x.lemmas().size());
        b.qualifiers.sort((x, y) -> y.words().size() - x.words().size());
        b.zeroCounts.sort((x, y) -> y.words().size() - x.words().size());
        b.weapons.sort((x, y) -> y.lemmas().size() - x.lemmas().size());
        return new KnowledgeBase(b);
    }

    private static void read(DataSource data, String file, java.util.function.Consumer<Tsv.Row> each,
                             String... columns) throws IOException {
        for (Tsv.Row r : Tsv.parse(data.name(file), data.lines(file), columns))
            each.accept(r);
    }

    private static List<String> words(String s) {
        return List.of(s.toLowerCase(Locale.ROOT).strip().split("\\s+"));
    }

    private static String oneOf(Tsv.Row r, String column, String... allowed) {
        String v = r.get(column);
        for (String a : allowed)
            if (a.equals(v))
                return v;
        throw r.error(column + " must be one of " + String.join(", ", allowed) + ", not '" + v + "'");
    }

    private static int integer(Tsv.Row r, String column) {
        try {
            return Integer.parseInt(r.get(column));
        } catch (NumberFormatException e) {
            throw r.error(column + " must be a whole number, not '" + r.get(column) + "'");
        }
    }

    private static boolean yesNo(Tsv.Row r, String column) {
        return oneOf(r, column, "yes", "no").equals("yes");
    }

    private static <T> T parse(Tsv.Row r, String column, Function<String, T> f) {
        try {
            return f.apply(r.get(column));
        } catch (IllegalArgumentException e) {
            throw r.error("unknown " + column + " " + r.get(column));
        }
    }

    private static IncidentClass incidentClass(Tsv.Row r, String v) {
        try {
            return IncidentClass.parse(v);
        } catch (IllegalArgumentException e) {
            throw r.error("unknown incident class " + v);
        }
    }

    private static EntityClass entityClass(Tsv.Row r, String v) {
        try {
            return EntityClass.parse(v);
        } catch (IllegalArgumentException e) {
            throw r.error("unknown type " + v);
        }
    }

    private static TallyKind tallyKind(Tsv.Row r, String v) {
        try {
            return TallyKind.parse(v);
        } catch (IllegalArgumentException e) {
            throw r.error("unknown tally kind " + v);
        }
    }

    public List<Entries.Trigger> triggers() { return triggers; }
    public List<Entries.Noun> nouns() { return nouns; }
    public boolean isIdeology(String lemma) { return ideologies.contains(lemma.toLowerCase(Locale.ROOT)); }

    /** {@code lexicon/event-nouns.tsv}: whether a name ending in a word of this lemma names an event. */
    public boolean isEventNoun(String lemma) { return eventNouns.contains(lemma.toLowerCase(Locale.ROOT)); }

    /** {@code lexicon/stance-verbs.tsv}: whether the subject of a verb with this lemma speaks of an incident. */
    public boolean isStanceVerb(String lemma) { return stanceVerbs.contains(lemma.toLowerCase(Locale.ROOT)); }
    public List<Entries.TallyCue> tallyCues() { return tallyCues; }
    public List<Entries.QualifierWords> qualifiers() { return qualifiers; }
    public List<Entries.ZeroCount> zeroCounts() { return zeroCounts; }
    public List<Entries.Hedge> hedges() { return hedges; }
    public Map<String, String> hedgeReferents() { return hedgeReferents; }
    public Map<String, Stage> stages() { return stages; }

    /** {@code lexicon/modality.tsv}: lemma to kind (modal, negation, purpose, realis, perform, recalled or status). */
    public Map<String, String> modality() { return modality; }
    public List<DependencyRule> rules() { return rules; }
    public List<Entries.Weapon> weapons() { return weapons; }

    /** {@code lexicon/vehicles.tsv}: the lemmas (space-separated) of the nouns that name vehicles. */
    public Set<String> vehicles() { return vehicles; }
    public Gazetteer gazetteer() { return gazetteer; }
}
