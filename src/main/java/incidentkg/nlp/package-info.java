/**
 * The one shared Stanford CoreNLP pipeline, with its output turned into this project's records.
 */
package incidentkg.nlp;
