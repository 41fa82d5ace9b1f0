package incidentkg.synth;

import incidentkg.model.IncidentClass;
import incidentkg.rdf.GazetteerGraph;
import incidentkg.rdf.GraphBuilder;
import incidentkg.rdf.IKG;
import incidentkg.rdf.OntologyFiles;
import incidentkg.resolve.Ids;
import incidentkg.rules.GazetteerEntry;
import incidentkg.rules.KnowledgeBase;
import incidentkg.store.Relatedness;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.rdf.model.StmtIterator;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Streams a graph of the contract's shape: the ontology and gazetteer graphs, then one named graph per
 * synthetic article (article, segments, mentions with offsets and sentences, entities, incidents with
 * dates, places, perpetrators, claims, tallies with qualifiers and sources, statements with evidence), and
 * the related-incidents graph. Nothing is kept but the last incident of each city, so any size streams.
 */
public final class GraphGenerator {
    static {
        org.apache.jena.sys.JenaSystem.init();
    }

    private static final String NIF = GraphBuilder.NIF;
    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();

    private final KnowledgeBase kb;
    private final ArticleFactory factory;
    private final String prefix;
    // city id -> {incident IRI, group id, incident date}
    private final Map<String, String[]> lastInCity = new HashMap<>();
    private StreamRDF out;
    private Node g;
    private long quads;

    public GraphGenerator(KnowledgeBase kb, ArticleFactory factory, String prefix) {
        this.kb = kb;
        this.factory = factory;
        this.prefix = prefix;
    }

    /**
     * Writes articles until at least {@code triples} quads are out (the reference graphs count); returns the
     * number of quads written. {@code progress} hears the count after each article.
     */
    public long write(StreamRDF stream, long triples, LongConsumer progress) {
        this.out = stream;
        out.start();
        reference(IKG.GRAPH_ONTOLOGY, OntologyFiles.ontology());
        reference(IKG.GRAPH_GAZETTEER, GazetteerGraph.build(kb.gazetteer()));
        for (long i = 0; i == 0 || quads < triples; i++) {
            article(factory.make(prefix, i));
            progress.accept(quads);
        }
        out.finish();
        return quads;
    }

    /** The IRI of the incident of article {@code index} (its first incident). */
    public static String incidentIri(SynthArticle a) {
        return GraphBuilder.iri("incident/" + Ids.slug(a.id()) + "-" + Ids.slug(a.type().words()) + "-1");
    }

    private void reference(String graph, Model m) {
        g = NodeFactory.createURI(graph);
        for (StmtIterator it = m.listStatements(); it.hasNext(); ) {
            Statement s = it.next();
            emit(s.getSubject().asNode(), s.getPredicate().asNode(), s.getObject().asNode());
        }
    }

    private void emit(Node s, Node p, Node o) {
        out.quad(Quad.create(g, s, p, o));
        quads++;
    }

    private void emit(Node s, Resource p, Node o) {
        emit(s, p.asNode(), o);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node res(String path) {
        return uri(GraphBuilder.iri(path));
    }

    private static Node en(String s) {
        return NodeFactory.createLiteralLang(s, "en");
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node typed(String lex, XSDDatatype dt) {
        return NodeFactory.createLiteralDT(lex, dt);
    }

    private static Node entity(GazetteerEntry e) {
        return res(e.type().segment() + "/" + e.id());
    }

    private void article(SynthArticle a) {
        new Build(a).run();
    }

    private final class Build {
        final SynthArticle a;
        final String text;
        final String scope;
        final Node article;
        final Map<String, Node> mentions = new HashMap<>();

        Build(SynthArticle a) {
            this.a = a;
            this.text = a.text();
            this.scope = Ids.slug(a.id());
            this.article = uri(GraphBuilder.articleIri(a.id()));
        }

        int cp(int i) {
            return text.codePointCount(0, i);
        }

        Node offset(int i) {
            return typed(Integer.toString(cp(i)), XSDDatatype.XSDnonNegativeInteger);
        }

        Node date(java.time.LocalDate d) {
            return typed(d.toString(), XSDDatatype.XSDdate);
        }

        void run() {
            g = article;
            emit(article, TYPE, IKG.Article.asNode());
            emit(article, TYPE, uri(NIF + "Context"));
            emit(article, uri(NIF + "isString"), str(text));
            emit(article, DCTerms.identifier, str(a.id()));
            emit(article, DCTerms.title, en(a.title()));
            emit(article, DCTerms.date, date(a.date()));
            emit(article, DCTerms.publisher, str(a.outlet().label()));
            for (SynthSpan s : a.segments()) {
                Node seg = res("segment/" + scope + "/" + cp(s.begin()) + "-" + cp(s.end()));
                emit(seg, TYPE, IKG.Segment.asNode());
                emit(seg, IKG.segmentKind, uri(IKG.NS + s.name()));
                emit(seg, uri(NIF + "beginIndex"), offset(s.begin()));
                emit(seg, uri(NIF + "endIndex"), offset(s.end()));
                emit(article, IKG.segment, seg);
            }
            Node incident = uri(incidentIri(a));
            IncidentClass cls = a.type();
            String label = ArticleFactory.cap(cls.words()) + " in " + a.city().label() + " on " + a.incidentDate();
            emit(incident, TYPE, uri(IKG.NS + cls.name()));
            emit(incident, LABEL, en(label));
            emit(incident, IKG.incidentType, uri(IKG.NS + cls.name() + "Type"));
            emit(incident, IKG.supportedBy, article);
            emit(incident, IKG.earliestDate, date(a.incidentDate()));
            emit(incident, IKG.latestDate, date(a.incidentDate()));
            emit(incident, IKG.date, date(a.incidentDate()));
            emit(incident, IKG.stage, IKG.Accomplished.asNode());
            emit(incident, IKG.evidence, mention(body("trigger")));
            Node city = named(a.city(), "city");
            Node country = named(a.country(), "country");
            Node group = a.span("group") == null ? null : named(a.group(), "group");
            Node outlet = a.span("outlet") == null ? null : named(a.outlet(), "outlet");
            fact(incident, IKG.place, city, "city");
            fact(incident, IKG.city, city, "city");
            fact(incident, IKG.country, country, "country");
            if (group != null)
                fact(incident, IKG.perpetrator, group, "group");
            Node victims = res("group/" + scope + "-people");
            emit(victims, TYPE, IKG.PersonGroup.asNode());
            emit(victims, LABEL, en("people"));
            fact(incident, IKG.victim, victims, "killed");
            Node source = res("group/" + scope + "-" + Ids.slug(a.source()));
            emit(source, TYPE, IKG.PersonGroup.asNode());
            emit(source, LABEL, en(a.source()));
            tally(incident, a.killed(), "killed", IKG.Killed.asNode(), source, outlet);
            tally(incident, a.injured(), "injured", IKG.Injured.asNode(), source, outlet);
            tally(incident, a.held(), "held", IKG.Hostages.asNode(), source, outlet);
            if (a.claimed())
                claim(incident, group, outlet);
            if (a.focus())
                focus(incident, label);
            related(incident, a.group().id());
        }

        /** The first span of a slot in the body (or anywhere, if the body has none). */
        SynthSpan body(String slot) {
            SynthSpan any = null;
            for (SynthSpan s : a.spans(slot)) {
                for (SynthSpan seg : a.segments())
                    if (seg.name().equals("Body") && seg.contains(s))
                        return s;
                if (any == null)
                    any = s;
            }
            return any;
        }

        Node named(GazetteerEntry e, String slot) {
            Node n = entity(e);
            emit(n, TYPE, uri(IKG.NS + e.type().name()));
            emit(n, LABEL, en(e.label()));
            SynthSpan s = body(slot);
            if (s != null)
                emit(n, IKG.evidence, mention(s));
            return n;
        }

        Node mention(SynthSpan s) {
            String key = s.begin() + "-" + s.end();
            Node m = mentions.get(key);
            if (m != null)
                return m;
            m = res("mention/" + scope + "/" + cp(s.begin()) + "-" + cp(s.end()));
            mentions.put(key, m);
            emit(m, TYPE, IKG.Mention.asNode());
            emit(m, TYPE, uri(NIF + "String"));
            emit(m, TYPE, uri(NIF + "OffsetBasedString"));
            emit(m, uri(NIF + "beginIndex"), offset(s.begin()));
            emit(m, uri(NIF + "endIndex"), offset(s.end()));
            emit(m, uri(NIF + "anchorOf"), str(s.of(text)));
            emit(m, IKG.inArticle, article);
            emit(m, uri(NIF + "referenceContext"), article);
            SynthSpan sentence = a.sentenceOf(s);
            if (sentence != null && !(sentence.begin() == s.begin() && sentence.end() == s.end())) {
                Node sm = mention(sentence);
                emit(sm, TYPE, uri(NIF + "Sentence"));
                emit(m, uri(NIF + "sentence"), sm);
            }
            return m;
        }

        void fact(Node s, Resource p, Node o, String slot) {
            emit(s, p, o);
            SynthSpan span = body(slot);
            if (span == null)
                return;
            Node st = res("statement/" + scope + "/" + hash(s + " " + p + " " + o));
            emit(st, TYPE, RDF.Statement.asNode());
            emit(st, RDF.subject, s);
            emit(st, RDF.predicate, p.asNode());
            emit(st, RDF.object, o);
            emit(st, IKG.evidence, mention(span));
        }

        void tally(Node incident, SynthFigure f, String slot, Node kind, Node source, Node outlet) {
            if (f == null)
                return;
            SynthSpan span = body(slot);
            Node t = res("tally/" + scope + "/" + cp(span.begin()) + "-" + cp(span.end()) + "-"
                    + kind.getLocalName().toLowerCase(Locale.ROOT));
            emit(t, TYPE, IKG.Tally.asNode());
            emit(t, IKG.tallyKind, kind);
            emit(t, IKG.count, typed(Integer.toString(f.count()), XSDDatatype.XSDinteger));
            emit(t, IKG.qualifier, uri(IKG.NS + f.qualifier().name()));
            emit(t, LABEL, en(f.phrase() + " " + kind.getLocalName().toLowerCase(Locale.ROOT)));
            emit(t, IKG.evidence, mention(span));
            emit(incident, IKG.tally, t);
            emit(t, IKG.reportedBy, source);
            SynthSpan sentence = a.sentenceOf(span);
            if (outlet != null && sentence != null && sentence.of(text).contains(text.substring(
                    body("outlet").begin(), body("outlet").end())))
                emit(t, IKG.reportedVia, outlet);
            emit(t, IKG.asOf, date(a.date()));
            if (a.tallyHedged()) {
                emit(t, IKG.verified, typed("false", XSDDatatype.XSDboolean));
                emit(t, IKG.hedge, en("could not be verified"));
            }
        }

        void claim(Node incident, Node group, Node outlet) {
            SynthSpan span = a.sentenceOf(body("group"));
            Node c = res("claim/" + scope + "/" + cp(span.begin()) + "-" + cp(span.end()));
            emit(c, TYPE, IKG.Claim.asNode());
            emit(c, IKG.claimant, group);
            emit(c, IKG.claimedIncident, incident);
            emit(c, LABEL, en("claim of responsibility by " + a.group().label()));
            emit(c, IKG.evidence, mention(span));
            if (outlet != null)
                emit(c, IKG.reportedBy, outlet);
            if (a.claimHedged()) {
                emit(c, IKG.verified, typed("false", XSDDatatype.XSDboolean));
                emit(c, IKG.hedge, en("could not be verified"));
            }
            fact(incident, IKG.claimedBy, group, "group");
        }

        void focus(Node incident, String label) {
            Node person = res("person/" + Ids.slug(factory.focusPerson()));
            emit(person, TYPE, IKG.Person.asNode());
            emit(person, LABEL, en(factory.focusPerson()));
            emit(person, IKG.evidence, mention(body("organizer")));
            fact(incident, IKG.organizer, person, "organizer");
            fact(incident, IKG.perpetrator, person, "organizer");
            Node venue = res("place/" + Ids.slug(factory.focusVenue()));
            emit(venue, TYPE, IKG.Venue.asNode());
            emit(venue, LABEL, en(factory.focusVenue()));
            emit(venue, IKG.evidence, mention(body("venue")));
            emit(venue, IKG.locatedIn, entity(a.city()));
            fact(incident, IKG.venue, venue, "venue");
            Node company = named(factory.focusCompany(), "company");
            emit(venue, IKG.operatedBy, company);
            Node force = named(a.force(), "force");
            fact(incident, IKG.respondent, force, "force");
            Node raid = res("incident/" + scope + "-raid-2");
            emit(raid, TYPE, IKG.Raid.asNode());
            emit(raid, LABEL, en("Raid ending the " + label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1)));
            emit(raid, IKG.incidentType, IKG.RaidType.asNode());
            emit(raid, IKG.supportedBy, article);
            emit(raid, IKG.earliestDate, date(a.incidentDate()));
            emit(raid, IKG.latestDate, date(a.incidentDate()));
            emit(raid, IKG.stage, IKG.Accomplished.asNode());
            emit(raid, IKG.place, entity(a.city()));
            emit(raid, IKG.city, entity(a.city()));
            emit(raid, IKG.country, entity(a.country()));
            fact(raid, IKG.partOf, incident, "force");
            fact(raid, IKG.follows, incident, "force");
            fact(raid, IKG.conductedBy, force, "force");
            List<SynthSpan> names = a.spans("organizer"); // the last one is in the raid sentence
            emit(person, IKG.killedIn, raid);
            Node st = res("statement/" + scope + "/" + hash(person + " killedIn " + raid));
            emit(st, TYPE, RDF.Statement.asNode());
            emit(st, RDF.subject, person);
            emit(st, RDF.predicate, IKG.killedIn.asNode());
            emit(st, RDF.object, raid);
            emit(st, IKG.evidence, mention(names.get(names.size() - 1)));
            relate(incident, raid, 0.9, IKG.SubEvent.asNode(), IKG.SameCity.asNode());
        }

        void related(Node incident, String groupId) {
            String[] prev = lastInCity.put(a.city().id(),
                    new String[] {incident.getURI(), groupId, a.incidentDate().toString()});
            if (prev == null)
                return;
            if (prev[1].equals(groupId))
                relate(incident, uri(prev[0]), 0.8, IKG.SameCity.asNode(), IKG.SameGroup.asNode());
            // as the loader does: a city and country alone relate incidents within a year of each other only
            else if (Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(prev[2]), a.incidentDate())) <= Relatedness.CITY_DAYS)
                relate(incident, uri(prev[0]), 0.5, IKG.SameCity.asNode(), IKG.SameCountry.asNode());
        }

        void relate(Node x, Node y, double score, Node... reasons) {
            Node saved = g;
            g = uri(IKG.GRAPH_RELATED);
            for (Node[] pair : new Node[][] {{x, y}, {y, x}}) {
                Node r = res("relatedness/" + hash(pair[0].getURI() + " " + pair[1].getURI()));
                emit(r, TYPE, IKG.Relatedness.asNode());
                emit(r, IKG.fromIncident, pair[0]);
                emit(r, IKG.toIncident, pair[1]);
                for (Node reason : reasons)
                    emit(r, IKG.reason, reason);
                emit(r, IKG.score, typed(Double.toString(score), XSDDatatype.XSDdecimal));
                emit(pair[0], IKG.relatedTo, pair[1]);
            }
            g = saved;
        }
    }

    /** A short stable hash (FNV-1a, 64 bits) in hex. */
    static String hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return String.format("%016x", h);
    }
}
