package incidentkg.export;

import incidentkg.link.LinkVocab;
import incidentkg.rdf.IKG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The VoID and DCAT description of a dataset whose default graph is the union of its named graphs:
 * <ul>
 * <li>{@code void:triples} (distinct triples of the union), {@code void:distinctSubjects},
 *     {@code void:properties}, {@code void:classes}, {@code void:entities} (resources under
 *     {@code https://w3id.org/incidentkg/resource/});</li>
 * <li>one {@code void:classPartition} per class, with {@code void:entities} its distinct instances;</li>
 * <li>one {@code void:Linkset} per target dataset (Wikidata, GeoNames, DBpedia), with {@code void:triples}
 *     the distinct {@code owl:sameAs} links into its URI space;</li>
 * <li>licence, SPARQL endpoint ({@code void:sparqlEndpoint}, {@code dcat:accessService}), dumps
 *     ({@code void:dataDump}, {@code dcat:distribution}) and vocabularies.</li>
 * </ul>
 * Every count is a SPARQL query over the named graphs, so it holds for any dataset, served or exported.
 */
public final class VoidDescription {
    /** The dataset's IRI: {@value}; link sets and targets are fragments of it. */
    public static final String DATASET = "https://w3id.org/incidentkg/dataset";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    /** The default licence: the project's, GPL-3.0-or-later. */
    public static final String DEFAULT_LICENSE = "https://spdx.org/licenses/GPL-3.0-or-later";

    /** What the counts cannot tell: where the data is served and dumped, and under which licence. */
    public record Options(String sparqlEndpoint, String license, List<Dump> dumps) {
        public Options {
            dumps = List.copyOf(dumps);
        }
    }

    /** A dump file: its URL (absolute, or relative to the description) and media type. */
    public record Dump(String url, String mediaType) {}

    /** A target dataset of link sets. */
    record Target(String key, String title, String uriSpace, String homepage, String sparql) {}

    static final List<Target> TARGETS = List.of(
            new Target("wikidata", "Wikidata", LinkVocab.WD, "https://www.wikidata.org/", LinkVocab.WIKIDATA_SPARQL),
            new Target("geonames", "GeoNames", LinkVocab.GEONAMES, "https://www.geonames.org/", null),
            new Target("dbpedia", "DBpedia", LinkVocab.DBPEDIA, "https://www.dbpedia.org/", "https://dbpedia.org/sparql"));

    static final List<String> VOCABULARIES = List.of(IKG.NS, "http://semanticweb.cs.vu.nl/2009/11/sem/",
            "https://schema.org/", "http://www.w3.org/ns/prov#", "http://www.w3.org/2006/time#",
            "http://www.w3.org/2003/01/geo/wgs84_pos#", "http://www.opengis.net/ont/geosparql#",
            "http://www.w3.org/ns/org#", "http://www.w3.org/2004/02/skos/core#", "http://purl.org/dc/terms/",
            "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");

    private VoidDescription() {}

    /** Describes the dataset; runs in its own read transaction unless one is active. */
    public static Model describe(Dataset ds, Options options) {
        return ds.isInTransaction() ? build(ds, options) : Txn.calculateRead(ds, () -> build(ds, options));
    }

    private static Model build(Dataset ds, Options o) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID);
        m.setNsPrefix("dcat", DCAT);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("foaf", FOAF);
        m.setNsPrefix("owl", OWL.NS);
        m.setNsPrefix("xsd", XSDDatatype.XSD + "#");
        Resource d = m.createResource(DATASET)
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, m.createResource(DCAT + "Dataset"))
                .addProperty(DCTerms.title, "IncidentKG", "en")
                .addProperty(DCTerms.description, "A knowledge graph of terrorist incidents built from news articles: "
                        + "incidents, perpetrators, claims, figures and places, each fact with the span of text it "
                        + "came from; entities linked to Wikidata, GeoNames and DBpedia.", "en")
                .addProperty(m.createProperty(FOAF, "homepage"), m.createResource("https://w3id.org/incidentkg"))
                .addProperty(m.createProperty(VOID, "uriSpace"), IKG.RESOURCE_NS)
                .addProperty(m.createProperty(VOID, "feature"), m.createResource("http://www.w3.org/ns/formats/N-Quads"));
        if (o.license() != null)
            d.addProperty(DCTerms.license, m.createResource(o.license()));
        for (String v : VOCABULARIES)
            d.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(v));
        if (o.sparqlEndpoint() != null) {
            d.addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(o.sparqlEndpoint()));
            d.addProperty(m.createProperty(DCAT, "accessService"), m.createResource()
                    .addProperty(RDF.type, m.createResource(DCAT + "DataService"))
                    .addProperty(m.createProperty(DCAT, "endpointURL"), m.createResource(o.sparqlEndpoint()))
                    .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/")));
        }
        for (Dump dump : o.dumps()) {
            Resource file = m.createResource(dump.url());
            d.addProperty(m.createProperty(VOID, "dataDump"), file);
            d.addProperty(m.createProperty(DCAT, "distribution"), m.createResource()
                    .addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                    .addProperty(m.createProperty(DCAT, "downloadURL"), file)
                    .addProperty(m.createProperty(DCAT, "mediaType"), dump.mediaType()));
        }

        count(d, "triples", ds, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }");
        count(d, "distinctSubjects", ds, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        count(d, "properties", ds, "SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        count(d, "classes", ds, "SELECT (COUNT(DISTINCT ?c) AS ?n) { GRAPH ?g { ?s a ?c } }");
        count(d, "entities", ds, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } "
                + "FILTER(isIRI(?s) && STRSTARTS(STR(?s), \"" + IKG.RESOURCE_NS + "\")) }");

        Property classPartition = m.createProperty(VOID, "classPartition");
        Map<String, Long> classes = new LinkedHashMap<>();
        select(ds, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?c } FILTER(isIRI(?c)) } GROUP BY ?c ORDER BY ?c",
               s -> classes.put(s.getResource("c").getURI(), s.getLiteral("n").getLong()));
        classes.forEach((c, n) -> d.addProperty(classPartition, m.createResource()
                .addProperty(m.createProperty(VOID, "class"), m.createResource(c))
                .addLiteral(m.createProperty(VOID, "entities"), integer(m, n))));

        for (Target t : TARGETS) {
            Resource target = m.createResource(DATASET + "#" + t.key())
                    .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                    .addProperty(DCTerms.title, t.title(), "en")
                    .addProperty(m.createProperty(FOAF, "homepage"), m.createResource(t.homepage()))
                    .addProperty(m.createProperty(VOID, "uriSpace"), t.uriSpace());
            if (t.sparql() != null)
                target.addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(t.sparql()));
            Resource ls = m.createResource(DATASET + "#linkset-" + t.key())
                    .addProperty(RDF.type, m.createResource(VOID + "Linkset"))
                    .addProperty(DCTerms.title, "IncidentKG to " + t.title(), "en")
                    .addProperty(m.createProperty(VOID, "subjectsTarget"), d)
                    .addProperty(m.createProperty(VOID, "objectsTarget"), target)
                    .addProperty(m.createProperty(VOID, "linkPredicate"), OWL.sameAs);
            count(ls, "triples", ds, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?o { GRAPH ?g { ?s <" + OWL.sameAs.getURI()
                    + "> ?o } FILTER(isIRI(?o) && STRSTARTS(STR(?o), \"" + t.uriSpace() + "\")) } }");
            d.addProperty(m.createProperty(VOID, "subset"), ls);
        }
        return m;
    }

    private static void count(Resource r, String property, Dataset ds, String query) {
        long[] n = {0};
        select(ds, query, s -> n[0] = s.getLiteral("n").getLong());
        r.addLiteral(r.getModel().createProperty(VOID, property), integer(r.getModel(), n[0]));
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
        return m.createTypedLiteral(java.math.BigInteger.valueOf(n), XSDDatatype.XSDinteger);
    }

    private static void select(Dataset ds, String query, Consumer<QuerySolution> row) {
        // the counts read the whole store: on a large one they take longer than a server's query timeout
        try (QueryExecution qe = QueryExecution.create().query(query).dataset(ds)
                .timeout(1, java.util.concurrent.TimeUnit.HOURS).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext())
                row.accept(rs.next());
        }
    }
}
