package incidentkg.web;

import incidentkg.store.LabelIndex;
import incidentkg.store.Recount;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs the pages' SPARQL queries on the served dataset, whose default graph is the union of the named
 * graphs. Each panel's query is a file {@code incidentkg/web/sparql/NAME.rq} in which {@code ?this} stands
 * for the resource shown (and {@code ?q} and {@code ?lucene} for a search text); {@link #text} gives the exact
 * query that runs, for the query editor.
 */
final class Kg {
    private static final String FOLDER = "/incidentkg/web/sparql/";
    private static final Map<String, String> TEMPLATES = new ConcurrentHashMap<>();

    private final DatasetGraph dsg;
    private final Dataset ds;
    private final Recount<IncidentList> incidents;

    Kg(DatasetGraph dsg) {
        this.dsg = Objects.requireNonNull(dsg, "dataset");
        this.ds = DatasetFactory.wrap(dsg);
        // every incident: on a large store this takes longer than a query may, so it is kept between changes
        this.incidents = new Recount<>(dsg, "incident list",
                () -> new IncidentList(selectText(text("incidents", null, null), TimeUnit.HOURS.toMillis(1))));
    }

    /**
     * Every incident ({@code incidents.rq}), as counted after the store's latest change, or before it while a new
     * count runs (waiting up to {@code wait} for it); empty while the first count runs.
     */
    Optional<IncidentList> incidents(Duration wait) throws InterruptedException {
        return this.incidents.get(wait);
    }

    /** Whether a panel query of that name exists. */
    static boolean exists(String panel) {
        return panel.matches("[a-z0-9-]+") && Kg.class.getResource(FOLDER + panel + ".rq") != null;
    }

    static String template(String panel) {
        return TEMPLATES.computeIfAbsent(panel, p -> {
            if (!p.matches("[a-z0-9-]+"))
                throw new IllegalArgumentException("bad query name: " + p);
            try (InputStream in = Kg.class.getResourceAsStream(FOLDER + p + ".rq")) {
                if (in == null)
                    throw new IllegalArgumentException("no query " + FOLDER + p + ".rq");
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The query text of a panel with {@code ?this} bound to the IRI (when not null), {@code ?q} to a search text
     * and {@code ?lucene} to its query for the text index ({@link LabelIndex#query}).
     */
    static String text(String panel, String thisIri, String q) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(template(panel));
        if (thisIri != null)
            pss.setIri("this", thisIri);
        if (q != null) {
            pss.setLiteral("q", q);
            String lucene = LabelIndex.query(q);
            pss.setLiteral("lucene", lucene == null ? "" : lucene);
        }
        return pss.toString();
    }

    /** Runs a panel's SELECT query for a resource. */
    List<Row> select(String panel, String thisIri) {
        return selectText(text(panel, thisIri, null));
    }

    /** Runs a panel's SELECT query with a search text; nothing when the text has no word to look for. */
    List<Row> search(String panel, String q) {
        return LabelIndex.query(q) == null ? List.of() : selectText(text(panel, null, q));
    }

    List<Row> selectText(String queryText) {
        return selectText(queryText, -1);
    }

    /** {@code timeoutMillis} overrides the dataset's query timeout when not negative. */
    private List<Row> selectText(String queryText, long timeoutMillis) {
        Query query = QueryFactory.create(queryText);
        return Txn.calculateRead(dsg, () -> {
            List<Row> rows = new ArrayList<>();
            var builder = QueryExecution.dataset(ds).query(query);
            if (timeoutMillis >= 0)
                builder.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            try (QueryExecution qe = builder.build()) {
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    Map<String, RDFNode> m = new LinkedHashMap<>();
                    for (String v : vars) {
                        RDFNode n = s.get(v);
                        if (n != null)
                            m.put(v, n);
                    }
                    rows.add(new Row(m));
                }
            }
            return rows;
        });
    }

    /** Runs a panel's ASK query for a resource. */
    boolean ask(String panel, String thisIri) {
        Query query = QueryFactory.create(text(panel, thisIri, null));
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                return qe.execAsk();
            }
        });
    }

    /** Runs a panel's CONSTRUCT query for a resource; the model is a copy, usable outside the transaction. */
    Model construct(String panel, String thisIri) {
        Query query = QueryFactory.create(text(panel, thisIri, null));
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                Model m = qe.execConstruct();
                // Force every node out of the store before the transaction ends.
                for (Iterator<?> it = m.listStatements(); it.hasNext(); )
                    it.next();
                return m;
            }
        });
    }
}
