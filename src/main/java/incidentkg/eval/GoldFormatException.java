package incidentkg.eval;

import java.io.IOException;

/** A malformed gold file; the message names file and line: {@code gold.jsonl:14: missing field doc_id}. */
public class GoldFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public GoldFormatException(String file, int line, String problem, Throwable cause) {
        super(file + ":" + line + ": " + problem, cause);
    }
}
