package incidentkg.eval;

import java.util.List;

/**
 * The result of evaluating the loader on one corpus folder: the strict scores, and the relaxed
 * ones next to them when asked for (never instead).
 *
 * @param corpus the corpus folder's name
 * @param kind MUC-4 or WikiEvents
 * @param documents documents in the gold file
 * @param failures documents the loader failed on (scored as if nothing was predicted)
 * @param incidents incidents exported from the graph, all classes
 * @param strict scores with {@link MatchMode#STRICT}
 * @param relaxed scores with {@link MatchMode#RELAXED}, or null
 */
public record EvalReport(String corpus, CorpusKind kind, int documents, List<Failure> failures, int incidents,
                         Scores strict, Scores relaxed) {
    public EvalReport {
        failures = List.copyOf(failures);
    }

    /** A document that could not be loaded, and why. */
    public record Failure(String docId, String message) {}

    /** Documents loaded without failure. */
    public int loaded() {
        return documents - failures.size();
    }

    /** A fixed-width text table: per slot P, R, F1, tp, fp, fn, then detection, counts and failures. */
    public String toTable() {
        return EvalReportFormat.table(this);
    }

    /** The report as pretty-printed JSON. */
    public String toJson() {
        return EvalReportFormat.json(this);
    }
}
