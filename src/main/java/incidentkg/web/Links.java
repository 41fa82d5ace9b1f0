package incidentkg.web;

import incidentkg.rdf.IKG;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Maps resource IRIs to the local paths that serve them, and names outside links. */
final class Links {
    /** Where resource IRIs are served: {@value}. */
    static final String RESOURCE_PATH = "/resource/";
    /** The characters a served resource path may hold (the loader's ids are slugs, dates and offsets). */
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._~%!$&'()*+,;=:@/-]+");

    private Links() {}

    /** Whether the IRI is one of IncidentKG's resources. */
    static boolean isResource(String iri) {
        return iri != null && iri.startsWith(IKG.RESOURCE_NS);
    }

    /** The local path of a resource IRI, or the IRI itself for any other. */
    static String href(String iri) {
        return isResource(iri) ? RESOURCE_PATH + iri.substring(IKG.RESOURCE_NS.length()) : iri;
    }

    /** The resource IRI of a path below {@link #RESOURCE_PATH} (without it), or null when it is not a safe path. */
    static String iriOfPath(String rest) {
        if (rest == null || rest.isEmpty() || rest.contains("..") || rest.contains("//") || !SAFE_PATH.matcher(rest).matches())
            return null;
        return IKG.RESOURCE_NS + rest;
    }

    /** The page that highlights code points [begin, end) of an article's text. */
    static String evidence(String articleIri, long begin, long end) {
        return href(articleIri) + "?mark=" + begin + "-" + end + "#evidence";
    }

    /** The query editor opened on a panel's query for one resource. */
    static String sparql(String panel, String iri) {
        return "/query?panel=" + enc(panel) + (iri == null ? "" : "&this=" + enc(iri));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The name of the knowledge base an owl:sameAs target belongs to: Wikidata, GeoNames, DBpedia or its host. */
    static String sameAsName(String iri) {
        if (iri.startsWith("http://www.wikidata.org/entity/"))
            return "Wikidata " + iri.substring(iri.lastIndexOf('/') + 1);
        if (iri.contains("geonames.org/"))
            return "GeoNames " + iri.replaceAll("^.*geonames\\.org/(\\d+).*$", "$1");
        if (iri.contains("dbpedia.org/resource/"))
            return "DBpedia " + iri.substring(iri.lastIndexOf('/') + 1).replace('_', ' ');
        return iri.replaceAll("^https?://([^/]+).*$", "$1");
    }

    /** The last segment of an IRI (after '#' or '/'). */
    static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
    }
}
