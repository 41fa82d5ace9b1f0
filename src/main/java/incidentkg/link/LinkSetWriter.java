package incidentkg.link;

import incidentkg.rdf.IKG;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The triples of accepted links for the link-set graph: each link as {@code owl:sameAs}, and as an
 * {@code rdf:Statement} saying how it was made:
 * <pre>
 *   &lt;place/timbuktu&gt; owl:sameAs wd:Q… .
 *   &lt;link/wikidata/place/timbuktu&gt; a rdf:Statement ;
 *       rdf:subject &lt;place/timbuktu&gt; ; rdf:predicate owl:sameAs ; rdf:object wd:Q… ;
 *       sssom:mapping_justification semapv:LexicalMatching ; sssom:confidence 1.0 ;
 *       rdfs:comment "label match, type, country agrees, unique"@en ;
 *       dcterms:created "2026-11-25"^^xsd:date ; prov:wasGeneratedBy &lt;activity/link-wikidata-20261125T100000Z&gt; .
 *   &lt;activity/link-wikidata-20261125T100000Z&gt; a prov:Activity ; prov:used &lt;https://query.wikidata.org/sparql&gt; ;
 *       prov:startedAtTime … ; prov:endedAtTime … ; sssom:mapping_tool "IncidentKG link, accepting scores of at least 0.7" .
 * </pre>
 */
public final class LinkSetWriter {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private LinkSetWriter() {}

    /** The model of the accepted decisions (nothing when none was accepted). */
    public static Model build(List<LinkDecision> decisions, String endpoint, Instant start, Instant end, double threshold) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("owl", OWL.NS);
        m.setNsPrefix("wd", LinkVocab.WD);
        m.setNsPrefix("sssom", LinkVocab.SSSOM);
        m.setNsPrefix("semapv", LinkVocab.SEMAPV);
        m.setNsPrefix("prov", LinkVocab.PROV);
        m.setNsPrefix("dcterms", DCTerms.NS);
        List<LinkDecision.Linked> linked = decisions.stream().filter(d -> d instanceof LinkDecision.Linked)
                                                    .map(d -> (LinkDecision.Linked) d).toList();
        if (linked.isEmpty())
            return m;
        Resource activity = m.createResource(IKG.RESOURCE_NS + "activity/link-wikidata-" + STAMP.format(start))
                .addProperty(RDF.type, LinkVocab.Activity)
                .addProperty(RDFS.label, "Reconciliation of entities against " + endpoint, "en")
                .addProperty(LinkVocab.used, m.createResource(endpoint))
                .addLiteral(LinkVocab.startedAtTime, m.createTypedLiteral(start.toString(), XSDDatatype.XSDdateTime))
                .addLiteral(LinkVocab.endedAtTime, m.createTypedLiteral(end.toString(), XSDDatatype.XSDdateTime))
                .addProperty(LinkVocab.mappingTool, "IncidentKG link, accepting scores of at least " + threshold);
        String date = start.atZone(ZoneOffset.UTC).toLocalDate().toString();
        for (LinkDecision.Linked l : linked) {
            Resource entity = m.createResource(l.entity().iri());
            Resource item = m.createResource(l.item());
            entity.addProperty(OWL.sameAs, item);
            String path = l.entity().iri().startsWith(IKG.RESOURCE_NS)
                    ? l.entity().iri().substring(IKG.RESOURCE_NS.length()) : Integer.toHexString(l.entity().iri().hashCode());
            m.createResource(IKG.RESOURCE_NS + "link/wikidata/" + path)
             .addProperty(RDF.type, RDF.Statement)
             .addProperty(RDF.subject, entity)
             .addProperty(RDF.predicate, OWL.sameAs)
             .addProperty(RDF.object, item)
             .addProperty(LinkVocab.mappingJustification, LinkVocab.LexicalMatching)
             .addLiteral(LinkVocab.confidence, m.createTypedLiteral(BigDecimal.valueOf(l.score()), XSDDatatype.XSDdecimal))
             .addProperty(RDFS.comment, l.reasons(), "en")
             .addLiteral(DCTerms.created, m.createTypedLiteral(date, XSDDatatype.XSDdate))
             .addProperty(LinkVocab.wasGeneratedBy, activity);
        }
        return m;
    }
}
