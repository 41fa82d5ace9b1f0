package incidentkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

class OntologyFilesTest {

    static final String GTD = "https://w3id.org/incidentkg/ontology/gtd#";
    static final String MUC4 = "https://w3id.org/incidentkg/ontology/muc4#";
    static final String CAMEO = "https://w3id.org/incidentkg/ontology/cameo#";
    static final List<String> OUR_NAMESPACES = List.of(IKG.NS, GTD, MUC4, CAMEO);

    static final Set<Resource> DECLARING_TYPES = Set.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
        OWL.AnnotationProperty, RDF.Property, SKOS.Concept, SKOS.ConceptScheme, OWL2.NamedIndividual);

    /** Every term of ONTOLOGY-CORE.md in the ikg: namespace, by kind. */
    static final List<String> CONTRACT_CLASSES = List.of(
        "Article", "Incident", "Attack", "ArmedAssault", "Bombing", "HostageTaking", "Kidnapping",
        "Assassination", "Arson", "SecurityOperation", "Raid", "MilitaryOperation", "Plot", "Demonstration",
        "Occupation", "Person", "PersonGroup", "Organization", "ArmedGroup", "SecurityForce", "GovernmentBody",
        "Company", "NewsOrganization", "Place", "Country", "Region", "City", "Venue", "Tally", "Claim", "Mention");
    static final List<String> CONTRACT_PROPERTIES = List.of(
        "earliestDate", "latestDate", "date", "place", "venue", "city", "country", "locatedIn", "perpetrator",
        "organizer", "claimedBy", "target", "victim", "respondent", "conductedBy", "instrument", "partOf",
        "follows", "relatedTo", "affiliatedWith", "memberOf", "operatedBy", "killedIn", "suspectIn",
        "nationality", "size", "tally", "tallyKind", "count", "qualifier", "population", "reportedBy", "asOf",
        "verified", "claimant", "claimedIncident", "evidence", "inArticle");
    static final List<String> CONTRACT_CONCEPTS = List.of(
        "Killed", "Injured", "Hostages", "Released", "AccountedFor", "Remaining",
        "Exact", "UpTo", "AtLeast", "MoreThan", "Approximately");

    @Test
    void everyFileParses() {
        for (String file : List.of(OntologyFiles.IKG_TTL, OntologyFiles.INCIDENT_TYPES_TTL, OntologyFiles.SHAPES_TTL)) {
            Graph graph = GraphFactory.createDefaultGraph();
            OntologyFiles.read(file, graph);
            assertTrue(graph.size() > 100, file + " has " + graph.size() + " triples");
        }
        assertFalse(OntologyFiles.ontology().isEmpty());
        assertFalse(OntologyFiles.shapesGraph().isEmpty());
    }

    @Test
    void everyTermUsedAnywhereIsDeclaredLabelledAndDefined() {
        Model ontology = OntologyFiles.ontology();
        Set<String> used = new TreeSet<>();
        used.addAll(termsIn(ontology.getGraph()));
        used.addAll(termsIn(OntologyFiles.shapesGraph()));
        List<String> problems = new ArrayList<>();
        for (String iri : used) {
            Resource term = ontology.createResource(iri);
            if (DECLARING_TYPES.stream().noneMatch(type -> ontology.contains(term, RDF.type, type)))
                problems.add(iri + " is not declared");
            if (!ontology.contains(term, RDFS.label) && !ontology.contains(term, SKOS.prefLabel))
                problems.add(iri + " has no rdfs:label or skos:prefLabel");
            if (!ontology.contains(term, SKOS.definition))
                problems.add(iri + " has no skos:definition");
            if (!ontology.contains(term, RDFS.isDefinedBy, ontology.createResource(IKG.GRAPH_ONTOLOGY)))
                problems.add(iri + " has no rdfs:isDefinedBy <" + IKG.GRAPH_ONTOLOGY + ">");
        }
        assertEquals(List.of(), problems);
        assertTrue(used.size() > 150, used.size() + " terms");
    }

    /** The Turtle example that ends a usage note parses, with the file's prefixes and the resource base. */
    @Test
    void everyExampleInAUsageNoteParses() {
        Graph ikgTtl = GraphFactory.createDefaultGraph();
        OntologyFiles.read(OntologyFiles.IKG_TTL, ikgTtl);
        StringBuilder prologue = new StringBuilder("@base <" + IKG.RESOURCE_NS + "> .\n");
        ikgTtl.getPrefixMapping().getNsPrefixMap()
            .forEach((prefix, ns) -> prologue.append("@prefix ").append(prefix).append(": <").append(ns).append("> .\n"));
        List<String> problems = new ArrayList<>();
        int examples = 0;
        for (Triple t : ikgTtl.find(Node.ANY, RDFS.comment.asNode(), Node.ANY).toList()) {
            String comment = t.getObject().getLiteralLexicalForm();
            int at = comment.indexOf("Example");
            if (at < 0)
                continue;
            examples++;
            String example = comment.substring(comment.indexOf(':', at) + 1);
            try {
                RDFParser.fromString(prologue + example, Lang.TURTLE).parse(GraphFactory.createDefaultGraph());
            } catch (RiotException e) {
                problems.add(t.getSubject().getLocalName() + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(examples >= 20, examples + " examples");
    }

    @Test
    void everyContractTermIsPresent() {
        Model ontology = OntologyFiles.ontology();
        List<String> missing = new ArrayList<>();
        for (String name : CONTRACT_CLASSES)
            if (!ontology.contains(ontology.createResource(IKG.NS + name), RDF.type, OWL.Class))
                missing.add("class ikg:" + name);
        for (String name : CONTRACT_PROPERTIES) {
            Resource p = ontology.createResource(IKG.NS + name);
            if (!(ontology.contains(p, RDF.type, OWL.ObjectProperty) || ontology.contains(p, RDF.type, OWL.DatatypeProperty)
                    || ontology.contains(p, RDF.type, RDF.Property)))
                missing.add("property ikg:" + name);
        }
        for (String name : CONTRACT_CONCEPTS)
            if (!ontology.contains(ontology.createResource(IKG.NS + name), RDF.type, SKOS.Concept))
                missing.add("concept ikg:" + name);
        assertEquals(List.of(), missing);
    }

    @Test
    void contractAlignmentsAndAxioms() {
        Model m = OntologyFiles.ontology();
        assertTrue(m.contains(ikg(m, "organizer"), RDFS.subPropertyOf, ikg(m, "perpetrator")));
        assertTrue(m.contains(ikg(m, "relatedTo"), RDF.type, OWL.SymmetricProperty));
        assertTrue(m.contains(ikg(m, "Attack"), RDFS.subClassOf, ikg(m, "Incident")));
        assertTrue(m.contains(ikg(m, "Attack"), SKOS.closeMatch, m.createResource("http://www.wikidata.org/entity/Q2223653")));
        assertTrue(m.contains(ikg(m, "Incident"), RDFS.subClassOf, m.createResource("http://semanticweb.cs.vu.nl/2009/11/sem/Event")));
        assertTrue(m.contains(ikg(m, "Place"), RDFS.subClassOf, m.createResource("http://www.opengis.net/ont/geosparql#Feature")));
        assertTrue(m.contains(ikg(m, "Organization"), RDFS.subClassOf, m.createResource("http://www.w3.org/ns/org#Organization")));
        assertTrue(m.contains(ikg(m, "Mention"), RDFS.subClassOf,
            m.createResource("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#String")));
        assertTrue(m.contains(ikg(m, "reportedBy"), RDFS.subPropertyOf, m.createResource("http://www.w3.org/ns/prov#wasAttributedTo")));
        for (String name : List.of("Tally", "Claim", "Article"))
            assertTrue(m.contains(ikg(m, name), RDFS.subClassOf, m.createResource("http://www.w3.org/ns/prov#Entity")), name);
        // the merge rule is written where users look for it
        for (String name : List.of("Incident", "supportedBy"))
            assertTrue(m.listObjectsOfProperty(ikg(m, name), RDFS.comment).toList().stream()
                .anyMatch(c -> c.asLiteral().getString().contains("several articles report the same incident when they share the type family")), name);
    }

    @Test
    void everyIkgConstantIsADeclaredTermAndEveryTermHasAConstant() throws IllegalAccessException {
        Model ontology = OntologyFiles.ontology();
        Set<String> constants = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Field field : IKG.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || !Resource.class.isAssignableFrom(field.getType()))
                continue;
            Resource term = (Resource) field.get(null);
            constants.add(term.getURI());
            if (!term.getURI().equals(IKG.NS + field.getName()))
                problems.add("IKG." + field.getName() + " is " + term.getURI());
            if (DECLARING_TYPES.stream().noneMatch(type -> ontology.contains(term, RDF.type, type)))
                problems.add("IKG." + field.getName() + " is not declared");
            boolean isProperty = ontology.contains(term, RDF.type, OWL.ObjectProperty)
                || ontology.contains(term, RDF.type, OWL.DatatypeProperty)
                || ontology.contains(term, RDF.type, OWL.AnnotationProperty) || ontology.contains(term, RDF.type, RDF.Property);
            if (isProperty != (field.getType() == org.apache.jena.rdf.model.Property.class))
                problems.add("IKG." + field.getName() + " has Java type " + field.getType().getSimpleName());
        }
        for (String iri : declaredIkgTerms(ontology))
            if (!constants.contains(iri))
                problems.add(iri + " has no constant in IKG");
        assertEquals(List.of(), problems);
    }

    /** The MUC-4 type of every incident class that has one: hand-written, as the evaluator relies on it. */
    @Test
    void mucMappingIsCompleteAndUnique() {
        Map<String, String> expected = new TreeMap<>(Map.of(
            "Attack", "ATTACK", "ArmedAssault", "ATTACK", "Bombing", "BOMBING", "HostageTaking", "KIDNAPPING",
            "Kidnapping", "KIDNAPPING", "Assassination", "ATTACK", "Arson", "ARSON", "Hijacking", "HIJACKING"));
        assertEquals(expected, mappedNotations(MUC4 + "IncidentTypes"));
    }

    @Test
    void gtdMappingOfAttackClasses() {
        Map<String, String> expected = new TreeMap<>(Map.of(
            "Attack", "9", "Assassination", "1", "ArmedAssault", "2", "Bombing", "3", "Hijacking", "4",
            "HostageTaking", "5", "Kidnapping", "6", "Arson", "7"));
        assertEquals(expected, mappedNotations(GTD + "AttackTypes"));
    }

    @Test
    void everyIncidentClassHasExactlyOneIncidentType() {
        Model m = OntologyFiles.ontology();
        Resource incident = ikg(m, "Incident");
        List<String> problems = new ArrayList<>();
        Set<Resource> classes = new java.util.HashSet<>(m.listSubjectsWithProperty(RDFS.subClassOf).toList());
        classes.add(incident);
        int count = 0;
        for (Resource c : classes) {
            if (!isSubClassOf(m, c, incident))
                continue;
            count++;
            List<Resource> concepts = m.listSubjectsWithProperty(IKG.forClass, c).toList();
            if (concepts.size() != 1)
                problems.add(c.getLocalName() + " has " + concepts.size() + " concepts");
            else if (!concepts.get(0).getURI().equals(c.getURI() + "Type")
                    || !m.contains(concepts.get(0), SKOS.inScheme, IKG.IncidentTypes))
                problems.add(c.getLocalName() + " -> " + concepts.get(0));
        }
        assertEquals(List.of(), problems);
        assertEquals(17, count);
    }

    @Test
    void theShapesParseAndTheOntologyAloneConforms() {
        Shapes shapes = Shapes.parse(OntologyFiles.shapesGraph());
        assertTrue(shapes.numShapes() > 10);
        var report = ShaclValidator.get().validate(shapes, OntologyFiles.ontology().getGraph());
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    // ---- helpers

    static Resource ikg(Model m, String local) {
        return m.createResource(IKG.NS + local);
    }

    static boolean isSubClassOf(Model m, Resource c, Resource ancestor) {
        if (c.equals(ancestor))
            return true;
        for (RDFNode parent : m.listObjectsOfProperty(c, RDFS.subClassOf).toList())
            if (parent.isURIResource() && isSubClassOf(m, parent.asResource(), ancestor))
                return true;
        return false;
    }

    /** Class local name -> notation of the single mapped concept of {@code scheme}; fails on two. */
    static Map<String, String> mappedNotations(String scheme) {
        Model m = OntologyFiles.ontology();
        Map<String, String> result = new TreeMap<>();
        for (Resource concept : m.listSubjectsWithProperty(SKOS.inScheme, IKG.IncidentTypes).toList()) {
            List<String> notations = new ArrayList<>();
            for (var mapping : List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch))
                for (RDFNode target : m.listObjectsOfProperty(concept, mapping).toList())
                    if (m.contains(target.asResource(), SKOS.inScheme, m.createResource(scheme)))
                        notations.add(m.getProperty(target.asResource(), SKOS.notation).getString());
            if (notations.size() > 1)
                throw new AssertionError(concept + " maps to " + notations + " in " + scheme);
            if (notations.size() == 1)
                result.put(m.getProperty(concept, IKG.forClass).getResource().getLocalName(), notations.get(0));
        }
        return result;
    }

    static Set<String> termsIn(Graph graph) {
        Set<String> terms = new TreeSet<>();
        graph.find().forEach((Triple t) -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject()))
                if (n.isURI() && OUR_NAMESPACES.stream().anyMatch(ns -> n.getURI().startsWith(ns)))
                    terms.add(n.getURI());
        });
        return terms;
    }

    static Set<String> declaredIkgTerms(Model ontology) {
        Set<String> terms = new TreeSet<>();
        for (Resource type : DECLARING_TYPES)
            ontology.listSubjectsWithProperty(RDF.type, type).forEach(r -> {
                if (r.isURIResource() && r.getURI().startsWith(IKG.NS))
                    terms.add(r.getURI());
            });
        return terms;
    }
}
