package incidentkg.extract;

import incidentkg.extract.Mentions.EntityMention;
import incidentkg.extract.Mentions.TriggerMention;
import incidentkg.model.AnnotatedArticle;
import incidentkg.model.Dependency;
import incidentkg.model.Sentence;
import incidentkg.model.Span;
import incidentkg.model.Stage;
import incidentkg.model.Token;
import incidentkg.rules.Entries;
import incidentkg.rules.GazetteerEntry;
import incidentkg.rules.KnowledgeBase;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the words that name incidents ({@code lexicon/triggers.tsv}), matched on lemmas and part of speech,
 * outside names; a stage word ({@code lexicon/stages.tsv}) or a nationality adjective just before a trigger
 * gives its stage or country ("four thwarted French terror plots"). A trigger in a clause that says the incident
 * did not take place, or not yet ({@code lexicon/modality.tsv}: "will not attack", "orders not to bomb", "will
 * set off bombs"), names no incident and is left out; so does a trigger noun that names other incidents than the
 * one reported ("other attacks", "previous bombings"), or a legal state ("a state of siege"), and so does a trigger
 * verb whose object makes it harmless ("shoot video footage"). A trigger marked {@code perpetrator} ("kill")
 * names an incident only when its subject, or its agent, is a perpetrator ("gunmen killed", "killed by
 * militants"), not when an earthquake, a crash or the police killed; otherwise the next row of the same words
 * is tried ("gunmen stormed" an armed assault, "troops stormed" a storming).
 */
public final class TriggerFinder {
    private final KnowledgeBase kb;

    public TriggerFinder(KnowledgeBase kb) {
        this.kb = kb;
    }

    public List<TriggerMention> find(AnnotatedArticle doc, List<EntityMention> entities) {
        List<TriggerMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (insideName(entities, s.index(), i))
                    continue;
                for (Entries.Trigger tr : kb.triggers()) {
                    int len = tr.lemmas().size();
                    if (i + len > t.size() || !matches(t, i, tr))
                        continue;
                    int last = i + len - 1;
                    // a row for perpetrators gives way to the next row of the same words ("troops stormed")
                    if (tr.byPerpetrator() && !byPerpetrator(s, last, entities))
                        continue;
                    if (irrealis(s, tr.pos().equals("V") ? i : last) || recalled(s, last) || harmless(s, i, last)) {
                        i = last;
                        break;
                    }
                    Stage stage = null;
                    String country = null;
                    for (int k = Math.max(0, i - 3); k < i; k++) {
                        String lemma = MentionFinder.lemma(t.get(k));
                        if (kb.stages().containsKey(lemma))
                            stage = kb.stages().get(lemma);
                        if (t.get(k).ner().equals("NATIONALITY"))
                            country = kb.gazetteer().demonym(t.get(k).word()).map(GazetteerEntry::id).orElse(country);
                    }
                    out.add(new TriggerMention(out.size(), new Span(t.get(i).span().begin(), t.get(last).span().end()),
                            s.index(), i, last, tr.incidentClass(), tr.priority(), tr.creates(), stage, country));
                    i = last;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The weapons of {@code lexicon/weapons.tsv} named in the article, longest names first, each with its
     * lexicon name and its words as written ("mortars", "machinegun").
     */
    public List<Mentions.WeaponMention> weapons(AnnotatedArticle doc) {
        List<Mentions.WeaponMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++)
                for (Entries.Weapon w : kb.weapons()) {
                    int len = w.lemmas().size();
                    if (i + len > t.size())
                        continue;
                    boolean ok = t.get(i + len - 1).pos().startsWith("NN");
                    for (int k = 0; k < len && ok; k++)
                        ok = MentionFinder.lemma(t.get(i + k)).equals(w.lemmas().get(k));
                    if (ok) {
                        out.add(new Mentions.WeaponMention(new Span(t.get(i).span().begin(),
                                t.get(i + len - 1).span().end()), s.index(), i, i + len - 1, w.label(),
                                MentionFinder.surface(doc, t, i, i + len - 1)));
                        i += len - 1;
                        break;
                    }
                }
        }
        return out;
    }

    /**
     * Whether the trigger whose head is token {@code head} is in an unreal clause: the trigger verb, or the verb
     * that performs a trigger noun ("carry out attacks"), has a modal or a negation, or is an infinitive of
     * purpose that no "realis" verb governs ("tried to kill" happened); a verb joined to such a verb ("to
     * intimidate and murder") is read like it.
     */
    private boolean irrealis(Sentence s, int head) {
        int verb = head;
        if (!s.tokens().get(head).pos().startsWith("VB")) {
            verb = -1;
            for (Dependency d : s.governorsOf(head))
                if (d.relation().matches("obj|nsubj|nsubj:pass") && d.governor() >= 0
                        && "perform".equals(modality(s, d.governor())))
                    verb = d.governor();
            if (verb < 0)
                return false;
        }
        if (unreal(s, verb))
            return true;
        for (Dependency d : s.governorsOf(verb))
            if (d.relation().startsWith("conj") && d.governor() >= 0 && unreal(s, d.governor()))
                return true;
        return false;
    }

    /**
     * Whether the trigger noun at {@code head} names no incident reported here: an adjective of kind {@code recalled}
     * ({@code lexicon/modality.tsv}) says it names other incidents ("other attacks", "previous bombings"), or it
     * is the "of" phrase of a noun of kind {@code status}: a legal state, not an incident ("a state of siege").
     */
    private boolean recalled(Sentence s, int head) {
        if (!s.tokens().get(head).pos().startsWith("NN"))
            return false;
        for (Dependency d : s.dependentsOf(head))
            if (d.relation().equals("amod")
                    && "recalled".equals(modality(s, d.dependent())))
                return true;
        for (Dependency d : s.governorsOf(head))
            if (d.relation().equals("nmod:of") && d.governor() >= 0
                    && "status".equals(modality(s, d.governor())))
                return true;
        return false;
    }

    /**
     * Whether the trigger verb at tokens {@code first..last} acts on a thing of kind {@code harmless}
     * ({@code lexicon/modality.tsv}): "shoot video footage", "shoot a film" name no violence.
     */
    private boolean harmless(Sentence s, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (!s.tokens().get(k).pos().startsWith("VB"))
                continue;
            for (Dependency d : s.dependentsOf(k))
                if (d.relation().equals("obj") && "harmless".equals(modality(s, d.dependent())))
                    return true;
        }
        return false;
    }

    /**
     * Whether the verb at {@code verb} is done by a perpetrator: its subject, or its agent in the passive ("killed
     * by militants"), is an armed group or a noun whose role in {@code lexicon/nouns.tsv} is perpetrator.
     */
    private static boolean byPerpetrator(Sentence s, int verb, List<EntityMention> entities) {
        if (!s.tokens().get(verb).pos().startsWith("VB"))
            return false;
        for (Dependency d : s.dependentsOf(verb)) {
            if (!d.relation().equals("nsubj") && !d.relation().equals("obl:agent"))
                continue;
            for (EntityMention m : entities)
                if (m.covers(s.index(), d.dependent()) && m.perpetrator())
                    return true;
        }
        return false;
    }

    /** The kind {@code lexicon/modality.tsv} gives the lemma of token {@code k}, or null. */
    private String modality(Sentence s, int k) {
        return kb.modality().get(MentionFinder.lemma(s.tokens().get(k)));
    }

    private boolean unreal(Sentence s, int verb) {
        boolean purpose = false;
        for (Dependency d : s.dependentsOf(verb)) {
            String kind = modality(s, d.dependent());
            if (kind == null)
                continue;
            if (kind.equals("modal") && d.relation().startsWith("aux") || kind.equals("negation")
                    && (d.relation().equals("advmod") || d.relation().equals("neg")))
                return true;
            if (kind.equals("purpose") && d.relation().equals("mark"))
                purpose = true;
        }
        if (!purpose)
            return false;
        for (Dependency d : s.governorsOf(verb))
            if (d.relation().matches("xcomp|advcl") && d.governor() >= 0
                    && "realis".equals(modality(s, d.governor())))
                return false;
        return true;
    }

    private static boolean insideName(List<EntityMention> entities, int sentence, int token) {
        for (EntityMention m : entities)
            if (m.named() && m.covers(sentence, token))
                return true;
        return false;
    }

    private static boolean matches(List<Token> t, int start, Entries.Trigger tr) {
        for (int k = 0; k < tr.lemmas().size(); k++)
            if (!MentionFinder.lemma(t.get(start + k)).equals(tr.lemmas().get(k)))
                return false;
        String pos = t.get(start + tr.lemmas().size() - 1).pos();
        return switch (tr.pos()) {
            case "N" -> pos.startsWith("NN");
            case "V" -> pos.startsWith("VB");
            case "A" -> pos.startsWith("JJ") || pos.equals("VBN");
            default -> true;
        };
    }
}
