package incidentkg.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResourceFormatTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | HTML",
        "*/* | HTML",
        "'' | HTML",
        "text/turtle | TURTLE",
        "application/ld+json | JSONLD",
        "application/n-triples | NTRIPLES",
        "application/rdf+xml | RDFXML",
        "text/turtle;q=0.5, application/ld+json | JSONLD",
        "application/rdf+xml;q=0.9, text/html;q=0.1 | RDFXML",
        "image/png | HTML",
        "not a media type;;; | HTML",
        "text/plain | NTRIPLES",
        "text/*;q=0.5, text/turtle;q=0 | HTML",
    })
    void acceptHeader(String accept, ResourceFormat expected) {
        assertEquals(expected, ResourceFormat.ofAccept(accept));
    }

    @ParameterizedTest
    @CsvSource({"ttl, TURTLE", "jsonld, JSONLD", "nt, NTRIPLES", "rdf, RDFXML", "html, HTML", "TTL, TURTLE"})
    void formatParameter(String param, ResourceFormat expected) {
        assertEquals(expected, ResourceFormat.ofParam(param));
    }

    @org.junit.jupiter.api.Test
    void unknownParameterIsNull() {
        assertEquals(null, ResourceFormat.ofParam("xls"));
    }
}
