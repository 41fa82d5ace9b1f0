package incidentkg.rdf;

import incidentkg.rules.Gazetteer;
import incidentkg.rules.GazetteerEntry;
import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import java.math.BigDecimal;

/**
 * The gazetteer as RDF, for the graph {@code https://w3id.org/incidentkg/graph/gazetteer}: each entry's type,
 * label, aliases, links to Wikidata, GeoNames and DBpedia, coordinates (WGS84 and GeoSPARQL WKT), containment
 * and affiliations, and where its identifiers were checked.
 */
public final class GazetteerGraph {
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String GEONAMES = "https://sws.geonames.org/";
    public static final String DBPEDIA = "http://dbpedia.org/resource/";
    public static final String GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    public static final String GEOSPARQL = "http://www.opengis.net/ont/geosparql#";

    private GazetteerGraph() {}

    public static Model build(Gazetteer g) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("ikg", IKG.NS);
        m.setNsPrefix("wd", WD);
        m.setNsPrefix("geo", GEO);
        for (GazetteerEntry e : g.entries()) {
            Resource r = m.createResource(GraphBuilder.iri(e.type().segment() + "/" + e.id()))
                          .addProperty(RDF.type, m.createResource(IKG.NS + e.type().name()))
                          .addProperty(RDFS.label, e.label(), "en");
            for (String a : e.aliases())
                r.addProperty(SKOS.altLabel, a, "en");
            if (e.wikidata() != null)
                r.addProperty(OWL.sameAs, m.createResource(WD + e.wikidata()));
            if (e.geonames() != null)
                r.addProperty(OWL.sameAs, m.createResource(GEONAMES + e.geonames() + "/"));
            if (e.dbpedia() != null)
                r.addProperty(OWL.sameAs, m.createResource(DBPEDIA + e.dbpedia()));
            if (e.lat() != null) {
                r.addLiteral(m.createProperty(GEO, "lat"), m.createTypedLiteral(BigDecimal.valueOf(e.lat()), XSDDatatype.XSDdecimal));
                r.addLiteral(m.createProperty(GEO, "long"), m.createTypedLiteral(BigDecimal.valueOf(e.lon()), XSDDatatype.XSDdecimal));
                Resource geom = m.createResource(GraphBuilder.iri("geometry/" + e.id()))
                        .addProperty(RDF.type, m.createResource(GEOSPARQL + "Geometry"))
                        .addLiteral(m.createProperty(GEOSPARQL, "asWKT"), m.createTypedLiteral(
                                "POINT(" + e.lon() + " " + e.lat() + ")", new BaseDatatype(GEOSPARQL + "wktLiteral")));
                r.addProperty(m.createProperty(GEOSPARQL, "hasGeometry"), geom);
            }
            if (e.locatedIn() != null)
                g.get(e.locatedIn()).ifPresent(c -> r.addProperty(IKG.locatedIn,
                        m.createResource(GraphBuilder.iri(c.type().segment() + "/" + c.id()))));
            for (String a : e.affiliatedWith())
                g.get(a).ifPresent(c -> r.addProperty(IKG.affiliatedWith,
                        m.createResource(GraphBuilder.iri(c.type().segment() + "/" + c.id()))));
            if (e.checked() != null)
                r.addProperty(SKOS.editorialNote, "identifiers checked: " + e.checked(), "en");
        }
        return m;
    }
}
