package incidentkg.web;

import incidentkg.rdf.IKG;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The page of a group, organization, person or place: names, classes and outside links; for groups the
 * affiliation chain up and down and members; for places the containing and contained places with a map;
 * the incidents it took part in (directly, through members or affiliates) or that happened there, over
 * time; the figures and claims it reported; where the text mentions it; all triples.
 */
final class EntityPage {
    private final Kg kg;
    private final String iri;
    private final String kind;

    EntityPage(Kg kg, String iri, String kind) {
        this.kg = kg;
        this.iri = iri;
        this.kind = kind;
    }

    String render() {
        Facts facts = new Facts(kg.select("facts", iri));
        Evidence evidence = new Evidence(kg.select("evidence", iri));
        String label = facts.label(iri);
        Html body = new Html();
        body.open("p", "class", "kind").text(String.join(", ", facts.classLabels())).close("p");
        body.elem("h1", label).append(Resources.header(iri));
        body.open("div", "class", "columns").open("div", "class", "col");
        body.append(about(facts, evidence, label));
        if (kind.equals("organization") || kind.equals("group"))
            body.append(affiliation()).append(members());
        if (kind.equals("place"))
            body.append(placeHierarchy(facts, label));
        body.close("div").open("div", "class", "col");
        if (kind.equals("place"))
            body.append(placeIncidents());
        else
            body.append(incidents());
        body.append(reports());
        body.close("div").close("div");
        body.append(Resources.mentions(iri, evidence));
        body.append(Resources.triples(kg, iri));
        return Page.render(label, body, EnumSet.of(Page.Bundle.MAP));
    }

    private Html about(Facts facts, Evidence evidence, String label) {
        Html c = new Html().open("dl", "class", "facts");
        List<String> alts = facts.values(Facts.SKOS + "altLabel");
        if (!alts.isEmpty())
            c.elem("dt", "Also called").elem("dd", String.join(", ", alts), "class", "alt");
        String[][] links = {{IKG.NS + "nationality", "Nationality"}, {IKG.NS + "memberOf", "Member of"},
                {IKG.NS + "affiliatedWith", "Affiliated with"}, {IKG.NS + "locatedIn", "Located in"},
                {IKG.NS + "operatedBy", "Operated by"}};
        for (String[] l : links) {
            List<Row> rows = facts.rows(l[0]);
            if (rows.isEmpty())
                continue;
            c.elem("dt", l[1]).open("dd");
            for (Row r : rows) {
                RowValue.link(c, r, "o", "oLabel");
                c.append(Evidence.links(evidence.of(l[0], r.str("o"), false))).raw(" ");
            }
            c.close("dd");
        }
        String size = facts.first(IKG.NS + "size");
        if (!size.isEmpty())
            c.elem("dt", "Size").elem("dd", size);
        if (!facts.sameAs().isEmpty())
            c.elem("dt", "Same as").open("dd").append(Page.sameAs(facts.sameAs())).close("dd");
        c.close("dl");
        MapPoint p = facts.point(iri, label);
        if (p != null)
            c.append(Maps.map(List.of(p), "Coordinates"));
        return Page.panel("about", "About", "facts", iri, c);
    }

    private Html affiliation() {
        List<Row> rows = kg.select("affiliation", iri);
        if (rows.isEmpty())
            return new Html();
        Map<String, List<Row>> down = new LinkedHashMap<>();
        List<Row> up = new ArrayList<>();
        for (Row r : rows) {
            if (r.str("dir").equals("up"))
                up.add(r);
            else
                down.computeIfAbsent(r.str("to"), k -> new ArrayList<>()).add(r);
        }
        Html c = new Html();
        if (!up.isEmpty()) {
            c.elem("h3", "Affiliated with (upward)").open("ul", "class", "chain-up");
            for (Row r : up)
                c.open("li").append(Page.resource(r.iri("from"), r.str("fromLabel"))).raw(" → ")
                 .append(Page.resource(r.iri("to"), r.str("toLabel"))).close("li");
            c.close("ul");
        }
        if (!down.isEmpty()) {
            c.elem("h3", "Affiliates (downward)");
            tree(c, iri, down, new ArrayList<>());
        }
        return Page.panel("affiliation", "Affiliation chain", "affiliation", iri, c);
    }

    private static void tree(Html c, String node, Map<String, List<Row>> down, List<String> path) {
        List<Row> kids = down.get(node);
        if (kids == null || path.contains(node))
            return;
        path.add(node);
        c.open("ul", "class", "chain-down");
        for (Row r : kids) {
            c.open("li").append(Page.resource(r.iri("from"), r.str("fromLabel")));
            tree(c, r.str("from"), down, path);
            c.close("li");
        }
        c.close("ul");
        path.remove(node);
    }

    private Html members() {
        List<Row> rows = kg.select("members", iri);
        if (rows.isEmpty())
            return new Html();
        Html c = new Html().open("ul");
        for (Row r : rows)
            c.open("li").elem("span", IncidentPage.cap(r.str("rel")), "class", "rel").raw(": ")
             .append(Page.resource(r.iri("who"), r.str("label"))).close("li");
        c.close("ul");
        return Page.panel("members", "Members and venues", "members", iri, c);
    }

    private Html incidents() {
        List<Row> rows = kg.select("agent-incidents", iri);
        List<List<Row>> each = rows.stream().map(List::of).toList();
        return incidentPanel("agent-incidents", "Incidents over time", "No incidents in the graph.",
                "<th>Role</th><th>How</th>", each, (c, list) -> {
                    Row r = list.get(0);
                    c.elem("td", role(r.str("role"), "true".equals(r.str("inverse")))).open("td");
                    if (!r.str("how").isEmpty())
                        c.text("through " + r.str("how") + " ").append(Page.resource(r.iri("agent"), r.str("agentLabel")));
                    c.close("td");
                });
    }

    /**
     * The incidents panel of an agent or a place: one row per incident (date, incident, then the cells that
     * {@code cells} writes for the incident's rows) and a timeline below; a muted line when there are none.
     */
    private Html incidentPanel(String query, String title, String none, String moreHeads, List<List<Row>> incidents,
                               BiConsumer<Html, List<Row>> cells) {
        Html c = new Html();
        if (incidents.isEmpty()) {
            c.elem("p", none, "class", "muted");
            return Page.panel("incidents", title, query, iri, c);
        }
        c.open("table", "class", "incidents")
         .raw("<thead><tr><th>Date</th><th>Incident</th>" + moreHeads + "</tr></thead><tbody>");
        List<Timeline.Item> items = new ArrayList<>();
        for (List<Row> list : incidents) {
            Row r = list.get(0);
            c.open("tr").elem("td", Dates.range(r.str("earliest"), r.str("latest")))
             .open("td").append(Page.resource(r.iri("incident"), r.str("label"))).close("td");
            cells.accept(c, list);
            c.close("tr");
            items.add(new Timeline.Item(r.iri("incident"), r.str("label"), r.str("earliest"), r.str("latest")));
        }
        c.raw("</tbody></table>");
        Html svg = Timeline.svg(items, null);
        if (!svg.isEmpty())
            c.open("div", "class", "timeline-box").append(svg).close("div");
        return Page.panel("incidents", title, query, iri, c);
    }

    private static String role(String roleIri, boolean inverse) {
        String r = Links.localName(roleIri);
        return switch (r) {
            case "perpetrator" -> "perpetrator";
            case "organizer" -> "organizer";
            case "claimedBy" -> "claimed it";
            case "target" -> "target";
            case "victim" -> "victim";
            case "respondent" -> "responded";
            case "conductedBy" -> "conducted it";
            case "killedIn" -> "killed in it";
            case "suspectIn" -> "suspected of it";
            default -> r;
        };
    }

    private Html reports() {
        List<Row> rows = kg.select("agent-reports", iri);
        if (rows.isEmpty())
            return new Html();
        Html c = new Html().open("ul");
        for (Row r : rows) {
            c.open("li").append(Page.resource(r.iri("item"), r.str("itemLabel"))).raw(" ").elem("span", r.str("how"), "class", "muted");
            if (r.has("incident"))
                c.raw(" — ").append(Page.resource(r.iri("incident"), r.str("incidentLabel")));
            c.close("li");
        }
        c.close("ul");
        return Page.panel("reports", "Figures and claims it reported", "agent-reports", iri, c);
    }

    private Html placeHierarchy(Facts facts, String label) {
        List<Row> rows = kg.select("place-hierarchy", iri);
        Html c = new Html();
        List<Row> up = rows.stream().filter(r -> r.str("dir").equals("up")).toList();
        List<Row> down = rows.stream().filter(r -> r.str("dir").equals("down")).toList();
        c.open("p", "class", "place-chain").elem("strong", label);
        for (Row r : up)
            c.raw(" <span class=\"sep\">→</span> ").append(Page.resource(r.iri("place"), r.str("label")));
        c.close("p");
        if (!down.isEmpty()) {
            c.elem("h3", "Places in it").open("ul", "class", "contained");
            for (Row r : down) {
                c.open("li").append(Page.resource(r.iri("place"), r.str("label")));
                if (r.has("classLabel"))
                    c.raw(" ").elem("span", r.str("classLabel"), "class", "muted");
                c.close("li");
            }
            c.close("ul");
        }
        return Page.panel("hierarchy", "Containment", "place-hierarchy", iri, c);
    }

    private Html placeIncidents() {
        Map<String, List<Row>> byIncident = new LinkedHashMap<>();
        for (Row r : kg.select("place-incidents", iri))
            byIncident.computeIfAbsent(r.str("incident"), k -> new ArrayList<>()).add(r);
        String title = byIncident.isEmpty() ? "Incidents here" : "Incidents here and in places it contains";
        return incidentPanel("place-incidents", title, "No incidents here in the graph.", "<th>Where</th>",
                List.copyOf(byIncident.values()), (c, list) -> {
                    c.open("td");
                    for (Row w : list)
                        c.append(Page.resource(w.iri("where"), w.str("whereLabel"))).raw(" ");
                    c.close("td");
                });
    }
}
