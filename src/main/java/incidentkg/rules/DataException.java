package incidentkg.rules;

/** A knowledge file with a bad row. The message reads {@code FILE:LINE: problem}. */
public class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataException(String file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }

    public DataException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
