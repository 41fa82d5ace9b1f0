package incidentkg.link;

import incidentkg.rdf.IKG;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Names used by link sets: the link-set graphs, Wikidata's namespaces, and the SSSOM and SEMAPV terms that
 * say how a link was made ({@code sssom:confidence}, {@code sssom:mapping_justification semapv:LexicalMatching}).
 */
public final class LinkVocab {
    private LinkVocab() {}

    /** The graph of the links that {@code link} made to Wikidata: {@value}. */
    public static final String GRAPH_WIKIDATA = IKG.GRAPH_LINKS_NS + "wikidata";

    /** Wikidata items: {@value}. */
    public static final String WD = "http://www.wikidata.org/entity/";
    /** Wikidata direct properties ("truthy" statements): {@value}. */
    public static final String WDT = "http://www.wikidata.org/prop/direct/";
    /** GeoNames features: {@value}. */
    public static final String GEONAMES = "https://sws.geonames.org/";
    /** DBpedia resources: {@value}. */
    public static final String DBPEDIA = "http://dbpedia.org/resource/";
    /** Wikidata's public SPARQL endpoint: {@value}. */
    public static final String WIKIDATA_SPARQL = "https://query.wikidata.org/sparql";

    /** The Simple Standard for Sharing Ontological Mappings: {@value}. */
    public static final String SSSOM = "https://w3id.org/sssom/";
    /** The Semantic Mapping Vocabulary: {@value}. */
    public static final String SEMAPV = "https://w3id.org/semapv/vocab/";
    /** PROV-O: {@value}. */
    public static final String PROV = "http://www.w3.org/ns/prov#";

    /** How confident the matcher is in a link, from 0 to 1. */
    public static final Property confidence = ResourceFactory.createProperty(SSSOM, "confidence");
    /** The process that justifies a link. */
    public static final Property mappingJustification = ResourceFactory.createProperty(SSSOM, "mapping_justification");
    /** The tool that made a link. */
    public static final Property mappingTool = ResourceFactory.createProperty(SSSOM, "mapping_tool");
    /** A match of names (labels and aliases), here with type and country checks. */
    public static final Resource LexicalMatching = ResourceFactory.createResource(SEMAPV + "LexicalMatching");

    public static final Resource Activity = ResourceFactory.createResource(PROV + "Activity");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(PROV, "wasGeneratedBy");
    public static final Property used = ResourceFactory.createProperty(PROV, "used");
    public static final Property startedAtTime = ResourceFactory.createProperty(PROV, "startedAtTime");
    public static final Property endedAtTime = ResourceFactory.createProperty(PROV, "endedAtTime");

    /** The Wikidata item with this Q-ID. */
    public static String wd(String qid) {
        return WD + qid;
    }
}
