package incidentkg.export;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

import java.nio.file.Path;

/** The hand-made dataset of {@code src/test/resources/export/sample.trig} in a new in-memory TDB2 dataset. */
final class Sample {
    static final Path FILE = Path.of("src/test/resources/export/sample.trig");
    static final String RES = "https://w3id.org/incidentkg/resource/";

    private Sample() {}

    static Dataset dataset() {
        Dataset ds = TDB2Factory.createDataset();
        Txn.executeWrite(ds, () -> RDFParser.source(FILE).lang(Lang.TRIG).parse(ds));
        return ds;
    }
}
