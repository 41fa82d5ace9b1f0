package incidentkg.rdf;

import incidentkg.model.Article;
import incidentkg.model.ArticleMetadata;
import incidentkg.model.Claim;
import incidentkg.model.Entity;
import incidentkg.model.Extraction;
import incidentkg.model.Fact;
import incidentkg.model.Incident;
import incidentkg.model.Segment;
import incidentkg.model.Span;
import incidentkg.model.Tally;
import incidentkg.resolve.Ids;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Builds the named graph of one article from its {@link Extraction}: the article and its segments, every
 * entity, incident, tally and claim with its evidence mentions, every fact, and for every fact read from the
 * text an {@code rdf:Statement} that points to its evidence. Offsets are counted in Unicode code points.
 */
public final class GraphBuilder {
    /** NIF Core. */
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    private static final Property nifIsString = ResourceFactory.createProperty(NIF, "isString");
    private static final Property nifBegin = ResourceFactory.createProperty(NIF, "beginIndex");
    private static final Property nifEnd = ResourceFactory.createProperty(NIF, "endIndex");
    private static final Property nifAnchor = ResourceFactory.createProperty(NIF, "anchorOf");
    private static final Property nifContext = ResourceFactory.createProperty(NIF, "referenceContext");
    private static final Property nifSentence = ResourceFactory.createProperty(NIF, "sentence");

    /** The IRI of a resource path ("incident/…"). */
    public static String iri(String path) {
        return IKG.RESOURCE_NS + path;
    }

    /** The IRI of an article, which is also its graph's name. */
    public static String articleIri(String articleId) {
        return iri(Ids.article(articleId));
    }

    public Model build(Extraction x) {
        return new Build(x).run();
    }

    private static final class Build {
        final Extraction x;
        final Article a;
        final String text;
        final String scope;
        final Model m = ModelFactory.createDefaultModel();
        final Resource article;
        final int[] cp;

        Build(Extraction x) {
            this.x = x;
            this.a = x.article();
            this.text = a.text();
            this.scope = Ids.slug(a.id());
            this.article = m.createResource(articleIri(a.id()));
            this.cp = codePoints(text);
        }

        Model run() {
            m.setNsPrefix("ikg", IKG.NS);
            m.setNsPrefix("nif", NIF);
            m.setNsPrefix("rdfs", RDFS.uri);
            m.setNsPrefix("skos", SKOS.uri);
            m.setNsPrefix("dcterms", DCTerms.NS);
            article();
            for (Entity e : x.entities())
                entity(e);
            for (Incident i : x.incidents())
                incident(i);
            for (Tally t : x.tallies())
                tally(t);
            for (Claim c : x.claims())
                claim(c);
            for (Fact f : x.facts())
                fact(f);
            return m;
        }

        void article() {
            ArticleMetadata md = a.metadata();
            article.addProperty(RDF.type, IKG.Article)
                   .addProperty(RDF.type, m.createResource(NIF + "Context"))
                   .addProperty(nifIsString, text)
                   .addProperty(DCTerms.identifier, a.id());
            md.title().ifPresent(t -> article.addProperty(DCTerms.title, t.strip(), "en"));
            md.date().ifPresent(d -> article.addProperty(DCTerms.date, date(d)));
            md.publisher().ifPresent(p -> article.addProperty(DCTerms.publisher, p));
            md.url().ifPresent(u -> article.addProperty(DCTerms.source, m.createResource(u)));
            md.dateSpan().ifPresent(s -> article.addProperty(IKG.evidence, mention(s)));
            for (Segment s : a.segments()) {
                Resource seg = m.createResource(iri("segment/" + scope + "/" + cp[s.span().begin()] + "-"
                        + cp[s.span().end()]))
                        .addProperty(RDF.type, IKG.Segment)
                        .addProperty(IKG.segmentKind, kind(s))
                        .addLiteral(nifBegin, offset(s.span().begin()))
                        .addLiteral(nifEnd, offset(s.span().end()));
                article.addProperty(IKG.segment, seg);
            }
        }

        Resource kind(Segment s) {
            String k = s.kind().name();
            return m.createResource(IKG.NS + k.charAt(0) + k.substring(1).toLowerCase(Locale.ROOT));
        }

        Literal offset(int charOffset) {
            return m.createTypedLiteral(BigInteger.valueOf(cp[charOffset]), XSDDatatype.XSDnonNegativeInteger);
        }

        Literal date(LocalDate d) {
            return m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
        }

        Resource mention(Span s) {
            Resource r = m.createResource(iri("mention/" + scope + "/" + cp[s.begin()] + "-" + cp[s.end()]));
            if (!r.hasProperty(RDF.type)) {
                r.addProperty(RDF.type, IKG.Mention)
                 .addProperty(RDF.type, m.createResource(NIF + "String"))
                 .addProperty(RDF.type, m.createResource(NIF + "OffsetBasedString"))
                 .addLiteral(nifBegin, offset(s.begin()))
                 .addLiteral(nifEnd, offset(s.end()))
                 .addProperty(nifAnchor, s.of(text))
                 .addProperty(IKG.inArticle, article)
                 .addProperty(nifContext, article);
                Span sentence = sentenceOf(s);
                if (sentence != null && !sentence.equals(s)) {
                    Resource sr = mention(sentence);
                    sr.addProperty(RDF.type, m.createResource(NIF + "Sentence"));
                    r.addProperty(nifSentence, sr);
                }
            }
            return r;
        }

        Span sentenceOf(Span s) {
            for (Span sentence : x.sentences())
                if (sentence.contains(s))
                    return sentence;
            return null;
        }

        Resource res(String path) {
            return m.createResource(iri(path));
        }

        void entity(Entity e) {
            Resource r = res(e.id()).addProperty(RDF.type, m.createResource(IKG.NS + e.cls().name()))
                                    .addProperty(RDFS.label, e.label(), "en");
            for (String alt : e.altLabels())
                r.addProperty(SKOS.altLabel, alt, "en");
            for (Span s : e.evidence())
                r.addProperty(IKG.evidence, mention(s));
            if (e.size() != null)
                r.addLiteral(IKG.size, m.createTypedLiteral(BigInteger.valueOf(e.size()), XSDDatatype.XSDinteger));
        }

        void incident(Incident i) {
            Resource r = res(i.id()).addProperty(RDF.type, m.createResource(IKG.NS + i.cls().name()))
                                    .addProperty(RDFS.label, i.label(), "en")
                                    .addProperty(IKG.incidentType, m.createResource(IKG.NS + i.cls().name() + "Type"))
                                    .addProperty(IKG.supportedBy, article);
            if (i.earliest() != null) {
                r.addProperty(IKG.earliestDate, date(i.earliest())).addProperty(IKG.latestDate, date(i.latest()));
                if (i.dayKnown())
                    r.addProperty(IKG.date, date(i.earliest()));
            }
            if (i.stage() != null)
                r.addProperty(IKG.stage, m.createResource(IKG.NS + i.stage().name()));
            for (Span s : i.evidence())
                r.addProperty(IKG.evidence, mention(s));
        }

        void tally(Tally t) {
            Resource r = res(t.id()).addProperty(RDF.type, IKG.Tally)
                    .addProperty(IKG.tallyKind, m.createResource(IKG.NS + t.kind().name()))
                    .addLiteral(IKG.count, m.createTypedLiteral(BigInteger.valueOf(t.count()), XSDDatatype.XSDinteger))
                    .addProperty(IKG.qualifier, m.createResource(IKG.NS + t.qualifier().name()))
                    .addProperty(RDFS.label, t.label(), "en")
                    .addProperty(IKG.evidence, mention(t.evidence()));
            res(t.incident()).addProperty(IKG.tally, r);
            if (t.population() != null)
                r.addProperty(IKG.population, res(t.population()));
            for (String by : t.reportedBy())
                r.addProperty(IKG.reportedBy, res(by));
            for (String via : t.via())
                r.addProperty(IKG.reportedVia, res(via));
            if (t.asOf() != null)
                r.addProperty(IKG.asOf, date(t.asOf()));
            if (t.verified() != null)
                r.addLiteral(IKG.verified, m.createTypedLiteral(t.verified()));
            if (t.hedge() != null)
                r.addProperty(IKG.hedge, t.hedge(), "en");
        }

        void claim(Claim c) {
            Resource r = res(c.id()).addProperty(RDF.type, IKG.Claim)
                    .addProperty(IKG.claimant, res(c.claimant()))
                    .addProperty(IKG.claimedIncident, res(c.incident()))
                    .addProperty(RDFS.label, "claim of responsibility by " + labelOf(c.claimant()), "en")
                    .addProperty(IKG.evidence, mention(c.evidence()));
            for (String by : c.reportedBy())
                r.addProperty(IKG.reportedBy, res(by));
            if (c.verified() != null)
                r.addLiteral(IKG.verified, m.createTypedLiteral(c.verified()));
            if (c.hedge() != null)
                r.addProperty(IKG.hedge, c.hedge(), "en");
        }

        String labelOf(String path) {
            for (Entity e : x.entities())
                if (e.id().equals(path))
                    return e.label();
            return path;
        }

        void fact(Fact f) {
            Property p = m.createProperty(IKG.NS + f.predicate());
            Resource s = res(f.subject());
            org.apache.jena.rdf.model.RDFNode o = f.literal() ? m.createLiteral(f.object(), "en") : res(f.object());
            s.addProperty(p, o);
            if (f.evidence() != null)
                res("statement/" + scope + "/" + hash(f.subject() + " " + f.predicate() + " " + f.object()))
                        .addProperty(RDF.type, RDF.Statement)
                        .addProperty(RDF.subject, s)
                        .addProperty(RDF.predicate, p)
                        .addProperty(RDF.object, o)
                        .addProperty(IKG.evidence, mention(f.evidence()));
        }
    }

    /** Code-point offset of every char offset (and of the end). */
    static int[] codePoints(String text) {
        int[] cp = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            cp[i] = n;
            if (!Character.isLowSurrogate(text.charAt(i)))
                n++;
            else
                cp[i] = n - 1;
        }
        cp[text.length()] = n;
        return cp;
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
