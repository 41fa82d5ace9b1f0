package incidentkg.cli;

import incidentkg.link.LinkScorer;
import incidentkg.link.LinkVocab;
import incidentkg.link.PoliteEndpoint;
import incidentkg.link.WikidataClasses;
import incidentkg.link.WikidataLinker;
import incidentkg.rules.DataSource;
import incidentkg.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code link [--store DIR] [--endpoint URL]}: reconciles unlinked entities against Wikidata-shaped data. */
@Command(name = "link", mixinStandardHelpOptions = true,
        header = "Link entities that the gazetteer did not link to Wikidata, through a SPARQL endpoint.",
        description = {
            "For each named person, organization or place of the loaded articles without an owl:sameAs to "
                    + "Wikidata, asks the endpoint for items whose English label or alias is its name, scores them "
                    + "(name, type through wdt:P31/wdt:P279*, country through wdt:P17, uniqueness) and writes the "
                    + "accepted links, with score, method and date, into the graph " + LinkVocab.GRAPH_WIKIDATA + ".",
            "Two candidates with the same best score are ambiguous and stay unlinked. Answers are cached in the "
                    + "store folder; requests are spaced and name IncidentKG in their User-Agent. Loading never "
                    + "waits for this command."},
        footer = {"", "Exit status: 0 every entity was asked about, 1 the endpoint failed (links decided before "
                  + "the failure are kept), 2 bad usage."})
public final class LinkCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = LinkVocab.WIKIDATA_SPARQL,
            description = "SPARQL endpoint with Wikidata-shaped data (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "1000",
            description = "Least time between two requests, in milliseconds (default: ${DEFAULT-VALUE}).")
    long delay;

    @Option(names = "--min-score", paramLabel = "X", defaultValue = "" + LinkScorer.DEFAULT_THRESHOLD,
            description = "Lowest score accepted, in (0, 1] (default: ${DEFAULT-VALUE}).")
    double minScore;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Folder of cached answers (default: link-cache/ in the store folder).")
    Path cache;

    @Option(names = "--refresh", description = "Ask the endpoint again even when an answer is cached.")
    boolean refresh;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(minScore > 0 && minScore <= 1))
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-score must be in (0, 1]: " + minScore);
        PoliteEndpoint ep;
        try {
            ep = new PoliteEndpoint(endpoint, cache != null ? cache : options.store.resolve("link-cache"), delay, refresh);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--endpoint: " + e.getMessage());
        }
        WikidataClasses classes = WikidataClasses.load(options.data == null ? DataSource.bundled() : DataSource.folder(options.data));
        WikidataLinker.Report r;
        try (Store store = Store.open(options.store, options.knowledge())) {
            r = new WikidataLinker(classes, ep, new LinkScorer(minScore), Clock.systemUTC())
                    .link(store.dataset(), line -> { err.println(line); err.flush(); });
        }
        out.printf("%d entities asked about: %d linked, %d ambiguous, %d unmatched; %d requests, %d answers from the cache%n",
                   r.decisions().size(), r.linked(), r.ambiguous(), r.unmatched(), r.requests(), r.cacheHits());
        out.flush();
        if (r.error() != null) {
            err.println("error: " + r.error());
            err.flush();
            return 1;
        }
        return 0;
    }
}
