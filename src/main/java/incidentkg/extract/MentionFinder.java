package incidentkg.extract;

import incidentkg.extract.Mentions.EntityMention;
import incidentkg.model.AnnotatedArticle;
import incidentkg.model.Dependency;
import incidentkg.model.EntityClass;
import incidentkg.model.SegmentKind;
import incidentkg.model.Sentence;
import incidentkg.model.Span;
import incidentkg.model.Token;
import incidentkg.rules.Entries;
import incidentkg.rules.Gazetteer;
import incidentkg.rules.GazetteerEntry;
import incidentkg.rules.KnowledgeBase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds mentions of participants and places, in three passes over each sentence:
 * <ol>
 * <li>gazetteer names, longest first ("Shining Path", "Acme Hotel Group");</li>
 * <li>CoreNLP's named entities that the gazetteer does not know (persons, organizations, places);</li>
 * <li>common-noun phrases headed by a noun of {@code lexicon/nouns.tsv} ("seven Acme Airways staff members",
 *     "Malian special forces", "a restaurant"), taking in the modifiers to their left; a venue noun after a
 *     name is a named venue ("Grand Palace hotel"); a street or district noun after a name makes the name
 *     the street's or the district's ("Kidal Road" is no mention of Kidal).</li>
 * </ol>
 */
public final class MentionFinder {
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those", "some",
            "both", "several", "its", "their", "his", "her", "our", "any", "such");

    private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj");
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

    private static final Set<String> NAME_TAGS = Set.of("ORGANIZATION", "LOCATION", "MISC", "PERSON", "FACILITY");

    private final KnowledgeBase kb;

    public MentionFinder(KnowledgeBase kb) {
        this.kb = kb;
    }

    public List<EntityMention> find(AnnotatedArticle doc) {
        boolean upper = TextLib.isAllCaps(doc.text());
        List<EntityMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            boolean[] used = new boolean[s.tokens().size()];
            gazetteer(doc, s, upper, used, out);
            namedEntities(doc, s, used, out);
            nominals(doc, s, used, out);
            countedPeople(doc, s, used, out);
            titles(doc, s, out);
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        List<EntityMention> numbered = new ArrayList<>();
        for (EntityMention m : out) {
            String role = m.cls() == EntityClass.ArmedGroup && m.role().equals("-")
                    && speaker(doc.sentences().get(m.sentence()), m.head()) ? "source" : m.role();
            numbered.add(renumber(m, numbered.size(), out, role));
        }
        return numbered;
    }

    /** How many "of" phrases, compounds and appositions up the subject of a stance verb may name a speaker. */
    private static final int SPEAKER_DEPTH = 4;

    /**
     * Whether the words at token {@code head} are, or are named in, the subject of a verb of
     * {@code lexicon/stance-verbs.tsv}: "the front condemns", "the press office of the front deplored".
     */
    private boolean speaker(Sentence s, int head) {
        int k = head;
        for (int depth = 0; depth <= SPEAKER_DEPTH; depth++) {
            int up = -1;
            for (Dependency d : s.governorsOf(k)) {
                if (d.governor() < 0)
                    continue;
                String r = d.relation();
                if (r.startsWith("nsubj") && kb.isStanceVerb(lemma(s.tokens().get(d.governor()))))
                    return true;
                if (r.startsWith("nmod") || r.equals("compound") || r.equals("appos") || r.startsWith("flat"))
                    up = d.governor();
            }
            if (up < 0)
                return false;
            k = up;
        }
        return false;
    }

    private static EntityMention renumber(EntityMention m, int id, List<EntityMention> all, String role) {
        List<Integer> members = new ArrayList<>();
        for (int old : m.members())
            for (int i = 0; i < all.size(); i++)
                if (all.get(i).id() == old && all.get(i).sentence() == m.sentence())
                    members.add(i);
        return new EntityMention(id, m.span(), m.sentence(), m.first(), m.last(), m.head(), m.label(), m.cls(),
                m.gazetteerId(), role, m.count(), m.country(), m.countrySpan(), members, m.named(), m.headLemma(), m.modifiers(),
                m.descriptions());
    }

    private void gazetteer(AnnotatedArticle doc, Sentence s, boolean upper, boolean[] used, List<EntityMention> out) {
        Gazetteer g = kb.gazetteer();
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            for (int len = Math.min(g.longestName() + 2, t.size() - i); len >= 1; len--) {
                int last = i + len - 1;
                String name = doc.text().substring(t.get(i).span().begin(), t.get(last).span().end());
                if (upper && name.length() <= 3)
                    continue;
                List<GazetteerEntry> hits = g.lookup(name, upper);
                if (hits.isEmpty() || !compatible(t, i, last))
                    continue;
                GazetteerEntry e = choose(hits, doc);
                if (e.type().isPlace() && namesPlaceBefore(doc, t, last, e.type()))
                    break;
                if (e.type().isPlace() && eventNoun(t, last) && i > 0 && isNamePart(t.get(i - 1)))
                    continue;
                Span span = new Span(t.get(i).span().begin(), t.get(last).span().end());
                out.add(new EntityMention(out.size() + 10_000 * s.index(), span, s.index(), i, last, last, e.label(),
                        e.type(), e.id(), "-", null, null, List.of(), true, lemma(t.get(last)), Set.of()));
                for (int k = i; k <= last; k++)
                    used[k] = true;
                i = last;
                break;
            }
        }
    }

    /**
     * Whether token {@code k} is a noun of {@code lexicon/event-nouns.tsv} that ends a proper name ("Marathon" of
     * "Kelvin Marathon"): the name is an event's, and that word no place.
     */
    private boolean eventNoun(List<Token> t, int k) {
        return t.get(k).pos().startsWith("NNP") && kb.isEventNoun(lemma(t.get(k)))
                && (k + 1 == t.size() || !isNamePart(t.get(k + 1)));
    }

    /** A name must not start or end inside a larger proper name that CoreNLP tagged differently. */
    private static boolean compatible(List<Token> t, int first, int last) {
        if (first > 0 && t.get(first - 1).pos().startsWith("NNP") && t.get(first).pos().startsWith("NNP")
                && !t.get(first - 1).ner().equals("O") && t.get(first - 1).ner().equals(t.get(first).ner())
                && !t.get(first).ner().equals("COUNTRY") && !t.get(first).ner().equals("CITY"))
            return false;
        return true;
    }

    /** Among entries of one name, the one whose country the article also names; else the first. */
    private GazetteerEntry choose(List<GazetteerEntry> hits, AnnotatedArticle doc) {
        if (hits.size() == 1)
            return hits.get(0);
        for (GazetteerEntry e : hits)
            for (GazetteerEntry c : kb.gazetteer().containers(e))
                for (String n : c.names())
                    if (n.length() > 3 && doc.text().contains(n))
                        return e;
        return hits.get(0);
    }

    private void namedEntities(AnnotatedArticle doc, Sentence s, boolean[] used, List<EntityMention> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            EntityClass cls = nerClass(t.get(i).ner());
            if (cls == null || used[i])
                continue;
            int last = i;
            while (last + 1 < t.size() && !used[last + 1] && t.get(last + 1).ner().equals(t.get(i).ner()))
                last++;
            // a name ending in a venue noun is a venue ("Grand Palace hotel"): left to the nominal pass
            Entries.Noun headNoun = nounEnding(t, last);
            if (headNoun != null && headNoun.entityClass() == EntityClass.Venue) {
                i = last;
                continue;
            }
            // a word tagged like a gazetteer name next to it is part of that name ("east" of "east London")
            if ((i > 0 && used[i - 1] && t.get(i - 1).ner().equals(t.get(i).ner())
                    || last + 1 < t.size() && used[last + 1] && t.get(last + 1).ner().equals(t.get(i).ner()))) {
                i = last;
                continue;
            }
            // the event noun that ends a name is no place ("the Kelvin Marathon bombing"); the words before it
            // may name one
            if (cls.isPlace() && eventNoun(t, last)) {
                if (last == i)
                    continue;
                last--;
            }
            // a name before a street or district noun names the street or district ("Oxford Street", "Shah
            // Wali Kot district"), not a city or a person: name and noun are one mention of the street
            if (namesPlaceBefore(doc, t, last, cls) && !used[last + 1]) {
                Entries.Noun noun = nounEnding(t, last + 1);
                out.add(new EntityMention(out.size() + 10_000 * s.index(),
                        new Span(t.get(i).span().begin(), t.get(last + 1).span().end()), s.index(), i, last + 1,
                        last + 1, surface(doc, t, i, last + 1), noun.entityClass(), null, "-", null, null, List.of(),
                        true, String.join(" ", noun.lemmas()), Set.of()));
                for (int k = i; k <= last + 1; k++)
                    used[k] = true;
                i = last + 1;
                continue;
            }
            // an organization's name ending in a noun of armed forces is a security force ("Bracamonte Battalion")
            if (cls == EntityClass.Organization && headNoun != null && headNoun.entityClass() == EntityClass.SecurityForce)
                cls = EntityClass.SecurityForce;
            // a place's or organization's name that begins with a venue noun is a venue ("Camp Bastion", "Hotel
            // Ivoire"), and "the hotel" later names it too: its head is the venue noun
            String head = lemma(t.get(last));
            Entries.Noun firstNoun = last > i && (cls == EntityClass.Place || cls == EntityClass.Organization)
                    ? nounEnding(t, i) : null;
            if (firstNoun != null && firstNoun.lemmas().size() == 1 && firstNoun.entityClass() == EntityClass.Venue) {
                cls = EntityClass.Venue;
                head = firstNoun.lemmas().get(0);
            }
            Span span = new Span(t.get(i).span().begin(), t.get(last).span().end());
            String label = surface(doc, t, i, last);
            if (label.codePoints().noneMatch(Character::isLetter)) {
                i = last;
                continue;
            }
            out.add(new EntityMention(out.size() + 10_000 * s.index(), span, s.index(), i, last, last, label, cls, null,
                    "-", null, null, List.of(), true, head, Set.of()));
            for (int k = i; k <= last; k++)
                used[k] = true;
            i = last;
        }
    }

    /**
     * Whether the name ending at token {@code last} is the first part of the name of a street, road or district:
     * the next token is such a noun of {@code lexicon/nouns.tsv} (class ikg:Place or ikg:Region), capitalised as
     * part of the name ("Oxford Street", "Helmand Province"), or heading the phrase after a name that is no place
     * ("Shah Wali Kot district"); a place's name before a plain noun stays a place ("a Gao street"). In text
     * written in capitals, capitals say nothing, and every name stays.
     */
    private boolean namesPlaceBefore(AnnotatedArticle doc, List<Token> t, int last, EntityClass cls) {
        if (last + 1 >= t.size() || TextLib.isAllCaps(doc.text()))
            return false;
        Token next = t.get(last + 1);
        Entries.Noun noun = nounEnding(t, last + 1);
        if (noun == null || noun.lemmas().size() != 1
                || noun.entityClass() != EntityClass.Place && noun.entityClass() != EntityClass.Region)
            return false;
        if (Character.isUpperCase(next.word().charAt(0)))
            return true;
        boolean head = last + 2 >= t.size() || !t.get(last + 2).pos().startsWith("NN");
        return !cls.isPlace() && head;
    }

    private static EntityClass nerClass(String ner) {
        return switch (ner) {
            case "PERSON" -> EntityClass.Person;
            case "ORGANIZATION" -> EntityClass.Organization;
            case "CITY" -> EntityClass.City;
            case "COUNTRY" -> EntityClass.Country;
            case "STATE_OR_PROVINCE" -> EntityClass.Region;
            case "LOCATION" -> EntityClass.Place;
            default -> null;
        };
    }

    /** The lexicon noun whose lemmas end at token {@code end}, if any. */
    private Entries.Noun nounEnding(List<Token> t, int end) {
        if (!t.get(end).pos().startsWith("NN"))
            return null;
        for (Entries.Noun n : kb.nouns()) {
            int len = n.lemmas().size();
            int start = end - len + 1;
            if (start < 0)
                continue;
            boolean ok = true;
            for (int k = 0; k < len && ok; k++)
                ok = lemma(t.get(start + k)).equals(n.lemmas().get(k));
            if (ok)
                return n;
        }
        return null;
    }

    private void nominals(AnnotatedArticle doc, Sentence s, boolean[] used, List<EntityMention> out) {
        List<Token> t = s.tokens();
        for (int h = 0; h < t.size(); h++) {
            Entries.Noun noun = nounEnding(t, h);
            if (noun == null)
                continue;
            // the head of a noun phrase: not followed by another common noun of the same phrase
            if (h + 1 < t.size() && (t.get(h + 1).pos().equals("NN") || t.get(h + 1).pos().equals("NNS")))
                continue;
            if (used[h])
                continue;
            int first = h;
            // a determiner opens the phrase: "attitude the rebels" is "the rebels"
            while (first - 1 >= 0 && h - first < 8 && isModifier(t, first - 1, h)
                    && !(first < h && t.get(first).pos().equals("DT")))
                first--;
            // a name among the modifiers is taken whole: "Shining Path members", not "Path members"
            EntityMention inName = mentionAt(out, s.index(), first);
            if (first < h && inName != null && inName.named() && inName.first() < first)
                first = inName.first();
            int nounStart = h - noun.lemmas().size() + 1;
            // the phrase without its determiners but with its adjectives ("unidentified individuals")
            int described = first;
            while (described < nounStart && DETERMINERS.contains(lower(t.get(described))))
                described++;
            // determiners and plain adjectives ("massive", "senior") do not name the group, nor does the
            // conjunction they leave behind ("political and labor leaders" is named "labor leaders")
            while (first < nounStart && (DETERMINERS.contains(lower(t.get(first)))
                    || t.get(first).pos().startsWith("JJ") && Character.isLowerCase(t.get(first).word().charAt(0))
                       && !kb.isIdeology(lemma(t.get(first))) && !t.get(first).ner().equals("IDEOLOGY")
                    || t.get(first).pos().equals("CC")))
                first++;
            Set<String> modifiers = new HashSet<>();
            boolean ideology = false;
            Long count = null;
            String country = null;
            Span countrySpan = null;
            List<Integer> members = new ArrayList<>();
            int nameStart = -1;
            for (int k = first; k < h; k++) {
                Token tk = t.get(k);
                modifiers.add(lemma(tk));
                if (tk.ner().equals("IDEOLOGY") || kb.isIdeology(lemma(tk)))
                    ideology = true;
                if (tk.pos().equals("CD") && count == null)
                    count = TextLib.count(tk);
                if (tk.ner().equals("NATIONALITY")) {
                    var demonym = kb.gazetteer().demonym(tk.word());
                    if (demonym.isPresent()) {
                        country = demonym.get().id();
                        countrySpan = tk.span();
                    }
                }
                EntityMention inner = mentionAt(out, s.index(), k);
                if (inner != null && inner.gazetteerId() != null && inner.cls() == EntityClass.Country) {
                    country = inner.gazetteerId();
                    countrySpan = inner.span();
                }
                else if (inner != null && inner.cls().isOrganization() && !members.contains(inner.id()))
                    members.add(inner.id());
                // a venue's name is a proper name that CoreNLP recognises ("Grand Palace"), not a capitalised
                // headline word ("Gunmen Attack Market") nor a place it is in ("Kano bus station")
                boolean namePart = tk.pos().startsWith("NNP") && NAME_TAGS.contains(tk.ner());
                if (namePart && nameStart < 0)
                    nameStart = k;
                else if (!namePart)
                    nameStart = -1;
            }
            if (noun.needsIdeology() && !ideology)
                continue;
            EntityClass cls = noun.entityClass();
            // an armed group's name in quotes just before the group noun: "the "Islamic State" militant group"
            if (cls == EntityClass.ArmedGroup && members.isEmpty()) {
                int k = first - 1;
                while (k >= 0 && (t.get(k).pos().equals("''") || t.get(k).pos().equals("``")))
                    k--;
                EntityMention before = k >= 0 && k < first - 1 ? mentionAt(out, s.index(), k) : null;
                if (before != null && before.last() == k && before.cls().isOrganization())
                    members.add(before.id());
            }
            boolean named = cls == EntityClass.Venue && nameStart >= 0;
            int spanFirst = named ? nameStart : first;
            Span span = new Span(t.get(spanFirst).span().begin(), t.get(h).span().end());
            String label = surface(doc, t, spanFirst, h);
            if (!named && cls != EntityClass.Venue)
                label = TextLib.plainLabel(label);
            // a sentence-initial capital is not part of a description: "Police use …" names "police"
            if (!named && !t.get(spanFirst).pos().startsWith("NNP") && t.get(spanFirst).ner().equals("O")
                    && spanFirst == 0 && label.length() > 1
                    && Character.isUpperCase(label.charAt(0)) && !TextLib.isAllCaps(doc.text()))
                label = Character.toLowerCase(label.charAt(0)) + label.substring(1);
            List<String> descriptions = new ArrayList<>();
            // a counted group is also described without its count: "staff members" of "seven staff members"
            if (count != null && cls == EntityClass.PersonGroup) {
                int k = spanFirst;
                while (k < h && (t.get(k).pos().equals("CD") || t.get(k).pos().equals("IN")
                        || DETERMINERS.contains(lower(t.get(k))) || k + 1 < h && t.get(k + 1).pos().equals("CD")))
                    k++;
                if (k > spanFirst)
                    descriptions.add(TextLib.plainLabel(surface(doc, t, k, h)));
            }
            // the plain adjectives left out of the label still describe the group: "former minister"
            if (descriptions.isEmpty() && !named && described < spanFirst)
                descriptions.add(TextLib.plainLabel(surface(doc, t, described, h)));
            if (!named) {
                // its head noun alone ("soldiers" of "23 Afghan soldiers"), and with the "of" phrases that follow
                // it ("employees of the gas station", "governor of the department of Antioquia")
                if (nounStart > spanFirst)
                    descriptions.add(surface(doc, t, nounStart, h));
                // a noun of several words is also named by its last ("bombers" of "suicide bombers")
                if (nounStart < h)
                    descriptions.add(surface(doc, t, h, h));
                for (int end : ofPhrases(t, h)) {
                    descriptions.add(TextLib.plainLabel(surface(doc, t, described, end)));
                    if (nounStart > described)
                        descriptions.add(surface(doc, t, nounStart, end));
                }
            }
            descriptions.remove(label);
            out.add(new EntityMention(out.size() + 10_000 * s.index(), span, s.index(), spanFirst, h, h, label, cls,
                    null, noun.role(), count, country, countrySpan, named ? List.of() : members, named,
                    String.join(" ", noun.lemmas()), modifiers, descriptions.stream().distinct().toList()));
            for (int k = spanFirst; k <= h; k++)
                used[k] = true;
        }
    }

    /**
     * A number without a noun that stands for the people it counts: the one killed, hurt, held or freed by a verb
     * or adjective of {@code lexicon/tally-cues.tsv} ("injured another 6", "wounding 34", "2 had died in hospital",
     * "some 40 more were hurt"). It is a group of people, named by the number. Not in a headline: "Bomb kills
     * three" sums up the story's "killing three policemen", and would be a second group and a second figure.
     */
    private void countedPeople(AnnotatedArticle doc, Sentence s, boolean[] used, List<EntityMention> out) {
        if (doc.article().kindAt(s.span().begin()) == SegmentKind.HEADLINE)
            return;
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token tk = t.get(i);
            if (used[i] || !tk.pos().equals("CD") || TallyFinder.SKIP_NER.contains(tk.ner())
                    || TallyFinder.counted(t, i + 1) >= 0)
                continue;
            Long count = TextLib.count(tk);
            if (count == null || !countsVictims(s, i))
                continue;
            out.add(new EntityMention(out.size() + 10_000 * s.index(), tk.span(), s.index(), i, i, i,
                    surface(doc, t, i, i), EntityClass.PersonGroup, null, "victim", count, null, null, List.of(),
                    false, lower(tk), Set.of(), List.of()));
            used[i] = true;
        }
    }

    /**
     * Whether number {@code i}, or the word it counts when that is no noun ("40 more"), is the subject or object of
     * a word that counts victims in {@code lexicon/tally-cues.tsv} ("killed", "dead", "wounded").
     */
    private boolean countsVictims(Sentence s, int i) {
        int arg = i;
        for (Dependency d : s.governorsOf(i))
            if (d.governor() >= 0 && d.relation().equals("nummod")
                    && !s.tokens().get(d.governor()).pos().startsWith("NN"))
                arg = d.governor();
        for (Dependency d : s.governorsOf(arg)) {
            if (d.governor() < 0 || !ARGUMENTS.contains(d.relation()))
                continue;
            // the verb, or one joined to it by "and" that shares its subject ("40 were maimed and injured")
            List<Integer> verbs = new ArrayList<>(List.of(d.governor()));
            if (d.relation().startsWith("nsubj"))
                for (Dependency c : s.dependentsOf(d.governor()))
                    if (c.relation().equals("conj") && s.dependentsOf(c.dependent()).stream()
                            .noneMatch(e -> e.relation().startsWith("nsubj")))
                        verbs.add(c.dependent());
            for (int v : verbs)
                if (victimCue(lemma(s.tokens().get(v))))
                    return true;
        }
        return false;
    }

    private boolean victimCue(String lemma) {
        for (Entries.TallyCue c : kb.tallyCues())
            if (!c.where().equals("noun") && c.kind().countsVictims() && c.lemmas().equals(List.of(lemma)))
                return true;
        return false;
    }

    /**
     * The words of tokens {@code first..last} as the text spaces them; in text written in capitals, the
     * truecased words (the tokens carry them), so that labels read "National Police", not "NATIONAL POLICE".
     */
    static String surface(AnnotatedArticle doc, List<Token> t, int first, int last) {
        String text = doc.text();
        if (!TextLib.isAllCaps(text))
            return text.substring(t.get(first).span().begin(), t.get(last).span().end());
        StringBuilder sb = new StringBuilder();
        for (int k = first; k <= last; k++) {
            if (k > first)
                sb.append(text, t.get(k - 1).span().end(), t.get(k).span().begin());
            String w = t.get(k).word();
            sb.append(w.length() == t.get(k).span().length() ? w : t.get(k).span().of(text));
        }
        return sb.toString().replaceAll("\\s+", " ");
    }

    /**
     * A person's title or description next to the person's name is another name of that person: "Senator Ana
     * Ruiz", "Ana Ruiz, the mayor, ...", "the mayor, Ana Ruiz, ...". The person's mention takes the title's words
     * as descriptions, and the title with the name ("Senator Ana Ruiz"); the title's mention stays, and the
     * entity resolver makes it (and a later "the mayor") a mention of that person.
     */
    private static void titles(AnnotatedArticle doc, Sentence s, List<EntityMention> out) {
        List<Token> t = s.tokens();
        List<EntityMention> here = new ArrayList<>();
        for (EntityMention m : out)
            if (m.sentence() == s.index())
                here.add(m);
        for (EntityMention title : here) {
            if (title.named() || title.count() != null
                    || !t.get(title.head()).pos().equals("NN") && !t.get(title.head()).pos().equals("NNP")
                    || title.cls() != EntityClass.Person && title.cls() != EntityClass.PersonGroup)
                continue;
            for (EntityMention person : List.copyOf(here)) {
                if (person.cls() != EntityClass.Person || !person.named())
                    continue;
                boolean before = person.first() == title.last() + 1
                        || person.first() == title.last() + 2 && t.get(title.last() + 1).word().equals(",");
                boolean after = title.first() > person.last() + 1 && t.get(person.last() + 1).word().equals(",")
                        && titlesBetween(t, person.last() + 2, title.first(), here);
                if (!before && !after)
                    continue;
                List<String> forms = new ArrayList<>(person.descriptions());
                forms.add(title.label());
                forms.addAll(title.descriptions());
                if (person.first() == title.last() + 1)
                    forms.add(surface(doc, t, title.first(), person.last()));
                forms.removeIf(f -> f.equalsIgnoreCase(person.label()));
                EntityMention titled = new EntityMention(person.id(), person.span(), person.sentence(),
                        person.first(), person.last(), person.head(), person.label(), person.cls(),
                        person.gazetteerId(), person.role(), person.count(), person.country(), person.countrySpan(),
                        person.members(),
                        true, person.headLemma(), person.modifiers(), forms.stream().distinct().toList());
                out.set(out.indexOf(person), titled);
                here.set(here.indexOf(person), titled);
                break;
            }
        }
    }

    /**
     * Whether tokens {@code from} (inclusive) to {@code to} (exclusive) are determiners, or other titles joined
     * by "and" or a comma: "Ana Ruiz, senator and presidential candidate," gives her both titles.
     */
    private static boolean titlesBetween(List<Token> t, int from, int to, List<EntityMention> here) {
        for (int k = from; k < to; k++) {
            String w = lower(t.get(k));
            if (DETERMINERS.contains(w))
                continue;
            if ((w.equals("and") || w.equals(",")) && k > from)
                continue;
            EntityMention other = null;
            for (EntityMention m : here)
                if (m.first() == k && !m.named() && m.count() == null
                        && (t.get(m.head()).pos().equals("NN") || t.get(m.head()).pos().equals("NNP"))
                        && (m.cls() == EntityClass.Person || m.cls() == EntityClass.PersonGroup))
                    other = m;
            if (other == null || other.last() >= to)
                return false;
            k = other.last();
        }
        return true;
    }

    /**
     * The last tokens of up to two "of" phrases after the noun at {@code head}: "of the gas station", "of the
     * department of Antioquia". A phrase is a run of determiners, adjectives, nouns, numbers and possessives
     * ending in a noun.
     */
    private static List<Integer> ofPhrases(List<Token> t, int head) {
        List<Integer> ends = new ArrayList<>();
        int end = head;
        while (ends.size() < 2 && end + 2 < t.size() && lower(t.get(end + 1)).equals("of")) {
            int last = -1;
            for (int k = end + 2; k < t.size() && inPhrase(t, k); k++)
                if (t.get(k).pos().startsWith("NN"))
                    last = k;
                else if (!t.get(k).pos().startsWith("NN") && last >= 0 && !continues(t, k))
                    break;
            if (last < 0)
                break;
            end = last;
            ends.add(end);
        }
        return ends;
    }

    private static boolean inPhrase(List<Token> t, int k) {
        String pos = t.get(k).pos();
        if (TIME_TAGS.contains(t.get(k).ner()))
            return false;
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("PRP$")
                || pos.equals("CD") || pos.equals("POS") || pos.equals("HYPH")
                || pos.equals("VBN") && k + 1 < t.size() && t.get(k + 1).pos().startsWith("NN")
                || pos.equals("CC") && k + 1 < t.size() && (t.get(k + 1).pos().startsWith("JJ")
                        || t.get(k + 1).pos().startsWith("NN"));
    }

    /** Whether token {@code k}, after a noun, still belongs to the phrase: a possessive, a conjunction of nouns. */
    private static boolean continues(List<Token> t, int k) {
        String pos = t.get(k).pos();
        return pos.equals("POS") || pos.equals("CC") || pos.equals("HYPH") || pos.startsWith("JJ") || pos.equals("CD");
    }

    private static boolean isNamePart(Token t) {
        return t.pos().startsWith("NNP");
    }

    private static EntityMention mentionAt(List<EntityMention> out, int sentence, int token) {
        for (EntityMention m : out)
            if (m.covers(sentence, token))
                return m;
        return null;
    }

    /** Whether token {@code k} can stand in the noun phrase headed by {@code head}, left of it. */
    private static boolean isModifier(List<Token> t, int k, int head) {
        Token tk = t.get(k);
        String pos = tk.pos();
        if (pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("DT") || pos.equals("PRP$")
                || pos.equals("HYPH") || pos.equals("VBN") && k + 1 < t.size() && t.get(k + 1).pos().startsWith("NN"))
            return !(pos.equals("DT") && k + 1 < t.size() && t.get(k + 1).pos().equals("DT"));
        // "heavily armed men": an adverb in -ly before an adjective or participle of the phrase
        if (pos.startsWith("RB") && tk.word().toLowerCase(Locale.ROOT).endsWith("ly") && k + 1 < head
                && (t.get(k + 1).pos().startsWith("JJ") || t.get(k + 1).pos().equals("VBN")))
            return true;
        // "military and civilian employees": a conjunction between two modifiers
        return pos.equals("CC") && k > 0 && k + 1 < head && t.get(k - 1).pos().startsWith("JJ")
                || pos.equals("CC") && k > 0 && k + 1 < head && t.get(k - 1).pos().startsWith("NN")
                        && t.get(k + 1).pos().startsWith("JJ");
    }

    static String lemma(Token t) {
        return t.lemma() == null ? lower(t) : t.lemma().toLowerCase(Locale.ROOT);
    }

    static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
