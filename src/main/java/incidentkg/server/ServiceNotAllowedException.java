package incidentkg.server;

import org.apache.jena.query.QueryExecException;

/** A {@code SERVICE} call to an endpoint that is not on the server's allow-list. */
public class ServiceNotAllowedException extends QueryExecException {
    private static final long serialVersionUID = 1L;

    public ServiceNotAllowedException(String message) {
        super(message);
    }
}
