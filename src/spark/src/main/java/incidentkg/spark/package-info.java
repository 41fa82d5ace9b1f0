/** Article ingestion as an Apache Spark job: articles from any Hadoop path in, N-Quads shards and a run report out. */
package incidentkg.spark;
