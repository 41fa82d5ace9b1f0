package incidentkg.server;

import java.util.Collection;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.bulk.ChainingServiceExecutorBulk;
import org.apache.jena.sparql.service.bulk.ServiceExecutorBulk;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * Refuses a SPARQL {@code SERVICE} call unless its endpoint URL is on the list (exact string
 * match; an empty list refuses every call). It is a link placed first in both ARQ service chains,
 * so a refused call ends before any HTTP request is made; {@code SERVICE ?var} is checked once
 * the variable is bound.
 * <p>
 * A refused call throws {@link ServiceNotAllowedException}; a refused {@code SERVICE SILENT}
 * behaves as a failed silent call: its solutions pass through unchanged.
 */
final class ServiceAllowList implements ChainingServiceExecutor, ChainingServiceExecutorBulk {

    private final Set<String> allowed;

    ServiceAllowList(Collection<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** A copy of the system service registry with this list in front of both chains. */
    ServiceExecutorRegistry registry() {
        return ServiceExecutorRegistry.get().copy().addBulkLink(this).addSingleLink(this);
    }

    boolean allows(Node service) {
        return service.isURI() && allowed.contains(service.getURI());
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService original, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        if (!allows(opExecute.getService())) {
            if (opExecute.getSilent())
                return QueryIterSingleton.create(binding, execCxt);
            throw refused(opExecute.getService());
        }
        return chain.createExecution(opExecute, original, binding, execCxt);
    }

    @Override
    public QueryIterator createExecution(OpService opService, QueryIterator input, ExecutionContext execCxt,
                                         ServiceExecutorBulk chain) {
        // A variable is not yet bound here; the single-call link checks it per binding.
        Node service = opService.getService();
        if (service.isConcrete() && !allows(service)) {
            if (opService.getSilent())
                return input;
            throw refused(service);
        }
        return chain.createExecution(opService, input, execCxt);
    }

    private static ServiceNotAllowedException refused(Node service) {
        return new ServiceNotAllowedException("SERVICE not allowed: " + service);
    }
}
