package incidentkg.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;

class ServiceAllowListTest {

    private final ServiceAllowList list = new ServiceAllowList(List.of(IkgServer.WIKIDATA_SPARQL));

    @Test
    void exactUrlIsAllowed() {
        assertTrue(list.allows(NodeFactory.createURI("https://query.wikidata.org/sparql")));
    }

    @Test
    void otherUrlsAreNot() {
        assertFalse(list.allows(NodeFactory.createURI("https://query.wikidata.org/sparql?x=1")));
        assertFalse(list.allows(NodeFactory.createURI("https://query.wikidata.org/sparql/")));
        assertFalse(list.allows(NodeFactory.createURI("http://query.wikidata.org/sparql")));
        assertFalse(list.allows(NodeFactory.createURI("https://query.wikidata.org.evil.example/sparql")));
    }

    @Test
    void variablesAndLiteralsAreNot() {
        assertFalse(list.allows(Var.alloc("endpoint")));
        assertFalse(list.allows(NodeFactory.createLiteralString("https://query.wikidata.org/sparql")));
    }

    @Test
    void emptyListAllowsNothing() {
        assertFalse(new ServiceAllowList(List.of()).allows(NodeFactory.createURI(IkgServer.WIKIDATA_SPARQL)));
    }

    @Test
    void registryPutsTheListFirst() {
        var registry = list.registry();
        assertTrue(registry.getSingleChain().get(0) == list);
        assertTrue(registry.getBulkChain().get(0) == list);
    }
}
