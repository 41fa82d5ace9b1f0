package incidentkg.model;

/**
 * Where one article's loading time went, in nanoseconds per stage, and how many tokens the language analysis
 * made of it: reading, checking and segmenting the text; CoreNLP's annotation; our extraction and resolution
 * (including the merge with incidents already stored); building the RDF graph; SHACL validation; writing to
 * the store. Returned alongside an article's result (no global counters); stages not run are zero.
 */
public record StageTimes(long read, long corenlp, long extract, long rdf, long shacl, long write, int tokens) {
    /** Nothing measured. */
    public static final StageTimes NONE = new StageTimes(0, 0, 0, 0, 0, 0, 0);

    public StageTimes plus(StageTimes o) {
        return new StageTimes(read + o.read, corenlp + o.corenlp, extract + o.extract, rdf + o.rdf, shacl + o.shacl,
                              write + o.write, tokens + o.tokens);
    }

    public StageTimes withRead(long nanos) {
        return new StageTimes(nanos, corenlp, extract, rdf, shacl, write, tokens);
    }

    public StageTimes withWrite(long nanos) {
        return new StageTimes(read, corenlp, extract, rdf, shacl, nanos, tokens);
    }

    /** The sum of the stages. */
    public long total() {
        return read + corenlp + extract + rdf + shacl + write;
    }

    /** The stages in order, named as the benchmark prints them. */
    public long[] stages() {
        return new long[] {read, corenlp, extract, rdf, shacl, write};
    }

    /** The names of {@link #stages()}. */
    public static final java.util.List<String> STAGE_NAMES =
            java.util.List.of("read", "corenlp", "extract", "rdf", "shacl", "write");
}
