package incidentkg.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One incident as exported from the graph for one document, flat. Each entity-valued item is the
 * set of surface forms of one entity (its {@code rdfs:label}s, {@code skos:altLabel}s and the
 * {@code nif:anchorOf} of its mentions in this document); it matches a gold filler when any form
 * equals any alternative after normalisation. Dates and counts are null when not stated.
 *
 * @param docId the document ({@code dcterms:identifier} of the article: the text file's base name)
 * @param iri the incident's IRI
 * @param classes the incident's most specific classes listed in {@code eval/muc-types.tsv}
 * @param types MUC-4 incident types; empty for incidents that are no MUC-4 incident
 * @param conflictAttack true when the incident counts as a KAIROS {@code Conflict.Attack} (WikiEvents)
 * @param earliest first possible day ({@code ikg:earliestDate} or {@code ikg:date})
 * @param latest last possible day ({@code ikg:latestDate} or {@code ikg:date})
 * @param countries {@code ikg:country}
 * @param cities {@code ikg:city}
 * @param places {@code ikg:place} and {@code ikg:venue}
 * @param perpetratorOrganizations {@code ikg:perpetrator}s that are organizations
 * @param perpetratorIndividuals {@code ikg:perpetrator}s that are persons or person groups (or untyped)
 * @param claimedBy {@code ikg:claimedBy}
 * @param conductedBy {@code ikg:conductedBy}
 * @param physicalTargets {@code ikg:target}
 * @param humanTargets {@code ikg:victim}
 * @param instruments {@code ikg:instrument}, literal or resource
 * @param killedPersons persons with {@code ikg:killedIn} this incident
 * @param suspects persons with {@code ikg:suspectIn} this incident
 * @param killed count of the chosen {@code ikg:Killed} tally
 * @param wounded count of the chosen {@code ikg:Injured} tally
 * @param freed count of the chosen {@code ikg:Released} tally
 */
public record PredictedIncident(
        String docId,
        String iri,
        Set<String> classes,
        Set<String> types,
        boolean conflictAttack,
        LocalDate earliest,
        LocalDate latest,
        List<Set<String>> countries,
        List<Set<String>> cities,
        List<Set<String>> places,
        List<Set<String>> perpetratorOrganizations,
        List<Set<String>> perpetratorIndividuals,
        List<Set<String>> claimedBy,
        List<Set<String>> conductedBy,
        List<Set<String>> physicalTargets,
        List<Set<String>> humanTargets,
        List<Set<String>> instruments,
        List<Set<String>> killedPersons,
        List<Set<String>> suspects,
        Integer killed,
        Integer wounded,
        Integer freed) {

    public PredictedIncident {
        classes = Set.copyOf(classes);
        types = Set.copyOf(types);
        countries = copy(countries);
        cities = copy(cities);
        places = copy(places);
        perpetratorOrganizations = copy(perpetratorOrganizations);
        perpetratorIndividuals = copy(perpetratorIndividuals);
        claimedBy = copy(claimedBy);
        conductedBy = copy(conductedBy);
        physicalTargets = copy(physicalTargets);
        humanTargets = copy(humanTargets);
        instruments = copy(instruments);
        killedPersons = copy(killedPersons);
        suspects = copy(suspects);
    }

    /** The predictions that pass {@code keep}, grouped by document in their order. */
    static Map<String, List<PredictedIncident>> byDocument(List<PredictedIncident> predicted,
                                                           Predicate<PredictedIncident> keep) {
        Map<String, List<PredictedIncident>> byDoc = new LinkedHashMap<>();
        for (PredictedIncident p : predicted)
            if (keep.test(p))
                byDoc.computeIfAbsent(p.docId(), d -> new ArrayList<>()).add(p);
        return byDoc;
    }

    private static List<Set<String>> copy(List<Set<String>> entities) {
        return entities.stream().<Set<String>>map(forms -> Collections.unmodifiableSet(new LinkedHashSet<>(forms))).toList();
    }

    /** True when the incident has a date. */
    public boolean hasDate() {
        return earliest != null || latest != null;
    }

    /** A builder for the incident {@code iri} of document {@code docId}. */
    public static Builder builder(String docId, String iri) {
        return new Builder(docId, iri);
    }

    /** Collects the parts of a {@link PredictedIncident}; each entity method adds one entity's forms. */
    public static final class Builder {
        private final String docId;
        private final String iri;
        private final Set<String> classes = new LinkedHashSet<>();
        private final Set<String> types = new LinkedHashSet<>();
        private boolean conflictAttack;
        private LocalDate earliest;
        private LocalDate latest;
        private final List<Set<String>> countries = new ArrayList<>();
        private final List<Set<String>> cities = new ArrayList<>();
        private final List<Set<String>> places = new ArrayList<>();
        private final List<Set<String>> perpetratorOrganizations = new ArrayList<>();
        private final List<Set<String>> perpetratorIndividuals = new ArrayList<>();
        private final List<Set<String>> claimedBy = new ArrayList<>();
        private final List<Set<String>> conductedBy = new ArrayList<>();
        private final List<Set<String>> physicalTargets = new ArrayList<>();
        private final List<Set<String>> humanTargets = new ArrayList<>();
        private final List<Set<String>> instruments = new ArrayList<>();
        private final List<Set<String>> killedPersons = new ArrayList<>();
        private final List<Set<String>> suspects = new ArrayList<>();
        private Integer killed;
        private Integer wounded;
        private Integer freed;

        private Builder(String docId, String iri) {
            this.docId = docId;
            this.iri = iri;
        }

        public Builder classes(String... iris) { classes.addAll(List.of(iris)); return this; }
        public Builder types(String... mucTypes) { types.addAll(List.of(mucTypes)); return this; }
        public Builder conflictAttack(boolean value) { conflictAttack = value; return this; }
        public Builder dates(LocalDate first, LocalDate last) { earliest = first; latest = last; return this; }
        public Builder date(LocalDate day) { return dates(day, day); }
        public Builder country(String... forms) { return add(countries, forms); }
        public Builder city(String... forms) { return add(cities, forms); }
        public Builder place(String... forms) { return add(places, forms); }
        public Builder perpetratorOrganization(String... forms) { return add(perpetratorOrganizations, forms); }
        public Builder perpetratorIndividual(String... forms) { return add(perpetratorIndividuals, forms); }
        public Builder claimedBy(String... forms) { return add(claimedBy, forms); }
        public Builder conductedBy(String... forms) { return add(conductedBy, forms); }
        public Builder physicalTarget(String... forms) { return add(physicalTargets, forms); }
        public Builder humanTarget(String... forms) { return add(humanTargets, forms); }
        public Builder instrument(String... forms) { return add(instruments, forms); }
        public Builder killedPerson(String... forms) { return add(killedPersons, forms); }
        public Builder suspect(String... forms) { return add(suspects, forms); }
        public Builder killed(Integer count) { killed = count; return this; }
        public Builder wounded(Integer count) { wounded = count; return this; }
        public Builder freed(Integer count) { freed = count; return this; }

        private Builder add(List<Set<String>> into, String... forms) {
            into.add(new LinkedHashSet<>(List.of(forms)));
            return this;
        }

        public PredictedIncident build() {
            return new PredictedIncident(docId, iri, classes, types, conflictAttack, earliest, latest,
                    countries, cities, places, perpetratorOrganizations, perpetratorIndividuals, claimedBy,
                    conductedBy, physicalTargets, humanTargets, instruments, killedPersons, suspects,
                    killed, wounded, freed);
        }
    }
}
