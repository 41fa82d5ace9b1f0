package incidentkg.extract;

import incidentkg.model.EntityClass;
import incidentkg.model.IncidentClass;
import incidentkg.model.Qualifier;
import incidentkg.model.Span;
import incidentkg.model.Stage;
import incidentkg.model.TallyKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The mentions found in an article, before coreference: records passed from {@code extract} to {@code resolve}. */
public final class Mentions {
    private Mentions() {}

    /**
     * A mention of a participant or place. Tokens {@code first..last} of sentence {@code sentence}; {@code head}
     * its head token; {@code named} when it is a name (not a common noun); {@code country} the gazetteer id of
     * a country named by a modifier ("Malian", "U.S."), and {@code countrySpan} the modifier's own span (the whole
     * mention's when not given); {@code members} the ids of organization mentions inside
     * it ("Acme Airways staff members"); {@code descriptions} other ways the text's words name what a
     * description names: without the count ("staff members" of "seven staff members"), with its adjectives
     * ("former minister"), its head noun alone ("soldiers"), with the "of" phrase that follows it
     * ("employees of the gas station").
     */
    public record EntityMention(int id, Span span, int sentence, int first, int last, int head, String label,
                                EntityClass cls, String gazetteerId, String role, Long count, String country,
                                Span countrySpan, List<Integer> members, boolean named, String headLemma,
                                Set<String> modifiers, List<String> descriptions) {
        public EntityMention {
            if (country != null && countrySpan == null)
                countrySpan = span;
            members = List.copyOf(members);
            modifiers = Set.copyOf(modifiers);
            descriptions = List.copyOf(descriptions);
        }

        /** A mention that is not a counted group. */
        public EntityMention(int id, Span span, int sentence, int first, int last, int head, String label,
                             EntityClass cls, String gazetteerId, String role, Long count, String country,
                             List<Integer> members, boolean named, String headLemma, Set<String> modifiers) {
            this(id, span, sentence, first, last, head, label, cls, gazetteerId, role, count, country, null, members,
                 named, headLemma, modifiers, List.of());
        }

        /** Whether it names a perpetrator: an armed group, or a noun whose role in the lexicon is perpetrator. */
        public boolean perpetrator() {
            return cls == EntityClass.ArmedGroup || "perpetrator".equals(role);
        }

        public boolean covers(int sentence, int token) {
            return this.sentence == sentence && first <= token && token <= last;
        }
    }

    /** A word that names an incident. {@code creates} false: it only adds its class to an incident nearby. */
    public record TriggerMention(int id, Span span, int sentence, int first, int last, IncidentClass cls, int priority,
                                 boolean creates, Stage stage, String country) {}

    /** A date or time expression, resolved to the bounds of a day range. */
    public record DateMention(Span span, int sentence, int first, int last, LocalDate earliest, LocalDate latest,
                              boolean reportingDate) {}

    /** A duration ("five days"), for "N days after …". */
    public record DurationMention(int sentence, int first, int last, java.time.Period period) {}

    /** A reported figure before it is given an incident: the count, its words, and who is counted. */
    public record TallyMention(Span span, int sentence, int numberToken, long count, Qualifier qualifier,
                               TallyKind kind, Integer population) {}

    /** A hedge ("could not be verified") in a sentence, and what it is about (tally, claim or any). */
    public record HedgeMention(Span span, int sentence, String phrase, String about) {}

    /**
     * A weapon or means of attack named in a sentence: {@code label} its lexicon name ("machine gun"),
     * {@code text} the words as the article writes them ("machineguns").
     */
    public record WeaponMention(Span span, int sentence, int first, int last, String label, String text) {}

    /** Everything {@code extract} found in one article. */
    public record Found(List<EntityMention> entities, List<TriggerMention> triggers, List<DateMention> dates,
                        List<DurationMention> durations, List<TallyMention> tallies, List<HedgeMention> hedges,
                        List<WeaponMention> weapons) {
        public Found {
            entities = List.copyOf(entities);
            triggers = List.copyOf(triggers);
            dates = List.copyOf(dates);
            durations = List.copyOf(durations);
            tallies = List.copyOf(tallies);
            hedges = List.copyOf(hedges);
            weapons = List.copyOf(weapons);
        }
    }
}
