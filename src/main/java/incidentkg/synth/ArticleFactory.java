package incidentkg.synth;

import incidentkg.model.EntityClass;
import incidentkg.model.IncidentClass;
import incidentkg.model.Qualifier;
import incidentkg.rules.DataException;
import incidentkg.rules.Entries;
import incidentkg.rules.Gazetteer;
import incidentkg.rules.GazetteerEntry;
import incidentkg.rules.KnowledgeBase;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes synthetic articles from the gazetteer, the incident triggers and the phrase templates. Article
 * {@code i} depends only on the seed and {@code i}, so any article can be made again alone, in any order.
 */
public final class ArticleFactory {
    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z]+)\\}");

    private final SynthTemplates t;
    private final KnowledgeBase kb;
    private final long seed;
    private final List<IncidentClass> types = new ArrayList<>();
    private final Map<IncidentClass, List<String>> triggers = new EnumMap<>(IncidentClass.class);
    private final List<GazetteerEntry[]> cities = new ArrayList<>(); // {city, country}
    private final List<GazetteerEntry> groups;
    private final List<GazetteerEntry> outlets;
    private final List<GazetteerEntry> forces;
    private final List<String> hedges = new ArrayList<>();
    private final List<String[]> qualifiers = new ArrayList<>(); // {words, qualifier}
    private final GazetteerEntry[] focusCity;
    private final GazetteerEntry focusCompany;
    private final long focusEvery;
    private final int firstYear;
    private final int lastYear;

    public ArticleFactory(KnowledgeBase kb, SynthTemplates templates, long seed) {
        this.t = templates;
        this.kb = kb;
        this.seed = seed;
        Gazetteer g = kb.gazetteer();
        for (String s : t.setting("settings.types").split("\\s+")) {
            try {
                types.add(IncidentClass.parse(s));
            } catch (IllegalArgumentException e) {
                throw new DataException(t.name(), 0, "unknown incident class in types: " + s);
            }
        }
        for (Entries.Trigger tr : kb.triggers())
            if (tr.pos().equals("N") && tr.creates() && types.contains(tr.incidentClass()))
                triggers.computeIfAbsent(tr.incidentClass(), k -> new ArrayList<>()).add(String.join(" ", tr.lemmas()));
        for (IncidentClass c : types)
            if (!triggers.containsKey(c))
                throw new DataException(t.name(), 0, "no noun trigger creates " + c + " in lexicon/triggers.tsv");
        String[] years = t.setting("settings.years").split("\\s+");
        firstYear = Integer.parseInt(years[0]);
        lastYear = Integer.parseInt(years[years.length - 1]);
        List<GazetteerEntry> sorted = new ArrayList<>(g.entries());
        sorted.sort(Comparator.comparing(GazetteerEntry::id));
        String focusCityId = t.setting("focus.city");
        GazetteerEntry[] fc = null;
        for (GazetteerEntry e : sorted) {
            if (e.type() != EntityClass.City)
                continue;
            GazetteerEntry country = null;
            for (GazetteerEntry c : g.containers(e))
                if (c.type() == EntityClass.Country) {
                    country = c;
                    break;
                }
            if (country == null)
                continue;
            if (e.id().equals(focusCityId))
                fc = new GazetteerEntry[] {e, country};
            else
                cities.add(new GazetteerEntry[] {e, country});
        }
        if (fc == null)
            throw new DataException(t.name(), 0, "focus city '" + focusCityId + "' is not a city with a country in the gazetteer");
        focusCity = fc;
        focusCompany = g.get(t.setting("focus.company")).orElseThrow(() -> new DataException(t.name(), 0,
                "focus company '" + t.setting("focus.company") + "' is not in the gazetteer"));
        focusEvery = Long.parseLong(t.setting("focus.every"));
        groups = sorted.stream().filter(e -> e.type() == EntityClass.ArmedGroup).toList();
        outlets = sorted.stream().filter(e -> e.type() == EntityClass.NewsOrganization).toList();
        forces = sorted.stream().filter(e -> e.type() == EntityClass.SecurityForce).toList();
        for (Entries.Hedge h : kb.hedges())
            if (h.phrase().startsWith("could "))
                hedges.add(h.phrase());
        for (String line : t.section("qualifiers")) {
            String[] cells = line.split("\t", -1);
            if (cells.length != 2)
                throw new DataException(t.name(), 0, "want 'words<TAB>qualifier' in [qualifiers]: " + line);
            Qualifier.parse(cells[1].strip());
            qualifiers.add(cells);
        }
        if (groups.isEmpty() || outlets.isEmpty() || forces.isEmpty() || cities.isEmpty() || hedges.isEmpty())
            throw new IllegalStateException("the gazetteer or lexicon lacks cities, armed groups, news organizations, "
                    + "security forces or hedges");
    }

    /** The knowledge the articles are made from. */
    public KnowledgeBase knowledge() { return kb; }

    /** Whether article {@code index} is about the focus city and person. */
    public boolean isFocus(long index) {
        return index % focusEvery == 0;
    }

    /** The name of the focus person. */
    public String focusPerson() { return t.setting("focus.person"); }

    /** The name of the focus venue. */
    public String focusVenue() { return t.setting("focus.venue"); }

    /** The operator of the focus venue. */
    public GazetteerEntry focusCompany() { return focusCompany; }

    /** Article {@code index}, identified as {@code prefix-NNNNNN}. */
    public SynthArticle make(String prefix, long index) {
        return new Make(prefix, index).run();
    }

    private final class Make {
        final SplittableRandom r;
        final String id;
        final long index;
        final boolean focus;
        final StringBuilder sb = new StringBuilder();
        final List<SynthSpan> spans = new ArrayList<>();
        final List<SynthSpan> sentences = new ArrayList<>();
        final List<SynthSpan> segments = new ArrayList<>();
        final Map<String, String> v = new HashMap<>();

        Make(String prefix, long index) {
            this.index = index;
            this.id = String.format("%s-%06d", prefix, index);
            this.r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1);
            this.focus = isFocus(index);
        }

        <T> T pick(List<T> l) {
            return l.get(r.nextInt(l.size()));
        }

        boolean chance(double p) {
            return r.nextDouble() < p;
        }

        SynthFigure figure(int max) {
            int count = 2 + r.nextInt(max);
            String[] q = pick(qualifiers);
            return new SynthFigure(count, Qualifier.parse(q[1].strip()), q[0] + count);
        }

        String outletName(GazetteerEntry o) {
            List<String> names = o.names().stream().filter(n -> n.length() <= 25).toList();
            return names.isEmpty() ? o.label() : pick(names);
        }

        SynthArticle run() {
            IncidentClass type = focus ? IncidentClass.HostageTaking : pick(types);
            String trigger = pick(triggers.get(type));
            GazetteerEntry[] place = focus ? focusCity : pick(cities);
            GazetteerEntry group = pick(groups);
            GazetteerEntry outlet = pick(outlets);
            GazetteerEntry force = pick(forces);
            int span = (lastYear - firstYear + 1) * 365;
            LocalDate date = LocalDate.of(firstYear, 1, 1).plusDays(r.nextInt(span));
            LocalDate day = date.minusDays(r.nextInt(2));
            SynthFigure killed = figure(pick(List.of(5, 20, 100)));
            SynthFigure injured = figure(pick(List.of(10, 50, 200)));
            SynthFigure held = figure(pick(List.of(10, 50, 200)));
            String source = pick(t.section("sources"));
            v.put("city", place[0].label());
            v.put("CITY", place[0].label().toUpperCase(Locale.ROOT));
            v.put("country", place[1].label());
            v.put("group", group.label());
            v.put("outlet", outletName(outlet));
            v.put("trigger", trigger);
            v.put("Trigger", cap(trigger));
            v.put("killed", killed.phrase());
            v.put("injured", injured.phrase());
            v.put("held", held.phrase());
            v.put("weekday", day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            v.put("month", day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            v.put("day", Integer.toString(day.getDayOfMonth()));
            v.put("DD", String.format("%02d", date.getDayOfMonth()));
            v.put("MON", date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT));
            v.put("YY", String.format("%02d", date.getYear() % 100));
            v.put("source", source);
            v.put("Source", cap(source));
            v.put("person", pick(t.section("given-names")) + " " + pick(t.section("family-names")));
            v.put("hedge", pick(hedges));
            v.put("organizer", focusPerson());
            v.put("venue", focusVenue());
            v.put("company", focusCompany.label());
            v.put("force", force.label());

            int h = sb.length();
            fill(pick(t.section("headline")), false);
            String title = sb.substring(h);
            segment("Headline", h);
            sb.append("\n\n");
            if (chance(0.3)) {
                int s = sb.length();
                fill(pick(t.section("teaser")), false);
                segment("Teaser", s);
                sb.append("\n\n");
            }
            int body = sb.length();
            fill(pick(t.section("dateline")), false);
            sentence(pick(t.section(focus ? "focus-lead" : "lead")));
            boolean hostages = !focus && (type == IncidentClass.HostageTaking || type == IncidentClass.Kidnapping);
            if (!focus && spans.stream().noneMatch(x -> x.name().equals("injured")) && chance(0.6))
                more(pick(t.section("tally")));
            if (hostages)
                more(pick(t.section("hostages")));
            boolean tallyHedged = chance(0.2);
            if (tallyHedged)
                more(pick(t.section("hedge")));
            segment("Body", body);
            sb.append("\n\n");
            boolean claimed = focus || chance(0.5);
            boolean claimHedged = false;
            if (claimed || chance(0.6)) {
                int s = sb.length();
                if (claimed) {
                    sentence(pick(t.section("claim")));
                    claimHedged = chance(0.3);
                    if (claimHedged)
                        more(pick(t.section("claim-hedge")));
                } else {
                    sentence(pick(t.section("blame")));
                }
                segment("Body", s);
                sb.append("\n\n");
            }
            if (focus) {
                int s = sb.length();
                sentence(pick(t.section("focus-operator")));
                more(pick(t.section("focus-raid")));
                segment("Body", s);
                sb.append("\n\n");
            }
            int s = sb.length();
            sentence(pick(t.section("background")));
            segment("Body", s);
            sb.append("\n");
            if (chance(0.4)) {
                sb.append("\n");
                int c = sb.length();
                sentence(pick(t.section("caption")));
                segment("Caption", c);
                sb.append("\n");
                c = sb.length();
                fill(pick(t.section("credit")), false);
                segment("Credit", c);
                sb.append("\n");
            }
            boolean hasInjured = spans.stream().anyMatch(x -> x.name().equals("injured"));
            boolean hasHeld = spans.stream().anyMatch(x -> x.name().equals("held"));
            return new SynthArticle(index, id, sb.toString(), title, date, outlet, type, trigger, day, place[0], place[1],
                    group, claimed, killed, hasInjured ? injured : null, hasHeld ? held : null, tallyHedged,
                    claimHedged, source, focus, force, List.copyOf(spans), List.copyOf(sentences),
                    List.copyOf(segments));
        }

        /** "a attack" becomes "an attack". */
        void article(String next) {
            if (next.isEmpty() || "aeiouAEIOU".indexOf(next.charAt(0)) < 0)
                return;
            int n = sb.length();
            if (n >= 2 && sb.charAt(n - 1) == ' ' && (sb.charAt(n - 2) == 'a' || sb.charAt(n - 2) == 'A')
                    && (n == 2 || !Character.isLetter(sb.charAt(n - 3))))
                sb.insert(n - 1, 'n');
        }

        void segment(String kind, int begin) {
            segments.add(new SynthSpan(kind, begin, sb.length()));
        }

        void more(String template) {
            sb.append(' ');
            sentence(template);
        }

        void sentence(String template) {
            fill(template, true);
        }

        /** Appends a template with its slots filled; the first letter is upper case. */
        void fill(String template, boolean isSentence) {
            int start = sb.length();
            Matcher m = SLOT.matcher(template);
            int last = 0;
            while (m.find()) {
                sb.append(template, last, m.start());
                String value = v.get(m.group(1));
                if (value == null)
                    throw new DataException(t.name(), 0, "unknown slot {" + m.group(1) + "} in: " + template);
                article(value);
                int b = sb.length();
                sb.append(value);
                spans.add(new SynthSpan(m.group(1).toLowerCase(Locale.ROOT), b, sb.length()));
                last = m.end();
            }
            sb.append(template, last, template.length());
            int first = start;
            while (first < sb.length() && !Character.isLetterOrDigit(sb.charAt(first)))
                first++;
            if (first < sb.length() && Character.isLowerCase(sb.charAt(first)))
                sb.setCharAt(first, Character.toUpperCase(sb.charAt(first)));
            if (isSentence)
                sentences.add(new SynthSpan("sentence", start, sb.length()));
        }
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
