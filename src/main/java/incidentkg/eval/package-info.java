/**
 * Scores the loader against annotated corpora (MUC-4, WikiEvents): {@link incidentkg.eval.GoldReader}
 * reads the gold, {@link incidentkg.eval.IncidentExport} exports the predicted incidents by SPARQL,
 * {@link incidentkg.eval.MucScorer} and {@link incidentkg.eval.WikiEventsScorer} score them, and
 * {@link incidentkg.eval.CorpusEvaluator} runs it all on a corpus folder into an
 * {@link incidentkg.eval.EvalReport}.
 */
package incidentkg.eval;
