package incidentkg.model;

/** An article that cannot be loaded. The message names the file and the problem on one line. */
public class ArticleException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String problem;

    public ArticleException(String source, String problem) {
        this(source, problem, null);
    }

    public ArticleException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.problem = problem;
    }

    public String source() { return source; }

    public String problem() { return problem; }
}
