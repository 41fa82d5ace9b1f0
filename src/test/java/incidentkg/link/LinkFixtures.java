package incidentkg.link;

import incidentkg.store.Store;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;

/** The store data and the Wikidata-shaped data of the link tests. */
final class LinkFixtures {
    private LinkFixtures() {}

    static final String RES = "https://w3id.org/incidentkg/resource/";
    static final String TIMBUKTU = RES + "place/timbuktu", SPRINGFIELD = RES + "place/springfield",
            JANE_ROE = RES + "person/jane-roe";

    /**
     * One article. Timbuktu (in Mali, which the gazetteer links to wd:Q912) and Springfield are new cities, Jane
     * Roe a new person; "local police" is a description scoped to the article; Bamako is linked by the gazetteer.
     */
    static final String ARTICLE = """
        PREFIX ikg: <https://w3id.org/incidentkg/ontology#>
        PREFIX res: <https://w3id.org/incidentkg/resource/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        GRAPH res:article\\/t1 {
            res:article\\/t1 a ikg:Article ; dcterms:identifier "t1" .
            res:place\\/timbuktu a ikg:City ; rdfs:label "Timbuktu"@en ; skos:altLabel "Tombouctou"@en ;
                ikg:locatedIn res:place\\/mali .
            res:place\\/springfield a ikg:City ; rdfs:label "Springfield"@en .
            res:person\\/jane-roe a ikg:Person ; rdfs:label "Jane Roe"@en .
            res:organization\\/t1-local-police a ikg:SecurityForce ; rdfs:label "local police"@en .
            res:place\\/bamako a ikg:City ; rdfs:label "Bamako"@en .
        }
        """;

    /**
     * Wikidata-shaped items: one Timbuktu that is a city (through a subclass of wd:Q515) in Mali and one that is
     * a film; two Springfields that are both cities with no country that could tell them apart; a Jane Roe that
     * is a film; a "local police" and a "Bamako", which must never be asked for.
     */
    static final String WIKIDATA = """
        wd:Q900001 rdfs:label "Timbuktu"@en ; skos:altLabel "Tombouctou"@en ; wdt:P31 wd:Q900100 ; wdt:P17 wd:Q912 ;
            wdt:P625 "Point(-3.0 16.77)"^^geo:wktLiteral .
        wd:Q900100 rdfs:label "urban commune"@en ; wdt:P279 wd:Q515 .
        wd:Q900002 rdfs:label "Timbuktu"@en ; wdt:P31 wd:Q900200 .
        wd:Q900200 rdfs:label "film"@en .
        wd:Q900003 rdfs:label "Springfield"@en ; wdt:P31 wd:Q515 .
        wd:Q900004 rdfs:label "Springfield"@en ; wdt:P31 wd:Q515 .
        wd:Q900005 rdfs:label "Jane Roe"@en ; wdt:P31 wd:Q900200 .
        wd:Q900006 rdfs:label "local police"@en ; wdt:P31 wd:Q35535 .
        wd:Q900007 rdfs:label "Bamako"@en ; wdt:P31 wd:Q515 .
        wd:Q515 rdfs:label "city"@en .
        """;

    static void loadArticle(Store store) {
        Txn.executeWrite(store.dataset(), () -> RDFParser.fromString(ARTICLE, Lang.TRIG).parse(store.dataset()));
    }
}
