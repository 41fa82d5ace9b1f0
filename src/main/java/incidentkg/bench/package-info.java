/**
 * Benchmarks that report (never assert) how fast IncidentKG loads: throughput, time per stage, overhead over
 * bare CoreNLP, speedup on several threads, store writing against Jena's bulk loader, peak heap.
 */
package incidentkg.bench;
