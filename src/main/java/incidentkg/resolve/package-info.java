/**
 * Links mentions to gazetteer entities, resolves coreference inside an article, and mints stable identifiers.
 */
package incidentkg.resolve;
