package incidentkg.extract;

import incidentkg.extract.Mentions.EntityMention;
import incidentkg.extract.Mentions.HedgeMention;
import incidentkg.extract.Mentions.TallyMention;
import incidentkg.model.AnnotatedArticle;
import incidentkg.model.EntityClass;
import incidentkg.model.Qualifier;
import incidentkg.model.Sentence;
import incidentkg.model.Span;
import incidentkg.model.TallyKind;
import incidentkg.model.Token;
import incidentkg.rules.Entries;
import incidentkg.rules.KnowledgeBase;
import incidentkg.text.MetadataInference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds reported figures: a number (or "no") counting people, the words that qualify it ("up to", "over"),
 * and the cue that says what was counted ("killed", "freed", "accounted for"), from
 * {@code lexicon/tally-cues.tsv}; the nearest cue wins, a verb over the counted noun itself. Also finds
 * hedges ({@code lexicon/hedges.tsv}). The numbers of a wire dateline ("LIMA, 12 JAN 90 (EFE) --") are its
 * date, not counts.
 */
public final class TallyFinder {
    private static final int WINDOW = 8;
    /** CoreNLP's tags of numbers that count no people: dates, times, sums of money, percentages, ranks. */
    static final Set<String> SKIP_NER = Set.of("DATE", "TIME", "DURATION", "MONEY", "PERCENT", "ORDINAL", "SET");

    private final KnowledgeBase kb;

    public TallyFinder(KnowledgeBase kb) {
        this.kb = kb;
    }

    public List<TallyMention> find(AnnotatedArticle doc, List<EntityMention> entities) {
        List<TallyMention> out = new ArrayList<>();
        Span dateline = MetadataInference.datelineSpan(doc.text());
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                Token tk = t.get(i);
                if (dateline != null && dateline.contains(tk.span()))
                    continue;
                Long count = null;
                int zeroEnd = -1;
                TallyKind zeroKind = null;
                if (tk.pos().equals("CD") && !SKIP_NER.contains(tk.ner()))
                    count = TextLib.count(tk);
                else if (MentionFinder.lower(tk).equals("no")) {
                    for (Entries.ZeroCount z : kb.zeroCounts())
                        if (wordsAt(t, i, z.words())) {
                            count = 0L;
                            zeroEnd = i + z.words().size() - 1;
                            zeroKind = z.kind();
                            break;
                        }
                }
                if (count == null)
                    continue;
                int nounAt = counted(t, Math.max(i, zeroEnd) + 1);
                Entries.TallyCue nounCue = nounAt < 0 ? null : nounCue(t.get(nounAt));
                boolean person = nounAt >= 0 && (nounCue != null || isPersonNoun(entities, s.index(), nounAt));
                int end = nounAt >= 0 ? nounAt : i;
                if (nounAt >= 0 && !person)
                    continue;
                TallyKind kind = zeroKind;
                int cueEnd = end;
                if (kind == null) {
                    Cue c = nearestCue(t, i, end);
                    if (c != null) {
                        kind = c.cue.kind();
                        cueEnd = Math.max(end, c.end);
                    } else if (nounCue != null) {
                        kind = nounCue.kind();
                    }
                }
                // a number without a noun is a count when a cue follows it ("12 had died"), or when it stands for
                // the people it counts ("wounding 34": see MentionFinder)
                if (kind == null || nounAt < 0 && cueEnd == end && !isPersonNoun(entities, s.index(), i))
                    continue;
                int start = i;
                Qualifier q = Qualifier.Exact;
                for (Entries.QualifierWords qw : kb.qualifiers()) {
                    int from = i - qw.words().size();
                    if (from >= 0 && wordsAt(t, from, qw.words())) {
                        q = qw.qualifier();
                        start = from;
                        break;
                    }
                }
                // the counted noun's mention, or the number's own when it stands for people ("wounding 34")
                Integer population = null;
                for (EntityMention m : entities)
                    if (m.covers(s.index(), nounAt >= 0 ? nounAt : i))
                        population = m.id();
                out.add(new TallyMention(new Span(t.get(start).span().begin(), t.get(cueEnd).span().end()), s.index(), i,
                        count, q, kind, population));
                i = Math.max(i, zeroEnd);
            }
        }
        return out;
    }

    /** The counted noun after position {@code from}: the last noun of the phrase that follows, or -1. */
    static int counted(List<Token> t, int from) {
        int noun = -1;
        for (int k = from; k < t.size() && k < from + 8; k++) {
            String pos = t.get(k).pos();
            if (pos.startsWith("NN"))
                noun = k;
            else if (pos.startsWith("JJ") || pos.equals("HYPH") || pos.equals("SYM") || pos.equals("``")
                    || pos.equals("''") || pos.equals("CC") && noun < 0 && k > from)
                continue;
            else
                break;
        }
        return noun;
    }

    private boolean isPersonNoun(List<EntityMention> entities, int sentence, int token) {
        for (EntityMention m : entities)
            if (m.covers(sentence, token))
                return m.cls() == EntityClass.PersonGroup || m.cls() == EntityClass.Person
                        || m.cls() == EntityClass.SecurityForce;
        return false;
    }

    private Entries.TallyCue nounCue(Token t) {
        String lemma = MentionFinder.lemma(t);
        for (Entries.TallyCue c : kb.tallyCues())
            if (c.where().equals("noun") && c.lemmas().size() == 1 && c.lemmas().get(0).equals(lemma))
                return c;
        return null;
    }

    private record Cue(Entries.TallyCue cue, int distance, int end) {}

    private Cue nearestCue(List<Token> t, int number, int end) {
        Cue best = null;
        for (Entries.TallyCue c : kb.tallyCues()) {
            if (c.where().equals("noun"))
                continue;
            if (!c.where().equals("before"))
                for (int k = end + 1; k < t.size() && k <= end + WINDOW; k++) {
                    if (isStop(t.get(k)))
                        break;
                    if (lemmasAt(t, k, c.lemmas()) && !infinitive(t, k))
                        best = better(best, new Cue(c, k - end, k + c.lemmas().size() - 1));
                }
            if (!c.where().equals("after"))
                for (int k = number - 1; k >= 0 && k >= number - WINDOW; k--) {
                    if (isStop(t.get(k)))
                        break;
                    if (lemmasAt(t, k, c.lemmas()) && !infinitive(t, k))
                        best = better(best, new Cue(c, number - k, end));
                }
        }
        return best;
    }

    private static Cue better(Cue a, Cue b) {
        if (a == null)
            return b;
        if (b.distance != a.distance)
            return b.distance < a.distance ? b : a;
        return b.cue.priority() > a.cue.priority() ? b : a;
    }

    private static boolean isStop(Token t) {
        return t.word().equals(",") || t.word().equals(";") || t.word().equals(".") || t.word().equals(":");
    }

    /** "in a bid to release": a verb in the infinitive reports an aim, not a count. */
    private static boolean infinitive(List<Token> t, int k) {
        return t.get(k).pos().equals("VB") && k > 0 && MentionFinder.lower(t.get(k - 1)).equals("to");
    }

    private static boolean lemmasAt(List<Token> t, int k, List<String> lemmas) {
        if (k + lemmas.size() > t.size())
            return false;
        for (int j = 0; j < lemmas.size(); j++)
            if (!MentionFinder.lemma(t.get(k + j)).equals(lemmas.get(j))
                    && !MentionFinder.lower(t.get(k + j)).equals(lemmas.get(j)))
                return false;
        return true;
    }

    private static boolean wordsAt(List<Token> t, int k, List<String> words) {
        if (k < 0 || k + words.size() > t.size())
            return false;
        for (int j = 0; j < words.size(); j++)
            if (!MentionFinder.lower(t.get(k + j)).equals(words.get(j)))
                return false;
        return true;
    }

    public List<HedgeMention> hedges(AnnotatedArticle doc) {
        List<HedgeMention> out = new ArrayList<>();
        String lower = doc.text().toLowerCase(Locale.ROOT);
        for (Sentence s : doc.sentences()) {
            String sentence = lower.substring(s.span().begin(), s.span().end()).replaceAll("\\s+", " ");
            for (Entries.Hedge h : kb.hedges()) {
                int at = sentence.indexOf(h.phrase());
                if (at < 0)
                    continue;
                String about = h.about();
                if (about.equals("any"))
                    for (Token t : s.tokens()) {
                        String a = kb.hedgeReferents().get(MentionFinder.lemma(t));
                        if (a != null) {
                            about = a;
                            break;
                        }
                    }
                int begin = lower.indexOf(h.phrase().split(" ")[0], s.span().begin());
                Span span = begin >= 0 && begin < s.span().end() ? new Span(begin, Math.min(s.span().end(),
                        begin + h.phrase().length())) : s.span();
                if (!span.of(lower).equals(h.phrase()))
                    span = s.span();
                out.add(new HedgeMention(span, s.index(), h.phrase(), about));
                break;
            }
        }
        return out;
    }
}
