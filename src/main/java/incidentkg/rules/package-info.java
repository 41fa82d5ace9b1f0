/**
 * Loads and validates the knowledge kept as data: lexicons, patterns and the gazetteer.
 */
package incidentkg.rules;
