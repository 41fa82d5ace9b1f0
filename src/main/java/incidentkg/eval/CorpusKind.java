package incidentkg.eval;

/** The annotation scheme of a corpus, named by the {@code source} field of its gold lines. */
public enum CorpusKind {
    MUC4("MUC-4"),
    WIKIEVENTS("WikiEvents");

    private final String source;

    CorpusKind(String source) {
        this.source = source;
    }

    /** The {@code source} value of the gold lines: {@code "MUC-4"} or {@code "WikiEvents"}. */
    public String source() {
        return source;
    }

    /** The kind whose {@link #source()} is {@code source}. */
    public static CorpusKind ofSource(String source) {
        for (CorpusKind kind : values())
            if (kind.source.equals(source))
                return kind;
        throw new IllegalArgumentException("unknown source " + source + " (expected MUC-4 or WikiEvents)");
    }
}
