package incidentkg.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LinksTest {
    @Test
    void resourceIrisMapToLocalPathsAndBack() {
        assertEquals("/resource/place/bamako", Links.href("https://w3id.org/incidentkg/resource/place/bamako"));
        assertEquals("http://www.wikidata.org/entity/Q3703", Links.href("http://www.wikidata.org/entity/Q3703"));
        assertEquals("https://w3id.org/incidentkg/resource/mention/a/1-2", Links.iriOfPath("mention/a/1-2"));
    }

    @Test
    void unsafePathsHaveNoIri() {
        assertNull(Links.iriOfPath("../kg/get"));
        assertNull(Links.iriOfPath("place/<script>"));
        assertNull(Links.iriOfPath("place//x"));
        assertNull(Links.iriOfPath(""));
        assertNull(Links.iriOfPath("a b"));
    }

    @Test
    void evidenceLinkMarksTheSpan() {
        assertEquals("/resource/article/bamako-2015?mark=1146-1244#evidence",
                Links.evidence("https://w3id.org/incidentkg/resource/article/bamako-2015", 1146, 1244));
    }

    @Test
    void outsideKnowledgeBasesAreNamed() {
        assertEquals("Wikidata Q3703", Links.sameAsName("http://www.wikidata.org/entity/Q3703"));
        assertEquals("GeoNames 2460596", Links.sameAsName("https://sws.geonames.org/2460596/"));
        assertEquals("DBpedia Radisson Blu", Links.sameAsName("http://dbpedia.org/resource/Radisson_Blu"));
        assertEquals("example.org", Links.sameAsName("https://example.org/x"));
    }
}
