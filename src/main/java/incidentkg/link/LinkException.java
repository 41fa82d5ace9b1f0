package incidentkg.link;

/** A link run that could not go on; the message is one line naming the endpoint or file and the problem. */
public class LinkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LinkException(String message) {
        super(message);
    }

    public LinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
