package incidentkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The home page: every incident, newest first, with filters by country, type, year and group, a page of
 * {@value #PAGE} at a time ({@code ?page=N}). The list is counted over the whole store once per change
 * ({@link Kg#incidents}); before the first count is done the page says so with 503 and Retry-After.
 */
final class HomeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Incidents per page. */
    static final int PAGE = 100;
    /** How long a request waits for the incident list being counted. */
    static final Duration WAIT = Duration.ofSeconds(10);
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
        IncidentList list = counted(kg, resp, "Incidents");
        if (list == null)
            return;
        Map<String, String> countries = new TreeMap<>(), types = new TreeMap<>(), groups = new TreeMap<>();
        TreeSet<String> years = new TreeSet<>();
        for (IncidentList.Entry e : list.all()) {
            e.countries().forEach((k, v) -> countries.put(v + "\u0000" + k, k));
            e.types().forEach((k, v) -> types.put(v + "\u0000" + k, k));
            e.groups().forEach((k, v) -> groups.put(v + "\u0000" + k, k));
            if (!e.year().isEmpty())
                years.add(e.year());
        }
        List<IncidentList.Entry> matching = list.filter(country, type, year, group);
        int pages = Math.max(1, (matching.size() + PAGE - 1) / PAGE);
        int page = pageNumber(Http.param(req, "page"), pages);
        List<IncidentList.Entry> shown = matching.subList((page - 1) * PAGE, Math.min(matching.size(), page * PAGE));

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
        c.elem("p", matching.size() + " of " + list.all().size() + " incidents"
                + (pages > 1 ? ", page " + page + " of " + pages : ""), "class", "muted", "id", "count");
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
        if (pages > 1) {
            c.open("p", "class", "pager", "id", "pager");
            if (page > 1)
                c.link(pageLink(country, type, year, group, page - 1), "← newer", "rel", "prev").raw(" ");
            if (page < pages)
                c.link(pageLink(country, type, year, group, page + 1), "older →", "rel", "next");
            c.close("p");
        }
        body.append(Page.panel("incidents", "List", "incidents", null, c));
        Http.html(resp, 200, Page.render("Incidents", body, EnumSet.noneOf(Page.Bundle.class)));
    }

    /** The incident list, or null after answering 503 because the first count is still running. */
    static IncidentList counted(Kg kg, HttpServletResponse resp, String title) throws IOException {
        Optional<IncidentList> list;
        try {
            list = kg.incidents(WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            list = Optional.empty();
        }
        if (list.isPresent())
            return list.get();
        resp.setHeader("Retry-After", "30");
        Html body = new Html().elem("h1", title)
                .elem("p", "The incidents of the whole graph are being listed; this takes a while on a large graph. "
                        + "Try again in a minute.", "id", "counting");
        Http.html(resp, 503, Page.render(title, body, EnumSet.noneOf(Page.Bundle.class)));
        return null;
    }

    /** The page asked for, within 1 to {@code pages}; 1 when absent or not a number. */
    static int pageNumber(String param, int pages) {
        try {
            return Math.max(1, Math.min(pages, Integer.parseInt(param)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String pageLink(String country, String type, String year, String group, int page) {
        StringBuilder b = new StringBuilder("/?");
        for (String[] p : new String[][] {{"country", country}, {"type", type}, {"year", year}, {"group", group}})
            if (!p[1].isEmpty())
                b.append(p[0]).append('=').append(URLEncoder.encode(p[1], StandardCharsets.UTF_8)).append('&');
        return b.append("page=").append(page).toString();
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
