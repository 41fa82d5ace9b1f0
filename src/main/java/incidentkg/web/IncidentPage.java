package incidentkg.web;

import incidentkg.rdf.IKG;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An incident's page: what and when, where (with a map), who (perpetrators, claims with their
 * verification, targets, victims, respondents), every reported figure grouped by kind, sub-events,
 * related incidents ranked with reasons and a timeline, the articles, outside links and all triples.
 * Every fact links to the text it came from; every panel links to its SPARQL query.
 */
final class IncidentPage {
    private final Kg kg;
    private final String iri;

    IncidentPage(Kg kg, String iri) {
        this.kg = kg;
        this.iri = iri;
    }

    String render() {
        Facts facts = new Facts(kg.select("facts", iri));
        Evidence evidence = new Evidence(kg.select("evidence", iri));
        String label = facts.label(iri);
        Set<String> sameAs = new LinkedHashSet<>();

        Html body = new Html();
        body.open("p", "class", "kind").text(String.join(", ", facts.classLabels())).close("p");
        body.elem("h1", label);
        body.append(Resources.header(iri));
        body.open("div", "class", "columns");
        body.open("div", "class", "col");
        body.append(whenAndWhere(facts, evidence, sameAs));
        body.append(who(evidence, sameAs));
        body.append(claims());
        body.close("div");
        body.open("div", "class", "col");
        body.append(figures());
        body.append(events());
        body.append(related(label, facts));
        body.close("div");
        body.close("div");
        body.append(Resources.mentions(iri, evidence));
        body.append(sources());
        if (!facts.sameAs().isEmpty())
            sameAs.add(facts.sameAs());
        body.append(outsideLinks(sameAs));
        body.append(Resources.triples(kg, iri));
        return Page.render(label, body, EnumSet.of(Page.Bundle.MAP));
    }

    private Html whenAndWhere(Facts facts, Evidence evidence, Set<String> sameAs) {
        Html c = new Html().open("dl", "class", "facts");
        c.elem("dt", "Type").open("dd").text(String.join(", ", facts.classLabels()));
        String stage = facts.rows(IKG.NS + "stage").isEmpty() ? "" : facts.rows(IKG.NS + "stage").get(0).str("oLabel");
        if (!stage.isEmpty())
            c.text(" (" + stage + ")");
        c.close("dd");
        String date = facts.dateText();
        c.elem("dt", "Date").elem("dd", date.isEmpty() ? "not stated" : date, "class", "date");
        List<Row> places = kg.select("incident-places", iri);
        List<MapPoint> points = new ArrayList<>();
        c.elem("dt", "Place").open("dd", "class", "place-chain");
        if (places.isEmpty())
            c.text("not stated");
        boolean first = true;
        for (Row p : places) {
            if (!first)
                c.raw(" <span class=\"sep\">→</span> ");
            first = false;
            c.append(Page.resource(p.iri("place"), p.str("label")));
            if (p.has("classLabel"))
                c.raw(" ").elem("span", p.str("classLabel"), "class", "muted");
            c.append(Page.sameAs(p.str("sameAs")));
            if (!p.str("sameAs").isBlank())
                sameAs.add(p.str("sameAs"));
            List<Evidence.Span> spans = new ArrayList<>();
            for (String role : List.of("venue", "place", "city", "country"))
                for (Evidence.Span s : evidence.of(IKG.NS + role, p.str("place"), false))
                    if (!spans.contains(s))
                        spans.add(s);
            c.append(Evidence.links(spans));
            if (p.has("lat") && p.has("long"))
                try {
                    points.add(new MapPoint(Double.parseDouble(p.str("lat")), Double.parseDouble(p.str("long")),
                            p.str("label"), Links.href(p.iri("place"))));
                } catch (NumberFormatException ignored) {
                    // not a number: no point on the map
                }
        }
        c.close("dd").close("dl");
        c.append(Maps.map(points.isEmpty() ? List.of() : List.of(points.get(0)), "The nearest place with coordinates"));
        Html panel = Page.panel("when-where", "When and where", "incident-places", iri, c);
        return panel;
    }

    private static final Map<String, String> ROLE_NAMES = new LinkedHashMap<>();
    static {
        ROLE_NAMES.put("perpetrator", "Perpetrators");
        ROLE_NAMES.put("organizer", "Organizers");
        ROLE_NAMES.put("claimedBy", "Claimed by");
        ROLE_NAMES.put("target", "Targets");
        ROLE_NAMES.put("victim", "Victims");
        ROLE_NAMES.put("respondent", "Responding forces");
        ROLE_NAMES.put("conductedBy", "Conducted by");
        ROLE_NAMES.put("instrument", "Means");
        ROLE_NAMES.put("killedIn", "Killed in it");
        ROLE_NAMES.put("suspectIn", "Suspected of it");
    }

    private Html who(Evidence evidence, Set<String> sameAs) {
        List<Row> rows = kg.select("incident-participants", iri);
        Map<String, List<Row>> byRole = new LinkedHashMap<>();
        for (Row r : rows)
            byRole.computeIfAbsent(Links.localName(r.str("role")), k -> new ArrayList<>()).add(r);
        Html c = new Html();
        if (rows.isEmpty())
            c.elem("p", "No participants are stated.", "class", "muted");
        c.open("dl", "class", "facts roles");
        for (var e : byRole.entrySet()) {
            c.elem("dt", ROLE_NAMES.getOrDefault(e.getKey(), e.getKey()), "class", "role-" + e.getKey());
            c.open("dd").open("ul");
            for (Row r : e.getValue()) {
                c.open("li");
                RowValue.link(c, r, "who", "label");
                if (r.has("classLabel"))
                    c.raw(" ").elem("span", r.str("classLabel"), "class", "muted");
                c.append(Page.sameAs(r.str("sameAs")));
                if (!r.str("sameAs").isBlank())
                    sameAs.add(r.str("sameAs"));
                boolean inverse = "true".equals(r.str("inverse"));
                c.append(Evidence.links(evidence.of(r.str("role"), r.str("who"), inverse)));
                c.close("li");
            }
            c.close("ul").close("dd");
        }
        c.close("dl");
        return Page.panel("who", "Who", "incident-participants", iri, c);
    }

    private Html claims() {
        List<Row> rows = kg.select("incident-claims", iri);
        Map<String, List<Row>> byClaim = new LinkedHashMap<>();
        for (Row r : rows)
            byClaim.computeIfAbsent(r.str("claim"), k -> new ArrayList<>()).add(r);
        Html c = new Html();
        if (byClaim.isEmpty())
            c.elem("p", "No claim of responsibility is reported.", "class", "muted");
        else {
            c.open("table", "class", "claims").raw("<thead><tr><th>Claimed by</th><th>Verification</th><th>Reported by</th><th>Evidence</th></tr></thead><tbody>");
            for (var e : byClaim.entrySet()) {
                Row r = e.getValue().get(0);
                c.open("tr", "class", "claim");
                c.open("td").append(Page.resource(r.iri("claimant"), r.str("claimantLabel")))
                 .raw(" ").link(Links.href(e.getKey()), "claim", "class", "muted").close("td");
                c.open("td").append(verification(r)).close("td");
                c.open("td");
                Set<String> seen = new LinkedHashSet<>();
                for (Row x : e.getValue())
                    if (x.has("by") && seen.add(x.str("by")))
                        c.append(Page.resource(x.iri("by"), x.str("byLabel"))).raw(" ");
                c.close("td");
                c.open("td");
                Set<String> spans = new LinkedHashSet<>();
                List<Evidence.Span> list = new ArrayList<>();
                for (Row x : e.getValue())
                    if (x.has("article") && spans.add(x.str("begin") + "-" + x.str("end")))
                        list.add(new Evidence.Span(x.str("article"), x.integer("begin", 0), x.integer("end", 0), ""));
                c.append(Evidence.links(list));
                c.close("td").close("tr");
            }
            c.raw("</tbody></table>");
        }
        return Page.panel("claims", "Claims of responsibility", "incident-claims", iri, c);
    }

    /** "verified", "not verified: HEDGE" or "not stated", for a row with ?verified and ?hedge. */
    static Html verification(Row r) {
        Html h = new Html();
        String v = r.str("verified");
        if (v.equals("false"))
            h.open("span", "class", "unverified").text("not verified" + (r.has("hedge") ? ": “" + r.str("hedge") + "”" : "")).close("span");
        else if (v.equals("true"))
            h.elem("span", "verified", "class", "verified");
        else
            h.elem("span", "not stated", "class", "muted");
        return h;
    }

    private Html figures() {
        List<Row> rows = kg.select("incident-figures", iri);
        // One figure per tally, its sources merged; figures grouped by kind, in the query's order.
        Map<String, Map<String, List<Row>>> byKind = new LinkedHashMap<>();
        Map<String, String> kindLabels = new LinkedHashMap<>();
        for (Row r : rows) {
            String kind = r.str("kind");
            kindLabels.putIfAbsent(kind, r.has("kindLabel") ? r.str("kindLabel") : Links.localName(kind));
            byKind.computeIfAbsent(kind, k -> new LinkedHashMap<>()).computeIfAbsent(r.str("tally"), k -> new ArrayList<>()).add(r);
        }
        Html c = new Html();
        if (byKind.isEmpty()) {
            c.elem("p", "No figures are reported.", "class", "muted");
            return Page.panel("figures", "Figures", "incident-figures", iri, c);
        }
        c.open("table", "class", "figures")
         .raw("<thead><tr><th>Count</th><th>Qualifier</th><th>Who is counted</th><th>Source</th><th>As of</th><th>Verification</th><th>Evidence</th></tr></thead>");
        for (var k : byKind.entrySet()) {
            Set<Long> counts = new LinkedHashSet<>();
            for (List<Row> t : k.getValue().values())
                counts.add(t.get(0).integer("count", -1));
            c.open("tbody", "class", "kind");
            c.open("tr", "class", "kind-head").open("th", "colspan", "7").text(cap(kindLabels.get(k.getKey())));
            if (counts.size() > 1)
                c.raw(" ").elem("span", counts.size() + " different counts", "class", "disagree");
            c.close("th").close("tr");
            for (var t : k.getValue().entrySet()) {
                Row r = t.getValue().get(0);
                c.open("tr", "class", "figure", "data-tally", t.getKey());
                c.open("td", "class", "count").link(Links.href(t.getKey()), String.valueOf(r.integer("count", 0))).close("td");
                c.elem("td", r.has("qualifierLabel") ? r.str("qualifierLabel") : Links.localName(r.str("qualifier")), "class", "qualifier");
                c.open("td");
                if (r.has("population"))
                    c.append(Page.resource(r.iri("population"), r.str("populationLabel")));
                c.close("td");
                c.open("td", "class", "source");
                Set<String> by = new LinkedHashSet<>(), via = new LinkedHashSet<>();
                Html bys = new Html(), vias = new Html();
                for (Row x : t.getValue()) {
                    if (x.has("by") && by.add(x.str("by")))
                        bys.append(by.size() > 1 ? new Html().raw(", ") : new Html()).append(Page.resource(x.iri("by"), x.str("byLabel")));
                    if (x.has("via") && via.add(x.str("via")))
                        vias.append(via.size() > 1 ? new Html().raw(", ") : new Html()).append(Page.resource(x.iri("via"), x.str("viaLabel")));
                }
                if (by.isEmpty() && via.isEmpty())
                    c.elem("span", "not attributed", "class", "muted");
                c.append(bys);
                if (!via.isEmpty())
                    c.raw(" <span class=\"muted\">via</span> ").append(vias);
                c.close("td");
                c.elem("td", r.str("asOf"));
                c.open("td").append(verification(r)).close("td");
                c.open("td").append(Evidence.link(r)).close("td");
                c.close("tr");
            }
            c.close("tbody");
        }
        c.close("table");
        return Page.panel("figures", "Figures", "incident-figures", iri, c);
    }

    private Html events() {
        List<Row> rows = kg.select("incident-events", iri);
        Html c = new Html();
        if (rows.isEmpty())
            return c;
        c.open("ul");
        for (Row r : rows) {
            c.open("li").elem("span", cap(r.str("rel")), "class", "rel").raw(": ")
             .append(Page.resource(r.iri("other"), r.str("label")));
            if (r.has("earliest"))
                c.raw(" ").elem("span", r.str("earliest"), "class", "muted");
            c.close("li");
        }
        c.close("ul");
        return Page.panel("events", "Sub-events and sequence", "incident-events", iri, c);
    }

    private Html related(String label, Facts facts) {
        List<Row> rows = kg.select("incident-related", iri);
        Html c = new Html();
        if (rows.isEmpty()) {
            c.elem("p", "No related incidents.", "class", "muted");
        } else {
            c.open("ol", "class", "related");
            for (Row r : rows) {
                c.open("li").append(Page.resource(r.iri("other"), r.str("label")));
                String d = Dates.range(r.str("earliest"), r.str("latest"));
                if (!d.isEmpty())
                    c.raw(" ").elem("span", d, "class", "muted");
                c.raw(" ").elem("span", "score " + r.str("score"), "class", "score");
                c.open("div", "class", "reasons").text(r.str("reasons")).close("div");
                c.close("li");
            }
            c.close("ol");
        }
        List<Timeline.Item> items = new ArrayList<>();
        items.add(new Timeline.Item(iri, label, facts.first(IKG.NS + "earliestDate"), facts.first(IKG.NS + "latestDate")));
        for (Row r : rows)
            items.add(new Timeline.Item(r.iri("other"), r.str("label"), r.str("earliest"), r.str("latest")));
        Html svg = Timeline.svg(items, iri);
        if (!svg.isEmpty())
            c.open("div", "class", "timeline-box").append(svg).close("div");
        c.open("p").link("/graph?focus=" + Links.enc(iri), "Show in the graph view", "id", "graph-link").close("p");
        return Page.panel("related", "Related incidents", "incident-related", iri, c);
    }

    private Html sources() {
        List<Row> rows = kg.select("sources", iri);
        Html c = new Html().open("ul");
        for (Row r : rows) {
            c.open("li").append(Page.resource(r.iri("article"), r.str("title")));
            if (r.has("date"))
                c.raw(" ").elem("span", r.str("date"), "class", "muted");
            if (r.has("publisher"))
                c.raw(" ").elem("span", r.str("publisher"), "class", "muted");
            c.close("li");
        }
        c.close("ul");
        return Page.panel("sources", "Articles", "sources", iri, c);
    }

    private static Html outsideLinks(Set<String> sameAs) {
        Html c = new Html();
        Set<String> all = new LinkedHashSet<>();
        for (String s : sameAs)
            for (String x : s.trim().split("\\s+"))
                if (!x.isBlank())
                    all.add(x);
        if (all.isEmpty())
            return c;
        c.open("ul", "class", "outside");
        for (String x : all)
            c.open("li").link(x, Links.sameAsName(x), "class", "sameas", "rel", "noopener").raw(" ").elem("code", x).close("li");
        c.close("ul");
        return Page.panel("outside", "Outside links (owl:sameAs)", null, null, c);
    }

    static String cap(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
