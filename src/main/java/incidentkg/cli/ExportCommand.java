package incidentkg.cli;

import incidentkg.export.DatasetExporter;
import incidentkg.export.VoidDescription;
import incidentkg.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code export [--store DIR] --output DIR}: dumps, the incidents table and the VoID description. */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Write the dataset as Turtle, TriG, N-Quads and JSON-LD, incidents.csv and its VoID description.",
        description = {
            "Writes to the output folder: " + DatasetExporter.TURTLE + " (the union of the graphs), "
                    + DatasetExporter.TRIG + ", " + DatasetExporter.NQUADS + " and " + DatasetExporter.JSONLD
                    + " (every named graph), " + DatasetExporter.CSV + " (one row per incident, RFC 4180, for "
                    + "spreadsheets) and " + DatasetExporter.VOID + " (VoID/DCAT: counts, classes, link sets to "
                    + "Wikidata, GeoNames and DBpedia, licence, SPARQL endpoint)."},
        footer = {"", "Exit status: 0 written, 1 failure, 2 bad usage."})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Option(names = "--output", paramLabel = "DIR", required = true, description = "Folder to write the files to.")
    Path output;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = "http://localhost:3030/kg/sparql",
            description = "SPARQL endpoint named in the VoID description (default: ${DEFAULT-VALUE}).")
    String endpoint;

    @Option(names = "--license", paramLabel = "IRI", defaultValue = VoidDescription.DEFAULT_LICENSE,
            description = "Licence named in the VoID description (default: ${DEFAULT-VALUE}).")
    String license;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the files will be published (ending in /); default: named relative to void.ttl.")
    String baseUrl;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<DatasetExporter.Written> files;
        try (Store store = Store.open(options.store, options.knowledge())) {
            err.println("exporting " + options.store + " to " + output + "…");
            err.flush();
            files = DatasetExporter.export(store.dataset(), output, endpoint, license, baseUrl);
        }
        for (DatasetExporter.Written w : files)
            out.println("wrote " + w.file() + " (" + w.content() + ")");
        out.flush();
        return 0;
    }
}
