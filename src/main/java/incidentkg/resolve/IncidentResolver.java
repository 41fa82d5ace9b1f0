package incidentkg.resolve;

import incidentkg.extract.Mentions.DateMention;
import incidentkg.extract.Mentions.DurationMention;
import incidentkg.extract.Mentions.EntityMention;
import incidentkg.extract.Mentions.Found;
import incidentkg.extract.Mentions.HedgeMention;
import incidentkg.extract.Mentions.TallyMention;
import incidentkg.extract.Mentions.TriggerMention;
import incidentkg.model.AnnotatedArticle;
import incidentkg.model.Claim;
import incidentkg.model.Dependency;
import incidentkg.model.Entity;
import incidentkg.model.EntityClass;
import incidentkg.model.Fact;
import incidentkg.model.Incident;
import incidentkg.model.IncidentClass;
import incidentkg.model.IncidentClass.Family;
import incidentkg.model.RuleMatch;
import incidentkg.model.SegmentKind;
import incidentkg.model.Sentence;
import incidentkg.model.Span;
import incidentkg.model.Stage;
import incidentkg.model.Tally;
import incidentkg.model.TallyKind;
import incidentkg.rules.Gazetteer;
import incidentkg.rules.GazetteerEntry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns trigger words into incidents and attaches to them what the article says of them.
 *
 * <p>Coreference of incidents: a trigger with its own venue, city, country or date joins an earlier incident
 * of the same family that shares its venue or city (or country, when neither names a venue or city) and
 * whose date and places do not contradict it; otherwise it starts an incident. A bare trigger ("the attack",
 * "the siege", "hostages") joins the latest incident of its family in the same part of the page (the
 * story, or the teasers of other stories), else the most mentioned one; so does a trigger whose own
 * arguments name no city and no named venue ("the house", "yesterday"), when its dates and places agree. A
 * weak trigger that only joins ("wounded", "arrested") joins the incident its sentence names, and gives it
 * no places or dates. An incident's class is its highest-priority trigger's class.
 *
 * <p>Figures go to the incident whose trigger is nearest in their sentence, else to the incident of the
 * previous sentences of their paragraph, else to the story's main incident. A security operation at the
 * venue or city of an attack, on overlapping dates, is part of it, and its forces are respondents. A vehicle
 * named next to an incident word ({@code lexicon/vehicles.tsv}: "a convoy", "the bus") is what the incident hit,
 * not its venue.
 */
public final class IncidentResolver {
    private static final int NEAR = 10;
    /** How many sentences back a sentence without incident word may go on telling of the incident before it. */
    private static final int FOLLOW_UP = 2;
    private static final Set<String> PARTICIPATION = Set.of("perpetrator", "organizer", "victim", "target",
            "instrument", "claimedBy", "respondent", "conductedBy");

    private final Gazetteer gazetteer;
    private final Set<String> vehicles;

    /** {@code vehicles}: the lemmas of the nouns that name vehicles ({@code lexicon/vehicles.tsv}). */
    public IncidentResolver(Gazetteer gazetteer, Set<String> vehicles) {
        this.gazetteer = gazetteer;
        this.vehicles = Set.copyOf(vehicles);
    }

    /** What the article says of its incidents. */
    public record Result(List<Incident> incidents, List<Tally> tallies, List<Claim> claims, List<Fact> facts,
                         List<Entity> extraEntities) {}

    private final class Cluster {
        final List<TriggerMention> triggers = new ArrayList<>();
        IncidentClass cls;
        int priority = -1;
        String venue, city, country;
        LocalDate earliest, latest;
        Stage stage;
        final String context;
        final int order;
        String id;

        Cluster(String context, int order) {
            this.context = context;
            this.order = order;
        }

        Family family() { return cls.family(); }

        void add(TriggerMention t, Args a) {
            triggers.add(t);
            if (t.priority() > priority || cls == null) {
                if (cls == null || t.priority() > priority)
                    cls = t.cls();
                priority = Math.max(priority, t.priority());
            }
            // a weak trigger that only joins an incident ("killed", "wounded", "arrested") says where and when
            // the killing or the arrest happened, not the incident: it adds no places and no dates
            if (weak(t))
                return;
            if (venue == null) venue = a.venue;
            if (city == null) city = a.city;
            if (country == null) country = a.country;
            if (a.earliest != null && (earliest == null
                    || ChronoUnit.DAYS.between(a.earliest, a.latest) < ChronoUnit.DAYS.between(earliest, latest))) {
                earliest = a.earliest;
                latest = a.latest;
            }
            if (stage == null) stage = t.stage();
        }
    }

    /** {@code locality}: a street, neighbourhood, district or region named next to the trigger (not a city). */
    private record Args(String venue, String city, String country, String locality, LocalDate earliest,
                        LocalDate latest) {
        boolean bare() { return venue == null && city == null && country == null && earliest == null; }
    }

    public Result resolve(AnnotatedArticle doc, Found found, EntityResolver.Resolved ents, LocalDate articleDate) {
        String scope = Ids.slug(doc.article().id());
        Map<String, Entity> entity = new HashMap<>();
        for (Entity e : ents.entities())
            entity.put(e.id(), e);
        Lookup look = new Lookup(doc, found, ents);

        // 1. cluster triggers into incidents
        List<Cluster> clusters = new ArrayList<>();
        Map<Integer, Cluster> clusterOf = new HashMap<>();
        Map<Integer, Args> argsOf = new HashMap<>();
        for (TriggerMention t : found.triggers())
            argsOf.put(t.id(), args(t, look, found, entity, articleDate));
        for (TriggerMention t : found.triggers()) {
            Args a = argsOf.get(t.id());
            if (a.bare() || !t.creates() || vague(a, look))
                continue;
            Cluster match = null;
            for (Cluster c : clusters)
                if (c.cls.family() == t.cls().family() && compatible(c, a) && shares(c, a)) {
                    match = c;
                    break;
                }
            if (match == null) {
                match = new Cluster(look.context(t.sentence()), t.span().begin());
                clusters.add(match);
            }
            match.add(t, a);
            clusterOf.put(t.id(), match);
        }
        // the headline last: it sums up the incident the story tells, and is no earlier mention of it
        List<TriggerMention> rest = new ArrayList<>();
        for (TriggerMention t : found.triggers())
            if (!look.headline(t.sentence()))
                rest.add(t);
        for (TriggerMention t : found.triggers())
            if (look.headline(t.sentence()))
                rest.add(t);
        for (TriggerMention t : rest) {
            if (clusterOf.containsKey(t.id()))
                continue;
            Cluster c = antecedent(t, clusters, clusterOf, found, look);
            // "the house" and "her home" may be one building: venues named by common nouns do not tell incidents apart
            if (c != null && t.creates() && !compatible(c, argsOf.get(t.id()))
                    && !compatibleButUnnamedVenue(c, argsOf.get(t.id()), look))
                c = null;
            if (c == null && t.creates()) {
                c = new Cluster(look.context(t.sentence()), t.span().begin());
                clusters.add(c);
            }
            if (c != null) {
                c.add(t, argsOf.get(t.id()));
                clusterOf.put(t.id(), c);
            }
        }
        clusters.removeIf(c -> c.triggers.stream().noneMatch(TriggerMention::creates));

        // 2. places and dates follow from each other; a dateline's city is the place of incidents with none
        String dateline = datelineCity(doc, entity);
        if (dateline != null)
            for (Cluster c : clusters)
                if (c.venue == null && c.city == null && c.country == null && c.family() != Family.PLOT)
                    c.city = dateline;
        for (Cluster c : clusters)
            if (c.venue != null && c.city == null)
                for (Cluster o : clusters)
                    if (c.venue.equals(o.venue) && o.city != null)
                        c.city = o.city;
        for (Cluster c : clusters) {
            if (c.city != null && c.country == null)
                c.country = countryOf(c.city, entity);
        }

        // 3. relations read by rules, which may give dates ("five days after")
        List<Fact> facts = new ArrayList<>(ents.facts());
        List<Claim> claims = new ArrayList<>();
        Map<String, Entity> extra = new LinkedHashMap<>();
        for (RuleMatch m : doc.ruleMatches())
            applyRule(m, look, clusterOf, clusters, found, entity, extra, facts, claims, scope);

        // 4. ids and labels
        Set<String> taken = new HashSet<>();
        int n = 0;
        for (Cluster c : clusters) {
            n++;
            String place = c.venue != null && isNamed(c.venue, look) ? entity.get(c.venue).label() + " " : "";
            String where = c.city != null ? label(c.city, entity, extra) : c.country != null ? label(c.country, entity, extra) : null;
            String base = c.earliest != null && where != null
                    ? "incident/" + Ids.slug(c.earliest + " " + where + " " + place + familyWord(c.cls))
                    : "incident/" + scope + "-" + Ids.slug(c.cls.words()) + "-" + n;
            String id = base;
            for (int k = 2; taken.contains(id); k++)
                id = base + "-" + k;
            taken.add(id);
            c.id = id;
        }
        // the facts of rules were keyed by cluster; now they get ids
        List<Fact> resolvedFacts = new ArrayList<>();
        for (Fact f : facts)
            resolvedFacts.add(new Fact(ref(f.subject(), clusters), f.predicate(), ref(f.object(), clusters), f.evidence()));
        List<Claim> resolvedClaims = new ArrayList<>();
        for (Claim c : claims)
            resolvedClaims.add(new Claim(c.id(), ref(c.incident(), clusters), c.claimant(), c.reportedBy(),
                                         c.verified(), c.hedge(), c.evidence()));

        // 5. figures
        Cluster main = main(clusters, "main");
        List<Tally> tallies = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TallyMention tm : found.tallies()) {
            Cluster c = incidentFor(tm.sentence(), tm.numberToken(), found, clusterOf, look, clusters);
            if (c == null)
                c = main(clusters, look.context(tm.sentence()));
            if (c == null)
                c = main;
            if (c == null)
                continue;
            Reporters r = reporters(tm.sentence(), look, doc);
            HedgeMention h = hedge(tm.sentence(), "tally", found, look);
            String population = tm.population() == null ? null : ents.entityOf().get(tm.population());
            String key = c.id + tm.kind() + tm.count() + tm.qualifier() + r.by + population;
            if (!seen.add(key))
                continue;
            String id = "tally/" + scope + "/" + tm.span().begin() + "-" + tm.span().end() + "-"
                    + tm.kind().name().toLowerCase(Locale.ROOT);
            tallies.add(new Tally(id, c.id, tm.kind(), tm.count(), tm.qualifier(), population, r.by, r.via, articleDate,
                    h == null ? null : Boolean.FALSE, h == null ? null : h.phrase(), tm.span(),
                    tm.span().of(doc.text()).replaceAll("\\s+", " ")));
            if (population != null && c.cls.family() != Family.SECURITY && tm.kind().countsVictims())
                resolvedFacts.add(new Fact(c.id, "victim", population, tm.span()));
            if (population != null && c.cls.family() == Family.SECURITY && tm.kind() == TallyKind.Killed)
                resolvedFacts.add(new Fact(c.id, "victim", population, tm.span()));
        }

        // 6. places, participants near triggers, sub-events
        // the incidents and sentences where a rule read who did it: a guess from nearness gives way to the rule there
        Set<String> ruled = new HashSet<>();
        for (Fact f : resolvedFacts)
            if (f.predicate().equals("perpetrator") && f.evidence() != null)
                ruled.add(f.subject() + " " + look.sentenceAt(f.evidence().begin()));
        for (Cluster c : clusters) {
            TriggerMention first = c.triggers.get(0);
            Span ev = first.span();
            // a vehicle is what the incident hit, not where it happened ("a bomb exploded under a convoy")
            if (c.venue != null && vehicle(c.venue, look)) {
                if (c.family() == Family.ATTACK)
                    resolvedFacts.add(new Fact(c.id, "target", c.venue, ev));
                c.venue = null;
            }
            if (c.venue != null) {
                resolvedFacts.add(new Fact(c.id, "venue", c.venue, ev));
                if (c.family() == Family.ATTACK)
                    resolvedFacts.add(new Fact(c.id, "target", c.venue, ev));
                if (c.city != null)
                    resolvedFacts.add(new Fact(c.venue, "locatedIn", c.city, null));
                else if (c.country != null)
                    resolvedFacts.add(new Fact(c.venue, "locatedIn", c.country, null));
            }
            if (c.city != null)
                resolvedFacts.add(new Fact(c.id, "city", c.city, null));
            if (c.country != null)
                resolvedFacts.add(new Fact(c.id, "country", c.country, null));
            // the most specific place the text gives: the venue; else a street, neighbourhood or district named
            // next to a trigger of the incident; else the city; else a region; else the country
            String street = null, region = null;
            for (TriggerMention t : c.triggers) {
                Args a = argsOf.get(t.id());
                if (weak(t) || a.locality() == null)
                    continue;
                if (entityClass(a.locality(), entity) == EntityClass.Region) {
                    if (region == null)
                        region = a.locality();
                } else if (street == null)
                    street = a.locality();
            }
            String place = c.venue != null ? c.venue : street != null ? street : c.city != null ? c.city
                    : region != null ? region : c.country;
            if (place != null)
                resolvedFacts.add(new Fact(c.id, "place", place, null));
            for (TriggerMention t : c.triggers)
                nearbyParticipants(t, c, look, resolvedFacts, ruled);
        }
        Map<String, String> weaponWords = new HashMap<>();
        for (var w : found.weapons()) {
            TriggerMention best = null;
            for (TriggerMention t : found.triggers())
                if (t.sentence() == w.sentence() && clusterOf.containsKey(t.id()) && clusters.contains(clusterOf.get(t.id()))
                        && closest(t, w.first(), w.last(), found) && t.creates())
                    best = t;
            if (best != null && clusterOf.get(best.id()).family() == Family.ATTACK) {
                // an incident's weapon is named as the article first names it ("mortars", "machinegun"), once
                String incident = clusterOf.get(best.id()).id;
                String text = weaponWords.computeIfAbsent(incident + " " + w.label(), k -> w.text());
                resolvedFacts.add(Fact.literal(incident, "instrument", text, w.span()));
            }
        }
        for (Cluster op : clusters) {
            if (op.family() != Family.SECURITY)
                continue;
            for (Cluster at : clusters) {
                if (at.family() != Family.ATTACK || !at.context.equals(op.context))
                    continue;
                boolean samePlace = op.venue != null && op.venue.equals(at.venue)
                        || op.venue == null && op.city != null && op.city.equals(at.city);
                if (samePlace && overlap(op, at)) {
                    resolvedFacts.add(new Fact(op.id, "partOf", at.id, null));
                    for (Fact f : List.copyOf(resolvedFacts))
                        if (f.subject().equals(op.id) && f.predicate().equals("conductedBy"))
                            resolvedFacts.add(new Fact(at.id, "respondent", f.object(), f.evidence()));
                    if (op.earliest == null && at.earliest != null) {
                        op.earliest = at.earliest;
                        op.latest = at.latest;
                    }
                }
            }
        }
        // respondents found at a venue ("police had surrounded the hotel")
        List<Fact> out = new ArrayList<>();
        for (Fact f : resolvedFacts) {
            if (f.subject().startsWith("venue:")) {
                String venue = f.subject().substring(6);
                for (Cluster c : clusters)
                    if (venue.equals(c.venue) && c.family() == Family.ATTACK)
                        out.add(new Fact(c.id, f.predicate(), f.object(), f.evidence()));
                continue;
            }
            if (f.subject().startsWith("cluster:") || f.object().startsWith("cluster:"))
                continue;
            out.add(f);
        }
        // an armed group the article only describes ("the leftist group") is the one it names
        Map<String, String> named = namedGroups(out, resolvedClaims, entity, look);
        if (!named.isEmpty()) {
            out.replaceAll(f -> (f.predicate().equals("perpetrator") || f.predicate().equals("claimedBy"))
                    && named.containsKey(f.object()) ? new Fact(f.subject(), f.predicate(), named.get(f.object()),
                    f.evidence()) : f);
            resolvedClaims.replaceAll(c -> named.containsKey(c.claimant()) ? new Claim(c.id(), c.incident(),
                    named.get(c.claimant()), c.reportedBy(), c.verified(), c.hedge(), c.evidence()) : c);
        }
        // an organization that claims an incident says it did it: it is a perpetrator (as reported)
        for (Claim c : resolvedClaims)
            if (!c.incident().startsWith("cluster:")) {
                out.add(new Fact(c.incident(), "claimedBy", c.claimant(), c.evidence()));
                Entity claimant = entity.get(c.claimant());
                if (claimant != null && claimant.cls().isOrganization())
                    out.add(new Fact(c.incident(), "perpetrator", c.claimant(), c.evidence()));
            }
        resolvedClaims.removeIf(c -> c.incident().startsWith("cluster:"));
        // fighters are described by a perpetrator noun ("rebels", "terrorists"), not by "men" or "people"
        Set<String> fighters = new HashSet<>();
        for (EntityMention m : found.entities())
            if (m.cls() == EntityClass.PersonGroup && m.role().equals("perpetrator"))
                fighters.add(look.entityOf(m));
        Set<String> attacks = new HashSet<>();
        for (Cluster c : clusters)
            if (c.family() == Family.ATTACK)
                attacks.add(c.id);
        groupPerpetrators(out, entity, fighters, attacks);
        onePerpetratorPerHead(out, found, look);

        // an incident named only by common words ("attack", "shot") with nothing else said of it is not
        // reported as an incident (sports, politics): it needs a venue, a participant, a figure or a weapon
        Set<String> weak = new HashSet<>();
        for (Cluster c : clusters)
            if (c.priority <= 2 && c.venue == null) {
                boolean said = tallies.stream().anyMatch(t -> t.incident().equals(c.id))
                        || out.stream().anyMatch(f -> f.subject().equals(c.id) && PARTICIPATION.contains(f.predicate())
                                || f.object().equals(c.id) && !f.predicate().equals("follows"));
                if (!said)
                    weak.add(c.id);
            }
        clusters.removeIf(c -> weak.contains(c.id));
        out.removeIf(f -> weak.contains(f.subject()) || weak.contains(f.object()));
        tallies.removeIf(t -> weak.contains(t.incident()));
        resolvedClaims.removeIf(c -> weak.contains(c.incident()));

        List<Incident> incidents = new ArrayList<>();
        for (Cluster c : clusters) {
            List<Span> ev = new ArrayList<>();
            for (TriggerMention t : c.triggers)
                ev.add(t.span());
            boolean day = c.earliest != null && c.earliest.equals(c.latest);
            incidents.add(new Incident(c.id, c.cls, incidentLabel(c, entity, extra), c.earliest, c.latest, day,
                                       c.stage, ev));
        }
        return new Result(incidents, tallies, resolvedClaims, dedupe(out), new ArrayList<>(extra.values()));
    }

    /**
     * The armed group behind perpetrators described as its members: the group or force named inside the
     * description ("Liberation Front guerrillas", "National Guard troops") is a perpetrator too; so is the one
     * armed group an article names, of an attack whose perpetrators are only unnamed fighters ("the rebels",
     * "guerrillas"); where the article names several, the one named nearest to the fighters (within
     * {@value #GROUP_REACH} characters). Only attacks are put on an armed group that way: the protesters of a
     * demonstration are no group's fighters.
     */
    private static void groupPerpetrators(List<Fact> facts, Map<String, Entity> entity, Set<String> fighterIds,
                                          Set<String> attacks) {
        Map<String, List<String>> memberOf = new HashMap<>();
        for (Fact f : facts)
            if (f.predicate().equals("memberOf") && entity.containsKey(f.object())
                    && (entity.get(f.object()).cls() == EntityClass.ArmedGroup
                        || entity.get(f.object()).cls() == EntityClass.SecurityForce))
                memberOf.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f.object());
        Set<String> armedGroups = new LinkedHashSet<>();
        for (Entity e : entity.values())
            if (e.cls() == EntityClass.ArmedGroup)
                armedGroups.add(e.id());
        Map<String, List<Fact>> perpetrators = new LinkedHashMap<>();
        for (Fact f : facts)
            if (f.predicate().equals("perpetrator"))
                perpetrators.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
        perpetrators.forEach((incident, perps) -> {
            boolean organization = false;
            for (Fact f : perps) {
                Entity e = entity.get(f.object());
                if (e != null && e.cls().isOrganization())
                    organization = true;
                for (String org : memberOf.getOrDefault(f.object(), List.of())) {
                    facts.add(new Fact(incident, "perpetrator", org, f.evidence()));
                    organization = true;
                }
            }
            boolean fighters = perps.stream().allMatch(f -> fighterIds.contains(f.object()));
            if (organization || !fighters || armedGroups.isEmpty() || !attacks.contains(incident))
                return;
            List<Span> evidence = perps.stream().map(Fact::evidence).filter(Objects::nonNull).toList();
            String group = armedGroups.size() == 1 ? armedGroups.iterator().next()
                    : nearestGroup(evidence, armedGroups, entity);
            if (group != null)
                facts.add(new Fact(incident, "perpetrator", group, perps.get(0).evidence()));
        });
    }

    /**
     * The armed groups the article only describes ("the leftist group", "a terrorist organization") that carry out
     * or claim an incident, each with the named group it stands for: the named armed group mentioned nearest to it
     * (within {@value #GROUP_REACH} characters), else the article's one named armed group. Only a group the
     * article first calls definite ("the group") points back to a name; "an Islamist group" is another group, and
     * so is one said to be affiliated with another. A named organization the article makes a perpetrator counts
     * as an armed group; security forces, government bodies, companies and news organizations do not.
     */
    private static Map<String, String> namedGroups(List<Fact> facts, List<Claim> claims, Map<String, Entity> entity,
                                                   Lookup look) {
        Set<String> groups = new LinkedHashSet<>();
        for (Entity e : entity.values())
            if (e.cls() == EntityClass.ArmedGroup && isNamed(e.id(), look))
                groups.add(e.id());
        Set<String> described = new LinkedHashSet<>();
        for (Fact f : facts) {
            Entity e = entity.get(f.object());
            if (e == null || !f.predicate().equals("perpetrator"))
                continue;
            if (e.cls() == EntityClass.Organization && isNamed(e.id(), look))
                groups.add(e.id());
            if (e.cls() == EntityClass.ArmedGroup && !isNamed(e.id(), look))
                described.add(e.id());
        }
        for (Claim c : claims) {
            Entity e = entity.get(c.claimant());
            if (e != null && e.cls() == EntityClass.ArmedGroup && !isNamed(e.id(), look))
                described.add(e.id());
        }
        for (Fact f : facts)
            if (f.predicate().equals("affiliatedWith") || f.predicate().equals("memberOf"))
                described.remove(f.subject());
        described.removeIf(d -> !look.definiteFirst(d));
        Map<String, String> out = new HashMap<>();
        if (groups.isEmpty())
            return out;
        for (String d : described) {
            String best = nearestGroup(entity.get(d).evidence(), groups, entity);
            if (best == null && groups.size() == 1)
                best = groups.iterator().next();
            if (best != null)
                out.put(d, best);
        }
        return out;
    }

    /** How far from the fighters' words an armed group may be named to be theirs, in characters. */
    private static final int GROUP_REACH = 400;

    /**
     * The armed group of {@code groups} named nearest to any of the spans {@code from}, within
     * {@value #GROUP_REACH} characters; else null.
     */
    private static String nearestGroup(Collection<Span> from, Set<String> groups, Map<String, Entity> entity) {
        String best = null;
        int bestDist = GROUP_REACH;
        for (Span f : from)
            for (String g : groups)
                for (Span s : entity.get(g).evidence()) {
                    int d = distance(s.begin(), s.end() - 1, f.begin(), f.end() - 1);
                    if (d < bestDist) {
                        bestDist = d;
                        best = g;
                    }
                }
        return best;
    }

    /**
     * Unnamed perpetrators of one incident described with the same noun are one group ("urban guerrillas", "six
     * guerrillas", "the guerrillas"): the first description stands for them all.
     */
    private static void onePerpetratorPerHead(List<Fact> facts, Found found, Lookup look) {
        Map<String, String> head = new HashMap<>();
        for (EntityMention m : found.entities())
            if (!m.named() && m.cls() == EntityClass.PersonGroup)
                head.putIfAbsent(look.entityOf(m), m.headLemma());
        Map<String, String> first = new HashMap<>();
        facts.removeIf(f -> f.predicate().equals("perpetrator") && head.containsKey(f.object())
                && !first.computeIfAbsent(f.subject() + " " + head.get(f.object()), k -> f.object()).equals(f.object()));
    }

    private static List<Fact> dedupe(List<Fact> facts) {
        Map<String, Fact> out = new LinkedHashMap<>();
        for (Fact f : facts) {
            String key = f.subject() + " " + f.predicate() + " " + f.object();
            Fact old = out.get(key);
            if (old == null || old.evidence() == null && f.evidence() != null)
                out.put(key, f);
        }
        return new ArrayList<>(out.values());
    }

    private static String familyWord(IncidentClass cls) {
        return switch (cls.family()) {
            case ATTACK -> "attack";
            case SECURITY -> "operation";
            case PLOT -> "plot";
            case DEMONSTRATION -> "demonstration";
            case OCCUPATION -> "occupation";
        };
    }

    private static boolean isNamed(String entityId, Lookup look) {
        return look.namedEntities.contains(entityId);
    }

    private static String label(String id, Map<String, Entity> entity, Map<String, Entity> extra) {
        Entity e = entity.containsKey(id) ? entity.get(id) : extra.get(id);
        return e == null ? id.replaceAll(".*/", "") : e.label();
    }

    private String incidentLabel(Cluster c, Map<String, Entity> entity, Map<String, Entity> extra) {
        String words = c.cls.words();
        StringBuilder sb = new StringBuilder(Character.toUpperCase(words.charAt(0)) + words.substring(1));
        if (c.venue != null)
            sb.append(" at ").append(label(c.venue, entity, extra));
        if (c.city != null)
            sb.append(c.venue != null ? ", " : " in ").append(label(c.city, entity, extra));
        else if (c.country != null)
            sb.append(c.venue != null ? ", " : " in ").append(label(c.country, entity, extra));
        if (c.earliest != null)
            sb.append(" (").append(c.earliest.equals(c.latest) ? c.earliest.toString()
                    : c.earliest.getDayOfMonth() == 1 && c.latest.equals(c.earliest.plusMonths(1).minusDays(1))
                            ? c.earliest.toString().substring(0, 7)
                            : c.earliest.getDayOfYear() == 1 && c.latest.getDayOfYear() >= 365
                                    && c.earliest.getYear() == c.latest.getYear()
                                    ? String.valueOf(c.earliest.getYear()) : c.earliest + " – " + c.latest).append(")");
        return sb.toString();
    }

    private static boolean overlap(Cluster a, Cluster b) {
        if (a.earliest == null || b.earliest == null)
            return true;
        return !a.latest.isBefore(b.earliest) && !b.latest.isBefore(a.earliest);
    }

    /** A trigger that only joins an incident and ranks lowest ("killed", "wounded", "arrested"). */
    private static boolean weak(TriggerMention t) {
        return !t.creates() && t.priority() <= 1;
    }

    /**
     * Whether a trigger's own arguments say too little to tell its incident from another: no city and no named
     * venue ("the house", "in Peru", "yesterday"). Such a trigger joins the incident it follows when they agree.
     */
    private static boolean vague(Args a, Lookup look) {
        return a.city == null && (a.venue == null || !isNamed(a.venue, look));
    }

    private static boolean compatible(Cluster c, Args a) {
        if (c.venue != null && a.venue != null && !c.venue.equals(a.venue))
            return false;
        if (c.city != null && a.city != null && !c.city.equals(a.city))
            return false;
        if (c.country != null && a.country != null && !c.country.equals(a.country))
            return false;
        if (c.earliest != null && a.earliest != null
                && (c.latest.isBefore(a.earliest) || a.latest.isBefore(c.earliest)))
            return false;
        return true;
    }

    /**
     * Whether an incident and a trigger's arguments disagree only in venues that are common nouns ("the house", "his
     * home"): two words for one building.
     */
    private static boolean compatibleButUnnamedVenue(Cluster c, Args a, Lookup look) {
        if (c.venue == null || a.venue == null || isNamed(c.venue, look) || isNamed(a.venue, look))
            return false;
        Args without = new Args(null, a.city, a.country, a.locality, a.earliest, a.latest);
        return compatible(c, without);
    }

    private static boolean shares(Cluster c, Args a) {
        if (c.venue != null && c.venue.equals(a.venue) || c.city != null && c.city.equals(a.city))
            return true;
        return c.venue == null && a.venue == null && c.city == null && a.city == null
                && c.country != null && c.country.equals(a.country);
    }

    /** The entity of the city a wire dateline names ("LIMA, 10 JAN 90 (EFE) --"), if the article has it. */
    private String datelineCity(AnnotatedArticle doc, Map<String, Entity> entity) {
        String place = doc.article().metadata().datelinePlace().orElse(null);
        if (place == null)
            return null;
        for (GazetteerEntry g : gazetteer.lookup(place, true))
            if (g.type() == EntityClass.City && entity.containsKey("place/" + g.id()))
                return "place/" + g.id();
        return null;
    }

    private String countryOf(String cityId, Map<String, Entity> entity) {
        Entity e = entity.get(cityId);
        if (e == null || e.gazetteerId() == null)
            return null;
        GazetteerEntry g = gazetteer.get(e.gazetteerId()).orElse(null);
        if (g == null)
            return null;
        for (GazetteerEntry c : gazetteer.containers(g))
            if (c.type() == EntityClass.Country)
                return "place/" + c.id();
        return null;
    }

    private static EntityClass entityClass(String id, Map<String, Entity> entity) {
        Entity e = entity.get(id);
        return e == null ? null : e.cls();
    }

    /** The venue, city, country, locality and date next to a trigger, in its sentence. */
    private Args args(TriggerMention t, Lookup look, Found found, Map<String, Entity> entity, LocalDate articleDate) {
        String venue = null, city = null, country = t.country() == null ? null : "place/" + t.country();
        String locality = null;
        int venueDist = 7, cityDist = NEAR + 1, countryDist = NEAR + 1, localityDist = NEAR + 1;
        for (EntityMention m : look.mentionsIn(t.sentence())) {
            int d = distance(m.first(), m.last(), t.first(), t.last());
            String id = look.entityOf(m);
            if (!closest(t, m.first(), m.last(), found) || ridden(m, look))
                continue;
            if (m.cls() == EntityClass.Venue && d < venueDist) {
                venue = id;
                venueDist = d;
                if (m.country() != null && country == null)
                    country = "place/" + m.country();
            } else if (m.cls() == EntityClass.City && d < cityDist) {
                city = id;
                cityDist = d;
            } else if (m.cls() == EntityClass.Country && d < countryDist && !m.label().isEmpty()) {
                country = id;
                countryDist = d;
            } else if ((m.cls() == EntityClass.Place || m.cls() == EntityClass.Region) && d < localityDist) {
                locality = id;
                localityDist = d;
            }
        }
        LocalDate earliest = null, latest = null;
        int dateDist = Integer.MAX_VALUE;
        for (DateMention dm : found.dates())
            if (dm.sentence() == t.sentence() && !dm.reportingDate() && closest(t, dm.first(), dm.last(), found)
                    && (articleDate == null || t.cls().family() == Family.PLOT || !dm.earliest().isAfter(articleDate))) {
                int d = distance(dm.first(), dm.last(), t.first(), t.last());
                if (d < dateDist) {
                    dateDist = d;
                    earliest = dm.earliest();
                    latest = dm.latest();
                }
            }
        if (city != null && country != null && !country.equals(countryOf(city, entity)) && countryOf(city, entity) != null)
            country = countryOf(city, entity);
        return new Args(venue, city, country, locality, earliest, latest);
    }

    /**
     * Whether mention {@code m} names a vehicle the perpetrators came in: "a suicide bomber on a motorcycle",
     * "gunmen in a pickup truck", "a bomber riding a motorcycle". It was not hit, nor where the incident was.
     */
    private boolean ridden(EntityMention m, Lookup look) {
        if (!vehicles.contains(m.headLemma()))
            return false;
        Sentence s = look.doc.sentences().get(m.sentence());
        for (EntityMention p : look.mentionsIn(m.sentence())) {
            if (!p.perpetrator())
                continue;
            // down from the perpetrator noun through a phrase that describes it ("on a motorcycle", "riding a
            // motorcycle"), a few steps at most, never into a clause of what it did ("who attacked the bus")
            List<Integer> reach = new ArrayList<>();
            for (Dependency d : s.dependentsOf(p.head()))
                if (d.relation().startsWith("nmod") || d.relation().equals("acl"))
                    reach.add(d.dependent());
            for (int step = 0; step < 3 && !reach.isEmpty(); step++) {
                if (reach.contains(m.head()))
                    return true;
                List<Integer> next = new ArrayList<>();
                for (int k : reach)
                    for (Dependency d : s.dependentsOf(k))
                        if (!d.relation().matches("acl:relcl|conj.*|parataxis|ccomp|advcl.*"))
                            next.add(d.dependent());
                reach = next;
            }
        }
        return false;
    }

    /** Whether the entity is named by a noun of a vehicle ("convoy", "the car"). */
    private boolean vehicle(String entityId, Lookup look) {
        for (EntityMention m : look.found.entities())
            if (entityId.equals(look.entityOf(m)) && vehicles.contains(m.headLemma()))
                return true;
        return false;
    }

    /** Whether no other incident-making trigger of the sentence is nearer to tokens {@code first..last}. */
    private static boolean closest(TriggerMention t, int first, int last, Found found) {
        int mine = distance(first, last, t.first(), t.last());
        for (TriggerMention o : found.triggers())
            if (o != t && o.creates() && o.sentence() == t.sentence()
                    && distance(first, last, o.first(), o.last()) < mine)
                return false;
        return true;
    }

    private static int distance(int f1, int l1, int f2, int l2) {
        if (l1 < f2)
            return f2 - l1;
        if (l2 < f1)
            return f1 - l2;
        return 0;
    }

    private static Cluster antecedent(TriggerMention t, List<Cluster> clusters, Map<Integer, Cluster> clusterOf,
                                      Found found, Lookup look) {
        String context = look.context(t.sentence());
        // a weak trigger ("killed" in "killed in a police raid") belongs to the incident its sentence names
        if (weak(t))
            for (TriggerMention o : found.triggers())
                if (o != t && o.sentence() == t.sentence() && o.creates() && clusterOf.containsKey(o.id()))
                    return clusterOf.get(o.id()).family() == t.cls().family() ? clusterOf.get(o.id()) : null;
        Cluster best = null;
        int bestPos = -1;
        for (TriggerMention o : found.triggers()) {
            Cluster c = clusterOf.get(o.id());
            if (c == null || c.family() != t.cls().family() || !c.context.equals(context))
                continue;
            if (o.span().begin() < t.span().begin() && o.span().begin() > bestPos
                    && look.segmentOf(o.sentence()) == look.segmentOf(t.sentence())) {
                best = c;
                bestPos = o.span().begin();
            }
        }
        if (best != null)
            return best;
        // else the incident the story tells most of, the earlier told on a tie; but a trigger that can start an
        // incident tells of one named later only when that is named in the same paragraph or the next sentences,
        // or when it is a headline: a story's lead ("a blast on Friday injured 13") is not the recalled attack of
        // its last paragraph ("five people were killed in an attack in a city in 2018")
        Cluster main = null;
        for (Cluster c : clusters)
            if (c.family() == t.cls().family() && c.context.equals(context)
                    && (c.family() == Family.ATTACK || c.cls == t.cls())
                    && (!t.creates() || foretold(c, t, look))
                    && (main == null || c.triggers.size() > main.triggers.size()
                        || c.triggers.size() == main.triggers.size() && firstTold(c) < firstTold(main)))
                main = c;
        return main;
    }

    private static int firstTold(Cluster c) {
        int first = Integer.MAX_VALUE;
        for (TriggerMention t : c.triggers)
            first = Math.min(first, t.span().begin());
        return first;
    }

    /** Whether trigger {@code t} may tell of incident {@code c}: it comes after c's first mention, or near it. */
    private static boolean foretold(Cluster c, TriggerMention t, Lookup look) {
        TriggerMention first = null;
        for (TriggerMention o : c.triggers)
            if (first == null || o.span().begin() < first.span().begin())
                first = o;
        if (first.span().begin() < t.span().begin() || look.headline(t.sentence()))
            return true;
        return look.segmentOf(first.sentence()) == look.segmentOf(t.sentence())
                || first.sentence() - t.sentence() <= FOLLOW_UP;
    }

    private static Cluster main(List<Cluster> clusters, String context) {
        Cluster main = null;
        for (Cluster c : clusters)
            if (c.context.equals(context) && c.family() == Family.ATTACK
                    && (main == null || c.triggers.size() > main.triggers.size()))
                main = c;
        return main;
    }

    private static Cluster incidentFor(int sentence, int token, Found found, Map<Integer, Cluster> clusterOf,
                                       Lookup look, List<Cluster> clusters) {
        Cluster best = null;
        int bestDist = Integer.MAX_VALUE;
        for (TriggerMention t : found.triggers()) {
            Cluster c = clusterOf.get(t.id());
            if (t.sentence() != sentence || c == null || !clusters.contains(c))
                continue;
            int d = distance(t.first(), t.last(), token, token);
            if (d < bestDist) {
                bestDist = d;
                best = c;
            }
        }
        if (best != null)
            return best;
        // the incident of the previous sentences of the same paragraph
        Span segment = look.segmentOf(sentence);
        for (int s = sentence - 1; s >= 0 && look.segmentOf(s) == segment; s--)
            for (TriggerMention t : found.triggers())
                if (t.sentence() == s && clusterOf.containsKey(t.id()) && clusters.contains(clusterOf.get(t.id())))
                    return clusterOf.get(t.id());
        return null;
    }

    private record Reporters(List<String> by, List<String> via) {}

    private static Reporters reporters(int sentence, Lookup look, AnnotatedArticle doc) {
        Set<String> by = new LinkedHashSet<>(), via = new LinkedHashSet<>();
        for (RuleMatch m : doc.ruleMatches()) {
            if (!m.relation().equals("reportedBy") || m.sentence() != sentence)
                continue;
            for (String role : List.of("subject", "also"))
                if (m.nodes().containsKey(role))
                    for (EntityMention e : look.overlapping(sentence, m.nodes().get(role + "^"), m.nodes().get(role)))
                        if (e.cls().isAgent() && !e.role().equals("victim") && !e.role().equals("perpetrator"))
                            by.add(look.entityOf(e));
            if (m.nodes().containsKey("via"))
                for (EntityMention e : look.overlapping(sentence, m.nodes().get("via^"), m.nodes().get("via")))
                    if (e.cls().isOrganization())
                        via.add(look.entityOf(e));
        }
        boolean others = by.stream().anyMatch(id -> !look.isNews(id));
        if (others)
            for (String id : List.copyOf(by))
                if (look.isNews(id)) {
                    by.remove(id);
                    via.add(id);
                }
        via.removeAll(by);
        return new Reporters(new ArrayList<>(by), new ArrayList<>(via));
    }

    private static HedgeMention hedge(int sentence, String about, Found found, Lookup look) {
        for (HedgeMention h : found.hedges()) {
            if (h.sentence() == sentence && (h.about().equals(about) || h.about().equals("any")))
                return h;
            if (h.sentence() == sentence + 1 && h.about().equals(about)
                    && look.segmentOf(sentence) == look.segmentOf(sentence + 1))
                return h;
        }
        return null;
    }

    private static String ref(String s, List<Cluster> clusters) {
        if (s.startsWith("cluster#")) {
            int i = Integer.parseInt(s.substring(8));
            for (Cluster c : clusters)
                if (c.order == i)
                    return c.id;
            return "cluster:" + i;
        }
        return s;
    }

    private static String key(Cluster c) { return "cluster#" + c.order; }

    /** Perpetrators, respondents and forces named next to a trigger in its sentence. */
    private static void nearbyParticipants(TriggerMention t, Cluster c, Lookup look, List<Fact> out, Set<String> ruled) {
        boolean read = ruled.contains(c.id + " " + t.sentence());
        for (EntityMention m : look.mentionsIn(t.sentence())) {
            int d = distance(m.first(), m.last(), t.first(), t.last());
            // an armed group or a perpetrator noun ("terrorists") named anywhere in the sentence of the trigger
            // nearest to it is suspected of it
            boolean group = m.cls() == EntityClass.ArmedGroup && m.role().equals("-");
            boolean suspect = group || m.role().equals("perpetrator");
            // a group counted among the dead, the wounded or the held ("two dozen fighters were killed in rebel
            // attacks", "seven Taliban militants were killed"), and a group named in its description, are what
            // the incident hit, not who carried it out
            if (suspect && look.countedVictim(m))
                continue;
            // far from the trigger, only where no rule of the sentence said who did it ("eight soldiers accused of
            // assassinating the priests ... talks with the guerrillas")
            if (d > 6 && !(suspect && !read && t.creates() && closest(t, m.first(), m.last(), look.found)))
                continue;
            String id = look.entityOf(m);
            String role = group ? "perpetrator" : m.role();
            switch (role) {
                case "perpetrator" -> {
                    if (c.family() != Family.SECURITY)
                        out.add(new Fact(c.id, "perpetrator", id, m.span().union(t.span())));
                }
                case "respondent" -> out.add(new Fact(c.id, c.family() == Family.SECURITY ? "conductedBy" : "respondent",
                        id, m.span().union(t.span())));
                default -> { }
            }
        }
    }

    private void applyRule(RuleMatch m, Lookup look, Map<Integer, Cluster> clusterOf, List<Cluster> clusters,
                           Found found, Map<String, Entity> entity, Map<String, Entity> extra, List<Fact> facts, List<Claim> claims,
                           String scope) {
        Integer s0 = m.nodes().get("subject^"), s1 = m.nodes().get("subject");
        Integer o0 = m.nodes().get("object^"), o1 = m.nodes().get("object");
        if (s0 == null || o0 == null)
            return;
        int sentence = m.sentence();
        Span evidence = look.span(sentence, Math.min(s0, o0), Math.max(s1, o1));
        switch (m.relation()) {
            case "operatedBy", "affiliatedWith" -> {
                EntityMention a = look.best(sentence, s0, s1, m.relation().equals("operatedBy") ? "place" : "agent");
                EntityMention b = look.best(sentence, o0, o1, "organization");
                if (a != null && b != null && !look.entityOf(a).equals(look.entityOf(b)))
                    facts.add(new Fact(look.entityOf(a), m.relation(), look.entityOf(b),
                                       evidence.union(a.span()).union(b.span())));
            }
            case "killedIn", "suspectIn" -> {
                // every person the subject names: "arrested, including Ana Ruiz, Pedro Diaz and Luis Vega"
                Cluster c = look.cluster(sentence, o0, o1, clusterOf);
                if (c != null)
                    for (EntityMention p : look.overlapping(sentence, s0, s1))
                        if (p.cls() == EntityClass.Person && !ofPhrase(look.doc.sentences().get(sentence), p.first(), s0))
                            facts.add(new Fact(look.entityOf(p), m.relation(), key(c), evidence.union(p.span())));
            }
            case "organizer", "perpetrator", "conductedBy", "target", "victim", "respondent" -> {
                // a bare plural incident noun speaks of incidents in general ("murders of labor leaders",
                // "attacks against the pipeline"): who or what they hit is no victim or target of this one
                if ((m.relation().equals("victim") || m.relation().equals("target")) && s0.equals(s1)
                        && generic(look.doc.sentences().get(sentence), s0, look.found))
                    return;
                Cluster c = look.cluster(sentence, s0, s1, clusterOf);
                // what a violent verb hits in a sentence without incident word ("they also blew up two pylons")
                // was hit in the incident of the sentences before it in its paragraph, or, before any incident
                // word, in the story's main incident (for perpetrators and victims this cost more than it gave)
                boolean verb = s0.equals(s1) && look.doc.sentences().get(sentence).tokens().get(s0).pos().startsWith("VB");
                if (c == null && verb && m.relation().equals("target"))
                    c = previous(sentence, look, clusterOf, clusters);
                // who wields a weapon in such a sentence ("two men placed the explosive devices") carried out the
                // incident of the sentences before it
                if (c == null && verb && m.relation().equals("perpetrator")
                        && found.weapons().stream().anyMatch(w -> w.sentence() == sentence))
                    c = previous(sentence, look, clusterOf, clusters);
                // who a noun names as a victim in a sentence without incident word ("the victims were …", "the bodies
                // of …") was hit in the incident of the sentences before it, or in the story's main incident
                if (c == null && m.relation().equals("victim") && !verb)
                    c = previous(sentence, look, clusterOf, clusters);
                String want = switch (m.relation()) {
                    case "organizer" -> "person";
                    case "target" -> "target";
                    case "victim" -> "victim";
                    case "conductedBy" -> "force";
                    default -> "agent";
                };
                EntityMention o = look.best(sentence, o0, o1, want);
                // the people joined to a victim by "and" are victims too ("the bodies of Ana Ruiz, a judge, and Luis
                // Vega")
                List<EntityMention> others = m.relation().equals("victim")
                        ? look.conjuncts(sentence, o0, o1, want) : List.of();
                if (o == null && !others.isEmpty())
                    o = others.get(0);
                String object = o == null ? null : look.entityOf(o);
                if (o != null)
                    evidence = evidence.union(o.span());
                if (object == null && m.relation().equals("conductedBy"))
                    object = demonymCountry(look, sentence, o0, o1, entity, extra);
                if (object == null)
                    return;
                if (c == null && (m.relation().equals("respondent") || m.relation().equals("victim"))) {
                    EntityMention venue = look.best(sentence, s0, s1, "place");
                    if (venue != null)
                        facts.add(new Fact("venue:" + look.entityOf(venue), m.relation(), object, evidence));
                    return;
                }
                if (c == null)
                    return;
                if (m.relation().equals("conductedBy") && c.family() != Family.SECURITY)
                    return;
                String predicate = m.relation().equals("perpetrator") && c.family() == Family.SECURITY
                        ? "conductedBy" : m.relation();
                facts.add(new Fact(key(c), predicate, object, evidence));
                for (EntityMention other : others)
                    if (other != o)
                        facts.add(new Fact(key(c), predicate, look.entityOf(other), evidence.union(other.span())));
                if (m.relation().equals("organizer"))
                    facts.add(new Fact(key(c), "perpetrator", object, evidence));
            }
            case "claimedBy" -> {
                Cluster c = look.cluster(sentence, s0, s1, clusterOf);
                // "X claimed responsibility." claims the incident of the sentences before it in its paragraph,
                // else the story's main one
                if (c == null)
                    c = previous(sentence, look, clusterOf, clusters);
                if (c == null)
                    c = main(clusters, look.context(sentence));
                EntityMention o = claimant(look, sentence, o0, o1, m.nodes().get("gap^"), m.nodes().get("gap"));
                if (c == null || o == null)
                    return;
                evidence = evidence.union(o.span());
                Reporters r = reporters(sentence, look, look.doc);
                HedgeMention h = hedge(sentence, "claim", found, look);
                claims.add(new Claim("claim/" + scope + "/" + evidence.begin() + "-" + evidence.end(), key(c),
                        look.entityOf(o), r.by, h == null ? null : Boolean.FALSE, h == null ? null : h.phrase(),
                        evidence));
            }
            case "follows" -> {
                Cluster later = look.cluster(sentence, s0, s1, clusterOf);
                Cluster earlier = look.cluster(sentence, o0, o1, clusterOf);
                if (later == null || earlier == null || later == earlier)
                    return;
                facts.add(new Fact(key(later), "follows", key(earlier), evidence));
                Integer g0 = m.nodes().get("gap^");
                if (g0 != null && later.earliest != null && later.earliest.equals(later.latest)
                        && (earlier.earliest == null || !earlier.earliest.equals(earlier.latest)))
                    for (DurationMention d : found.durations())
                        if (d.sentence() == sentence && d.first() >= g0 && d.first() <= m.nodes().get("gap")) {
                            LocalDate day = later.earliest.minus(d.period());
                            if (earlier.earliest == null || !day.isBefore(earlier.earliest) && !day.isAfter(earlier.latest)) {
                                earlier.earliest = day;
                                earlier.latest = day;
                            }
                        }
            }
            default -> { }
        }
    }

    /** How many tokens before the claimant's words an organization they belong to may be named. */
    private static final int CLAIMANT_REACH = 3;

    /**
     * Who claims an incident: an organization named in the claimant's words of the rule (tokens {@code o0..o1});
     * else one named in an "of" phrase between them and the claiming verb ("the armed branch of the Tarvos Cartel
     * claimed"; not "the" + "front claims responsibility for actions", which names no incident); else,
     * when those words name a person or no one, one named just before them ("sources of the leftist group headed
     * by Juan Ruiz claimed"); else whatever agent the claimant's words name.
     */
    private static EntityMention claimant(Lookup look, int sentence, int o0, int o1, Integer g0, Integer g1) {
        EntityMention org = look.best(sentence, o0, o1, "organization");
        if (org != null)
            return org;
        if (g0 != null && g1 != null && look.doc.sentences().get(sentence).tokens().get(g0).word().equalsIgnoreCase("of")) {
            org = look.best(sentence, g0, g1, "organization");
            if (org != null)
                return org;
        }
        EntityMention agent = look.best(sentence, o0, o1, "agent");
        if (agent == null || agent.cls() == EntityClass.Person || agent.cls() == EntityClass.PersonGroup) {
            EntityMention before = null;
            for (EntityMention e : look.mentionsIn(sentence))
                if (e.cls().isOrganization() && e.last() < o0 && o0 - e.last() <= CLAIMANT_REACH
                        && (before == null || e.last() > before.last()))
                    before = e;
            if (before != null)
                return before;
        }
        return agent;
    }

    /**
     * Whether the name at token {@code k} ends an "of" phrase that describes someone before it in a list that starts
     * at token {@code from}: "Ana Ruiz, wife of the writer Luis Vega" names Luis Vega as Ana Ruiz's husband.
     */
    private static boolean ofPhrase(Sentence s, int k, int from) {
        for (int j = k - 1; j >= from; j--) {
            var t = s.tokens().get(j);
            if (t.word().equalsIgnoreCase("of"))
                return true;
            if (!(t.pos().equals("DT") || t.pos().startsWith("JJ") || t.pos().startsWith("NN") && !t.ner().equals("PERSON")))
                return false;
        }
        return false;
    }

    /** Determiners that make a plural noun speak of particular things: "the attacks", "these murders". */
    private static final Set<String> DEFINITE = Set.of("the", "these", "those", "both");

    /** Determiners that point back to something named before: "the group", "this organization". */
    private static final Set<String> DEFINITE_WORDS = Set.of("the", "this", "that", "these", "those");

    /**
     * Whether token {@code k} is an incident word in the plural without a definite determiner, possessive or
     * number: "murders and massacres of peasants", "attacks against the pipeline" name incidents in general.
     */
    private static boolean generic(Sentence s, int k, Found found) {
        if (!s.tokens().get(k).pos().equals("NNS"))
            return false;
        boolean trigger = false;
        for (TriggerMention t : found.triggers())
            trigger |= t.sentence() == s.index() && t.first() <= k && k <= t.last();
        if (!trigger)
            return false;
        for (Dependency d : s.dependentsOf(k)) {
            String r = d.relation();
            if (r.equals("nummod") || r.startsWith("nmod:poss")
                    || r.equals("det") && DEFINITE.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT)))
                return false;
        }
        return true;
    }

    /**
     * The incident of the nearest earlier sentence of the same paragraph, or of one of the {@value #FOLLOW_UP}
     * sentences just before (wire copy makes a paragraph of every sentence: "The rebels attacked the town. They
     * blew up four pylons."); else, when no earlier sentence names an incident, the main one of the sentence's
     * part of the page; else null.
     */
    private static Cluster previous(int sentence, Lookup look, Map<Integer, Cluster> clusterOf, List<Cluster> clusters) {
        Span segment = look.segmentOf(sentence);
        boolean earlier = false;
        for (int s = sentence - 1; s >= 0; s--)
            for (TriggerMention t : look.found.triggers())
                if (t.sentence() == s && clusterOf.containsKey(t.id()) && clusters.contains(clusterOf.get(t.id()))) {
                    if (look.segmentOf(s) == segment
                            || sentence - s <= FOLLOW_UP && look.context(s).equals(look.context(sentence)))
                        return clusterOf.get(t.id());
                    earlier = true;
                }
        return earlier ? null : main(clusters, look.context(sentence));
    }

    /** "French-led": the country of a demonym glued to a word. */
    private String demonymCountry(Lookup look, int sentence, int from, int to, Map<String, Entity> entity,
                                  Map<String, Entity> extra) {
        for (int k = from; k <= to; k++) {
            var token = look.doc.sentences().get(sentence).tokens().get(k);
            String word = token.word().split("-")[0];
            GazetteerEntry e = gazetteer.demonym(word).orElse(null);
            if (e == null)
                continue;
            String id = "place/" + e.id();
            if (!entity.containsKey(id))
                extra.computeIfAbsent(id, x -> new Entity(id, e.type(), e.label(), Set.of(), e.id(),
                        List.of(token.span()), null));
            return id;
        }
        return null;
    }

    /** Mentions and entities of one article by position. */
    private static final class Lookup {
        final AnnotatedArticle doc;
        final Found found;
        final EntityResolver.Resolved ents;
        final Map<Integer, List<EntityMention>> bySentence = new HashMap<>();
        final Set<String> namedEntities = new HashSet<>();
        final Set<String> news = new HashSet<>();

        Lookup(AnnotatedArticle doc, Found found, EntityResolver.Resolved ents) {
            this.doc = doc;
            this.found = found;
            this.ents = ents;
            for (EntityMention m : found.entities()) {
                bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
                if (m.named())
                    namedEntities.add(ents.entityOf().get(m.id()));
            }
            for (Entity e : ents.entities())
                if (e.cls() == EntityClass.NewsOrganization)
                    news.add(e.id());
        }

        boolean isNews(String id) { return news.contains(id); }

        /** The index of the sentence holding character {@code offset}; -1 if none. */
        int sentenceAt(int offset) {
            for (var s : doc.sentences())
                if (s.span().begin() <= offset && offset < s.span().end())
                    return s.index();
            return -1;
        }

        /** Whether the first mention of entity {@code id} opens with a definite determiner ("the group"). */
        boolean definiteFirst(String id) {
            for (EntityMention m : found.entities())
                if (id.equals(entityOf(m))) {
                    var tokens = doc.sentences().get(m.sentence()).tokens();
                    return m.first() > 0 && DEFINITE_WORDS.contains(tokens.get(m.first() - 1).word().toLowerCase(Locale.ROOT));
                }
            return false;
        }

        /** Whether mention {@code m} is, or is named in, the people a figure of victims counts. */
        boolean countedVictim(EntityMention m) {
            for (TallyMention tm : found.tallies())
                if (tm.population() != null && tm.sentence() == m.sentence() && tm.kind().countsVictims())
                    for (EntityMention p : mentionsIn(m.sentence()))
                        if (p.id() == tm.population() && p.first() <= m.first() && m.last() <= p.last())
                            return true;
            return false;
        }

        List<EntityMention> mentionsIn(int sentence) {
            return bySentence.getOrDefault(sentence, List.of());
        }

        String entityOf(EntityMention m) { return ents.entityOf().get(m.id()); }

        Span segmentOf(int sentence) {
            var seg = doc.article().segmentAt(doc.sentences().get(sentence).span().begin());
            return seg == null ? null : seg.span();
        }

        boolean headline(int sentence) {
            return doc.article().kindAt(doc.sentences().get(sentence).span().begin()) == SegmentKind.HEADLINE;
        }

        String context(int sentence) {
            return doc.article().kindAt(doc.sentences().get(sentence).span().begin()) == SegmentKind.TEASER
                    ? "teaser" : "main";
        }

        Span span(int sentence, int from, int to) {
            var t = doc.sentences().get(sentence).tokens();
            return new Span(t.get(from).span().begin(), t.get(to).span().end());
        }

        List<EntityMention> overlapping(int sentence, int from, int to) {
            List<EntityMention> out = new ArrayList<>();
            for (EntityMention m : mentionsIn(sentence))
                if (m.first() <= to && from <= m.last())
                    out.add(m);
            return out;
        }

        /** The leftmost mention in tokens {@code from..to} of the wanted kind. */
        EntityMention best(int sentence, int from, int to, String want) {
            for (EntityMention m : overlapping(sentence, from, to)) {
                boolean ok = switch (want) {
                    case "person" -> m.cls() == EntityClass.Person;
                    case "place" -> m.cls().isPlace();
                    case "organization" -> m.cls().isOrganization();
                    case "force" -> m.cls().isAgent() || m.cls() == EntityClass.Country;
                    case "agent" -> m.cls().isAgent();
                    // what is hit is a building, a vehicle, an installation or an organization: not the town,
                    // region, country or other named place it stands in, nor the troops or fighters who fought there
                    case "target" -> m.cls() == EntityClass.Venue
                            || m.cls().isOrganization() && m.cls() != EntityClass.SecurityForce
                               && m.cls() != EntityClass.ArmedGroup;
                    // who is hurt, held or killed is a person or a group of people ("the police"), not a named
                    // organization or unit ("the Tarvos Battalion"), nor a counted unit ("one battalion")
                    case "victim" -> m.cls() == EntityClass.Person || m.cls() == EntityClass.PersonGroup
                            || m.cls() == EntityClass.SecurityForce && !m.named() && m.count() == null;
                    default -> true;
                };
                if (ok)
                    return m;
            }
            return null;
        }

        /**
         * The mentions of the wanted kind joined to tokens {@code from..to} by a conjunction ("Ana Ruiz and Luis Vega",
         * "the priests, their cook and her daughter"): they stand in the same role as {@code m}.
         */
        List<EntityMention> conjuncts(int sentence, int from, int to, String want) {
            Sentence s = doc.sentences().get(sentence);
            Set<Integer> heads = new HashSet<>();
            for (int k = from; k <= to; k++)
                heads.add(k);
            for (boolean grew = true; grew; ) {
                grew = false;
                for (Dependency d : s.dependencies())
                    if (d.relation().startsWith("conj") && d.governor() >= 0
                            && heads.contains(d.governor()) != heads.contains(d.dependent())
                            && s.tokens().get(d.governor()).pos().startsWith("NN")
                            && s.tokens().get(d.dependent()).pos().startsWith("NN")) {
                        heads.add(d.governor());
                        heads.add(d.dependent());
                        grew = true;
                    }
            }
            List<EntityMention> out = new ArrayList<>();
            for (int h : new java.util.TreeSet<>(heads)) {
                if (h >= from && h <= to)
                    continue;
                EntityMention other = best(sentence, h, h, want);
                if (other != null && !(other.first() <= to && from <= other.last()) && !out.contains(other))
                    out.add(other);
            }
            return out;
        }

        /** The incident whose trigger lies in tokens {@code from..to}, else the nearest one after, else before. */
        Cluster cluster(int sentence, int from, int to, Map<Integer, Cluster> clusterOf) {
            TriggerMention best = null;
            int bestScore = Integer.MAX_VALUE;
            for (TriggerMention t : found.triggers()) {
                if (t.sentence() != sentence || !clusterOf.containsKey(t.id()))
                    continue;
                int score = t.first() <= to && from <= t.last() ? 0
                        : t.first() > to ? t.first() - to : 1000 + from - t.last();
                if (score < bestScore) {
                    bestScore = score;
                    best = t;
                }
            }
            return best == null ? null : clusterOf.get(best.id());
        }
    }
}
