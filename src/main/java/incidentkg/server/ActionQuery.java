package incidentkg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * Fuseki's dataset query action, answering a refused {@code SERVICE} call with 400 Bad Request
 * (the stock action reports any execution error as 500).
 */
final class ActionQuery extends SPARQL_QueryDataset {

    @Override
    protected void execute(String queryString, HttpAction action) {
        try {
            super.execute(queryString, action);
        } catch (ServiceNotAllowedException ex) {
            ServletOps.errorBadRequest(ex.getMessage());
        }
    }
}
