package incidentkg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/**
 * Exports the incidents of a dataset as {@link PredictedIncident}s, one per article and incident,
 * by the SPARQL query {@value #QUERY_RESOURCE} (readable, and runnable in Fuseki as it is) and the
 * class table of {@link IncidentTypeMap}.
 *
 * <p>The query reads the union default graph for names, mentions and the class hierarchy, so the
 * dataset must present the union of its named graphs as default graph: a TDB2 dataset with
 * {@code tdb2:unionDefaultGraph} (the export also sets it for its own query execution). Runs in a
 * read transaction (joining one already open).
 *
 * <p>Which exported fields make up which MUC-4 slot is said in {@link MucSlot} and
 * {@link PredictedIncident}; which make up which WikiEvents role, in {@link WikiEventsScorer}.
 *
 * <pre>
 * List&lt;PredictedIncident&gt; incidents = IncidentExport.create().export(dataset);
 * </pre>
 */
public final class IncidentExport {
    /** The classpath resource holding the default query. */
    public static final String QUERY_RESOURCE = "eval/incidents.rq";

    private final Query query;
    private final IncidentTypeMap types;

    private IncidentExport(Query query, IncidentTypeMap types) {
        this.query = query;
        this.types = types;
    }

    /** The export with the default query and class table. */
    public static IncidentExport create() {
        return create(defaultQuery(), IncidentTypeMap.load());
    }

    /**
     * An export with another query, which must give the columns and fields of the default one,
     * and another class table.
     */
    public static IncidentExport create(String sparql, IncidentTypeMap types) {
        return new IncidentExport(QueryFactory.create(sparql), types);
    }

    /** The text of the default query. */
    public static String defaultQuery() {
        try (InputStream in = IncidentExport.class.getClassLoader().getResourceAsStream(QUERY_RESOURCE)) {
            if (in == null)
                throw new IllegalStateException("missing classpath resource " + QUERY_RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The incidents of every article of {@code dataset}, ordered by document and incident IRI. */
    public List<PredictedIncident> export(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            IncidentAssembler assembler = new IncidentAssembler();
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext())
                    assembler.add(rows.next());
            }
            return assembler.build(types);
        });
    }
}
