package incidentkg.store;

import incidentkg.model.ArticleException;
import incidentkg.rdf.IKG;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleWriterTest {
    private static final String A = "https://w3id.org/incidentkg/resource/article/a";
    private static final String PREFIXES = """
            PREFIX ikg: <https://w3id.org/incidentkg/ontology#>
            PREFIX inc: <https://w3id.org/incidentkg/resource/incident/>
            PREFIX art: <https://w3id.org/incidentkg/resource/article/>
            PREFIX pl:  <https://w3id.org/incidentkg/resource/place/>
            PREFIX per: <https://w3id.org/incidentkg/resource/person/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private static ArticleGraph graph(String turtle) {
        Model m = RDFParser.fromString(PREFIXES + turtle, Lang.TURTLE).toModel();
        return new ArticleGraph("a.txt", A, m);
    }

    @Test
    void writesOnceThenFindsItUnchangedThenReplaces() throws ArticleException {
        Dataset ds = TDB2Factory.createDataset();
        ArticleWriter w = new ArticleWriter(ds);
        ArticleGraph first = graph("""
                inc:i1 a ikg:Attack ; ikg:supportedBy art:a ; ikg:city pl:x ; ikg:earliestDate "2020-01-05"^^xsd:date .
                inc:i2 a ikg:Attack ; ikg:supportedBy art:b ; ikg:city pl:x ; ikg:earliestDate "2020-06-20"^^xsd:date .
                """);
        assertEquals(ArticleLoader.Outcome.LOADED, w.write(first));
        assertEquals(ArticleLoader.Outcome.UNCHANGED, w.write(graph("""
                inc:i2 a ikg:Attack ; ikg:supportedBy art:b ; ikg:city pl:x ; ikg:earliestDate "2020-06-20"^^xsd:date .
                inc:i1 a ikg:Attack ; ikg:supportedBy art:a ; ikg:city pl:x ; ikg:earliestDate "2020-01-05"^^xsd:date .
                """)));
        Txn.executeRead(ds, () -> {
            Model related = ds.getNamedModel(IKG.GRAPH_RELATED);
            assertTrue(related.contains(related.createResource(IKG.RESOURCE_NS + "incident/i1"), IKG.relatedTo,
                                        related.createResource(IKG.RESOURCE_NS + "incident/i2")));
        });
        // a new version replaces the old graph whole, and the relations of the incident it no longer has go
        assertEquals(ArticleLoader.Outcome.LOADED, w.write(graph("""
                inc:i3 a ikg:Raid ; ikg:supportedBy art:a .
                """)));
        Txn.executeRead(ds, () -> {
            Model g = ds.getNamedModel(A);
            assertEquals(2, g.size());
            assertFalse(ds.getNamedModel(IKG.GRAPH_RELATED).contains(null, IKG.relatedTo, (org.apache.jena.rdf.model.RDFNode) null));
        });
    }

    @Test
    void aSharedCityAloneRelatesIncidentsOnlyWithinAYear() throws ArticleException {
        Dataset ds = TDB2Factory.createDataset();
        ArticleWriter w = new ArticleWriter(ds);
        w.write(graph("""
                inc:i1 a ikg:Attack ; ikg:supportedBy art:a ; ikg:city pl:x ; ikg:earliestDate "2020-01-05"^^xsd:date .
                inc:i2 a ikg:Attack ; ikg:supportedBy art:a ; ikg:city pl:x ; ikg:earliestDate "2021-01-04"^^xsd:date .
                inc:i3 a ikg:Attack ; ikg:supportedBy art:a ; ikg:city pl:x ; ikg:earliestDate "2021-01-06"^^xsd:date .
                inc:i4 a ikg:Attack ; ikg:supportedBy art:a ; ikg:city pl:x .
                inc:i5 a ikg:Attack ; ikg:supportedBy art:a ; ikg:city pl:x ; ikg:earliestDate "2023-05-01"^^xsd:date ;
                       ikg:perpetrator per:p .
                inc:i6 a ikg:Attack ; ikg:supportedBy art:a ; ikg:city pl:x ; ikg:earliestDate "2015-05-01"^^xsd:date ;
                       ikg:perpetrator per:p .
                per:p a ikg:Person .
                """));
        Txn.executeRead(ds, () -> {
            Model related = ds.getNamedModel(IKG.GRAPH_RELATED);
            // 365 days apart: related; 367 days apart: not; undated: not
            assertTrue(related.contains(inc(related, "i1"), IKG.relatedTo, inc(related, "i2")));
            assertFalse(related.contains(inc(related, "i1"), IKG.relatedTo, inc(related, "i3")));
            assertTrue(related.contains(inc(related, "i2"), IKG.relatedTo, inc(related, "i3")));
            assertFalse(related.contains(inc(related, "i4"), IKG.relatedTo, (org.apache.jena.rdf.model.RDFNode) null));
            assertFalse(related.contains(null, IKG.relatedTo, inc(related, "i4")));
            // eight years apart, but the same person took part: related, and the city counts among the reasons
            Resource r56 = related.createResource(IKG.RESOURCE_NS + "relatedness/i5--i6");
            assertEquals(java.util.Set.of(IKG.NS + "SharedParticipant", IKG.NS + "SameCity"),
                         related.listObjectsOfProperty(r56, IKG.reason).mapWith(n -> n.asResource().getURI()).toSet());
        });
    }

    private static Resource inc(Model m, String local) {
        return m.createResource(IKG.RESOURCE_NS + "incident/" + local);
    }

    @Test
    void aSharedCountryAddsToARelationButMakesNoneOnItsOwn() throws ArticleException {
        Dataset ds = TDB2Factory.createDataset();
        ArticleWriter w = new ArticleWriter(ds);
        w.write(graph("""
                inc:i1 a ikg:Attack ; ikg:supportedBy art:a ; ikg:city pl:x ; ikg:country pl:c ;
                       ikg:earliestDate "2020-01-05"^^xsd:date .
                inc:i2 a ikg:Attack ; ikg:supportedBy art:a ; ikg:city pl:x ; ikg:country pl:c ;
                       ikg:earliestDate "2020-06-20"^^xsd:date .
                inc:i3 a ikg:Attack ; ikg:supportedBy art:a ; ikg:city pl:y ; ikg:country pl:c .
                """));
        Txn.executeRead(ds, () -> {
            Model related = ds.getNamedModel(IKG.GRAPH_RELATED);
            Resource r12 = related.createResource(IKG.RESOURCE_NS + "relatedness/i1--i2");
            assertEquals(java.util.Set.of(IKG.NS + "SameCity", IKG.NS + "SameCountry"),
                         related.listObjectsOfProperty(r12, IKG.reason).mapWith(n -> n.asResource().getURI()).toSet());
            Resource i3 = related.createResource(IKG.RESOURCE_NS + "incident/i3");
            assertFalse(related.contains(i3, IKG.relatedTo, (org.apache.jena.rdf.model.RDFNode) null));
            assertFalse(related.contains(null, IKG.relatedTo, i3));
        });
    }

    /**
     * 22 incidents of one group, ten days apart, each in an article of its own, loaded in date order. The first
     * 21 relate to each other (20 relations each: the most an incident keeps). The 22nd, i21, ranks above the
     * weakest relation of i11 to i20 (i00, at least 110 days away) and takes its place; i10 keeps i20 (100 days
     * away, as far as i21 is from i11, the IRI breaks the tie against i21) and i0 to i9 keep i20 too, which is
     * nearer than i21. Having lost ten relations, i00 has room again, and takes i21 (210 days away) last. Pairs
     * within 30 days score 5 (same group, within days), the others 4.
     */
    @Test
    void anIncidentKeepsItsStrongestRelationsOnly() throws ArticleException {
        Dataset ds = TDB2Factory.createDataset();
        ArticleWriter w = new ArticleWriter(ds);
        java.time.LocalDate day = java.time.LocalDate.parse("2020-01-01");
        for (int n = 0; n < 22; n++) {
            String id = String.format("i%02d", n);
            Model m = RDFParser.fromString(PREFIXES + "PREFIX org: <https://w3id.org/incidentkg/resource/organization/>\n"
                    + "inc:" + id + " a ikg:Attack ; ikg:supportedBy art:" + id + " ; ikg:perpetrator org:g ; "
                    + "ikg:earliestDate \"" + day.plusDays(10L * n) + "\"^^xsd:date .\n"
                    + "org:g a ikg:Organization .", Lang.TURTLE).toModel();
            w.write(new ArticleGraph(id + ".txt", IKG.RESOURCE_NS + "article/" + id, m));
        }
        Txn.executeRead(ds, () -> {
            Model related = ds.getNamedModel(IKG.GRAPH_RELATED);
            assertEquals(names(11, 20, "i00"), partners(related, "i21"));
            assertEquals(names(1, 10, "i21"), partners(related, "i00"));
            assertEquals(names(1, 19, "i21"), partners(related, "i20"));
            java.util.Set<String> i10 = names(0, 20);
            i10.remove("i10");
            assertEquals(i10, partners(related, "i10"));
            for (int n = 0; n < 22; n++)
                assertTrue(partners(related, String.format("i%02d", n)).size() <= Relatedness.MAX_RELATED);
            // both ways, with a qualified relation for each direction and none left over from an evicted one
            long links = related.listStatements(null, IKG.relatedTo, (org.apache.jena.rdf.model.RDFNode) null).toList().size();
            for (var s : related.listStatements(null, IKG.relatedTo, (org.apache.jena.rdf.model.RDFNode) null).toList())
                assertTrue(related.contains(s.getResource(), IKG.relatedTo, s.getSubject()), s.toString());
            assertEquals(links, related.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, IKG.Relatedness).toList().size());
            Resource r2120 = related.createResource(IKG.RESOURCE_NS + "relatedness/i21--i20");
            assertEquals(5.0, r2120.getProperty(IKG.score).getDouble());
            assertFalse(related.containsResource(related.createResource(IKG.RESOURCE_NS + "relatedness/i11--i00")));
        });
    }

    /** i{@code from} to i{@code to}, and {@code more}. */
    private static java.util.Set<String> names(int from, int to, String... more) {
        java.util.Set<String> s = new java.util.TreeSet<>(java.util.List.of(more));
        for (int n = from; n <= to; n++)
            s.add(String.format("i%02d", n));
        return s;
    }

    private static java.util.Set<String> partners(Model related, String local) {
        java.util.Set<String> s = new java.util.TreeSet<>();
        related.listObjectsOfProperty(inc(related, local), IKG.relatedTo)
               .forEach(n -> s.add(n.asResource().getURI().substring((IKG.RESOURCE_NS + "incident/").length())));
        return s;
    }

    @Test
    void incidentsAreTheSubjectsSupportedByTheArticle() {
        assertEquals(java.util.List.of(IKG.RESOURCE_NS + "incident/i1"), graph("""
                inc:i1 a ikg:Attack ; ikg:supportedBy art:a .
                per:p a ikg:Person .
                """).incidents());
    }
}
