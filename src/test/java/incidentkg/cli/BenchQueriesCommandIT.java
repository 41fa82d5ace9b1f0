package incidentkg.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bench queries} on a tiny synthetic graph (one focus article: a hostage taking in the focus city,
 * organized by the focus person, with a follow-up raid; see data/synth/templates.txt): the table and JSON have
 * a row per query file, page and number of clients, with no errors and the row counts that article gives.
 */
class BenchQueriesCommandIT {
    @Test
    void measuresEveryQueryAndThePageWithoutErrors(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("bench.json");
        CliRun run = CliRun.of("bench", "queries", "--sizes", "6000", "--store", dir.resolve("bench").toString(),
                "--requests", "3", "--warmup", "1", "--clients", "1,2", "--json", json.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("no errors"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\d+ +cq1-incidents-in-city +1 +1 +3 .*")), run.out());

        JsonObject o = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        JsonArray results = o.getAsJsonArray("results");
        // the empty query, 11 query files and the incident page, with 1 and 2 clients
        assertEquals(13 * 2, results.size());
        Map<String, Long> rows = new HashMap<>();
        for (JsonElement e : results) {
            JsonObject r = e.getAsJsonObject();
            assertEquals(0, r.get("errors").getAsInt(), r.toString());
            assertEquals(3, r.get("requests").getAsInt(), r.toString());
            assertTrue(r.get("quads").getAsLong() >= 6000, r.toString());
            for (String k : new String[] {"p50Ms", "p95Ms", "p99Ms", "requestsPerSecond"})
                assertTrue(r.has(k), k);
            if (r.has("rows"))
                rows.put(r.get("target").getAsString(), r.get("rows").getAsLong());
        }
        // what the focus article says, counted by hand
        assertEquals(1, rows.get("cq1-incidents-in-city"));      // the hostage taking (the raid is part of it)
        assertEquals(2, rows.get("cq4-figures"));                // killed, hostages
        assertEquals(3, rows.get("cq5-organizations-involved")); // venue operator, respondent, raid's force
        assertEquals(2, rows.get("cq6-person"));                 // organizer of the hostage taking, killed in the raid
        assertEquals(2, rows.get("cq6b-incident-figures"));      // killed, hostages
        assertEquals(10, rows.get("cq8-evidence"));              // place city country perpetrator×2 victim claimedBy
                                                                 // organizer venue respondent
        assertEquals(1, rows.get("cq9-related"));                // the raid
        assertTrue(rows.get("cq2-claims") >= 1);                 // at least the focus article's claim
        assertTrue(rows.get("cq3-affiliates-of-al-qaeda") >= 1); // the gazetteer's affiliates
        assertTrue(rows.get("cq7-places") >= 2);                 // at least the two focus incidents
        assertTrue(rows.containsKey("cq10-names"));                // text:query on the store's index, no error
        assertTrue(!rows.containsKey("incident-page"));
        assertEquals(1, rows.get("baseline-ask"));
        assertEquals(1, o.getAsJsonArray("stores").size());
    }
}
