package incidentkg.store;

import incidentkg.model.Article;
import incidentkg.model.ArticleMetadata;
import incidentkg.model.Extraction;
import incidentkg.model.Fact;
import incidentkg.model.Incident;
import incidentkg.model.IncidentClass;
import incidentkg.model.Span;
import incidentkg.model.Stage;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The cross-article merge on stored incidents written by hand: which stored incident a new article's incident
 * joins, found from the places and participants they share.
 */
class IncidentMergerTest {
    /** Stored reports from two earlier articles, in their named graphs. */
    private static final String STORED = """
            PREFIX ikg: <https://w3id.org/incidentkg/ontology#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX inc: <https://w3id.org/incidentkg/resource/incident/>
            PREFIX art: <https://w3id.org/incidentkg/resource/article/>
            PREFIX pl:  <https://w3id.org/incidentkg/resource/place/>
            PREFIX org: <https://w3id.org/incidentkg/resource/organization/>
            GRAPH art:earlier {
              inc:market-bombing a ikg:Bombing ; ikg:supportedBy art:earlier ; ikg:city pl:port-sable ;
                  ikg:earliestDate "2031-03-02"^^xsd:date ; ikg:latestDate "2031-03-04"^^xsd:date .
              inc:convoy-ambush a ikg:ArmedAssault ; ikg:supportedBy art:earlier ;
                  ikg:perpetrator org:red-ridge-front ;
                  ikg:earliestDate "2031-03-03"^^xsd:date ; ikg:latestDate "2031-03-03"^^xsd:date .
              inc:old-raid a ikg:Raid ; ikg:supportedBy art:earlier ; ikg:city pl:port-sable ;
                  ikg:earliestDate "2031-03-03"^^xsd:date ; ikg:latestDate "2031-03-03"^^xsd:date .
            }
            GRAPH art:later {
              inc:harbour-fire a ikg:Arson ; ikg:supportedBy art:later ; ikg:city pl:port-sable ;
                  ikg:earliestDate "2032-06-10"^^xsd:date ; ikg:latestDate "2032-06-10"^^xsd:date .
            }
            """;

    private static Dataset stored() {
        Dataset ds = TDB2Factory.createDataset();
        Txn.executeWrite(ds, () -> RDFParser.fromString(STORED, Lang.TRIG).parse(ds));
        return ds;
    }

    private static Incident incident(String id, IncidentClass cls, String day) {
        LocalDate d = LocalDate.parse(day);
        return new Incident(id, cls, id, d, d, true, Stage.Accomplished, List.of(new Span(0, 4)));
    }

    private static Extraction extraction(List<Incident> incidents, List<Fact> facts) {
        Article a = new Article("new-report", "Text", ArticleMetadata.empty(), List.of());
        return new Extraction(a, List.of(), List.of(), incidents, List.of(), List.of(), facts);
    }

    private static Fact fact(String subject, String predicate, String object) {
        return new Fact(subject, predicate, object, new Span(0, 4), false);
    }

    private static List<String> ids(Dataset ds, Extraction x) {
        Extraction merged = Txn.calculateRead(ds, () -> IncidentMerger.merge(ds, x));
        List<String> out = new ArrayList<>();
        for (Incident i : merged.incidents())
            out.add(i.id());
        return out;
    }

    @Test
    void joinsTheStoredIncidentOfTheSameFamilyCityAndDays() {
        Extraction x = extraction(List.of(incident("incident/blast-in-port-sable", IncidentClass.Attack, "2031-03-03")),
                                  List.of(fact("incident/blast-in-port-sable", "city", "place/port-sable")));
        // the raid shares city and day but is a security operation; the arson is a year later
        assertEquals(List.of("incident/market-bombing"), ids(stored(), x));
    }

    @Test
    void joinsThroughASharedPerpetratorWithoutAPlace() {
        Extraction x = extraction(List.of(incident("incident/ambush", IncidentClass.Attack, "2031-03-03")),
                                  List.of(fact("incident/ambush", "perpetrator", "organization/red-ridge-front")));
        assertEquals(List.of("incident/convoy-ambush"), ids(stored(), x));
    }

    @Test
    void staysApartWithNothingSharedOrOnOtherDays() {
        Extraction x = extraction(List.of(incident("incident/other-town", IncidentClass.Bombing, "2031-03-03"),
                                          incident("incident/port-sable-later", IncidentClass.Bombing, "2031-09-01"),
                                          incident("incident/no-place", IncidentClass.Bombing, "2031-03-03")),
                                  List.of(fact("incident/other-town", "city", "place/greyhaven"),
                                          fact("incident/port-sable-later", "city", "place/port-sable"),
                                          // a participant the stored incidents do not have
                                          fact("incident/no-place", "victim", "person/ana-vell")));
        assertEquals(List.of("incident/other-town", "incident/port-sable-later", "incident/no-place"),
                     ids(stored(), x));
    }

    @Test
    void incidentsAYearApartInOneArticleEachJoinTheirOwn() {
        // the stored incidents asked for lie between the article's earliest date and its latest
        Extraction x = extraction(List.of(incident("incident/blast", IncidentClass.Bombing, "2031-03-03"),
                                          incident("incident/fire", IncidentClass.Arson, "2032-06-10")),
                                  List.of(fact("incident/blast", "city", "place/port-sable"),
                                          fact("incident/fire", "city", "place/port-sable")));
        assertEquals(List.of("incident/market-bombing", "incident/harbour-fire"), ids(stored(), x));
    }

    @Test
    void anArticlesOwnEarlierVersionIsNotAnotherReport() {
        Dataset ds = stored();
        Extraction x = new Extraction(new Article("earlier", "Text", ArticleMetadata.empty(), List.of()), List.of(),
                List.of(), List.of(incident("incident/blast", IncidentClass.Bombing, "2031-03-03")), List.of(), List.of(),
                List.of(fact("incident/blast", "city", "place/port-sable")));
        assertEquals(List.of("incident/blast"), ids(ds, x));
    }
}
