package incidentkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The home page: every incident, newest first, with filters by country, type, year and group. */
final class HomeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Kg kg;

    HomeServlet(Kg kg) {
        this.kg = kg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!"/".equals(req.getRequestURI()) && !req.getRequestURI().isEmpty()) {
            Http.notFound(req, resp, req.getRequestURI());
            return;
        }
        String country = Http.param(req, "country"), type = Http.param(req, "type"),
               year = Http.param(req, "year"), group = Http.param(req, "group");
        IncidentList list = new IncidentList(kg.select("incidents", null));
        Map<String, String> countries = new TreeMap<>(), types = new TreeMap<>(), groups = new TreeMap<>();
        TreeSet<String> years = new TreeSet<>();
        for (IncidentList.Entry e : list.all()) {
            e.countries().forEach((k, v) -> countries.put(v + "\u0000" + k, k));
            e.types().forEach((k, v) -> types.put(v + "\u0000" + k, k));
            e.groups().forEach((k, v) -> groups.put(v + "\u0000" + k, k));
            if (!e.year().isEmpty())
                years.add(e.year());
        }
        List<IncidentList.Entry> shown = list.filter(country, type, year, group);

        Html body = new Html();
        body.elem("h1", "Incidents");
        body.open("form", "class", "filters", "method", "get", "action", "/", "id", "filters");
        select(body, "country", "Country", countries, country);
        select(body, "type", "Type", types, type);
        Map<String, String> yearOptions = new TreeMap<>();
        for (String y : years.descendingSet())
            yearOptions.put(String.valueOf(9999 - Integer.parseInt(y)) + "\u0000" + y, y);
        select(body, "year", "Year", yearOptions, year);
        select(body, "group", "Group", groups, group);
        body.raw("<button type=\"submit\">Filter</button> ").link("/", "clear");
        body.close("form");
        Html c = new Html();
        c.elem("p", shown.size() + " of " + list.all().size() + " incidents", "class", "muted", "id", "count");
        c.open("table", "class", "incidents", "id", "incident-list")
         .raw("<thead><tr><th>Date</th><th>Incident</th><th>Type</th><th>Country</th><th>Groups</th></tr></thead><tbody>");
        for (IncidentList.Entry e : shown) {
            c.open("tr").elem("td", Dates.range(e.earliest(), e.latest()), "class", "date")
             .open("td").link(Links.href(e.iri()), e.label().isEmpty() ? Links.localName(e.iri()) : e.label(), "class", "incident").close("td")
             .elem("td", e.classLabel()).open("td");
            e.countries().forEach((k, v) -> c.append(Page.resource(k, v)).raw(" "));
            c.close("td").open("td");
            e.groups().forEach((k, v) -> c.append(Page.resource(k, v)).raw(" "));
            c.close("td").close("tr");
        }
        c.raw("</tbody></table>");
        body.append(Page.panel("incidents", "List", "incidents", null, c));
        Http.html(resp, 200, Page.render("Incidents", body, EnumSet.noneOf(Page.Bundle.class)));
    }

    /** A select whose options map "sort key" to value; the label is the sort key's part before NUL. */
    private static void select(Html h, String name, String label, Map<String, String> options, String selected) {
        h.open("label").text(label + " ").open("select", "name", name, "id", "filter-" + name);
        h.elem("option", "any", "value", "");
        for (var e : options.entrySet()) {
            String text = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
            if (name.equals("year"))
                text = e.getValue();
            h.open("option", "value", e.getValue(), "selected", e.getValue().equals(selected) ? "selected" : null)
             .text(text).close("option");
        }
        h.close("select").close("label").raw(" ");
    }
}
