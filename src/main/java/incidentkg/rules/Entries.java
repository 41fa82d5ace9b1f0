package incidentkg.rules;

import incidentkg.model.EntityClass;
import incidentkg.model.IncidentClass;
import incidentkg.model.Qualifier;
import incidentkg.model.Stage;
import incidentkg.model.TallyKind;

import java.util.List;

/** The rows of the lexicon files, as records. */
public final class Entries {
    private Entries() {}

    /** A trigger word of {@code lexicon/triggers.tsv}. {@code pos} is N, V, A or *. */
    /**
     * A row of {@code lexicon/triggers.tsv}; {@code byPerpetrator}: the trigger (a verb such as "kill") names an
     * incident only when a perpetrator does it ("gunmen killed", "killed by militants").
     */
    public record Trigger(List<String> lemmas, String pos, IncidentClass incidentClass, int priority, boolean creates,
                          boolean byPerpetrator) {}

    /** A noun of {@code lexicon/nouns.tsv}. */
    public record Noun(List<String> lemmas, EntityClass entityClass, String role, boolean needsIdeology) {}

    /** A cue of {@code lexicon/tally-cues.tsv}; {@code where} is after, before, noun or any. */
    public record TallyCue(List<String> lemmas, TallyKind kind, String where, int priority) {}

    /** A row of {@code lexicon/qualifiers.tsv}. */
    public record QualifierWords(List<String> words, Qualifier qualifier) {}

    /** A row of {@code lexicon/zero-counts.tsv}; {@code kind} null = the kind of the counted noun. */
    public record ZeroCount(List<String> words, TallyKind kind) {}

    /** A row of {@code lexicon/hedges.tsv}; {@code about} is tally, claim or any. */
    public record Hedge(String phrase, String about) {}

    /** A row of {@code lexicon/weapons.tsv}. */
    public record Weapon(List<String> lemmas, String label) {}

    /** A row of {@code lexicon/stages.tsv}. */
    public record StageWord(String lemma, Stage stage) {}
}
