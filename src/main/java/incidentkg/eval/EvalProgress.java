package incidentkg.eval;

/** Told after each document {@link CorpusEvaluator} has loaded (or failed to load). */
@FunctionalInterface
public interface EvalProgress {
    /** Reports nothing. */
    EvalProgress NONE = (done, total, docId) -> {};

    /** {@code done} of {@code total} documents are through; the last one was {@code docId}. */
    void documentDone(int done, int total, String docId);
}
