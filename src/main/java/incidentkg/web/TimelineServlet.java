package incidentkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** {@code /timeline}: every dated incident on one time axis, from {@code incidents.rq}. */
final class TimelineServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Kg kg;

    TimelineServlet(Kg kg) {
        this.kg = kg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        IncidentList list = HomeServlet.counted(kg, resp, "Timeline");
        if (list == null)
            return;
        List<Timeline.Item> items = new ArrayList<>();
        List<IncidentList.Entry> undated = new ArrayList<>();
        for (IncidentList.Entry e : list.all()) {
            if (Timeline.parse(e.earliest()) == null)
                undated.add(e);
            else
                items.add(new Timeline.Item(e.iri(), e.label(), e.earliest(), e.latest()));
        }
        Html c = new Html().open("div", "class", "timeline-box").append(Timeline.svg(items, null)).close("div");
        if (!undated.isEmpty()) {
            c.elem("h3", "Without a date").open("ul");
            for (IncidentList.Entry e : undated)
                c.open("li").append(Page.resource(e.iri(), e.label())).close("li");
            c.close("ul");
        }
        Html body = new Html().elem("h1", "Timeline").append(Page.panel("timeline", items.size() + " dated incidents", "incidents", null, c));
        Http.html(resp, 200, Page.render("Timeline", body, EnumSet.noneOf(Page.Bundle.class)));
    }
}
