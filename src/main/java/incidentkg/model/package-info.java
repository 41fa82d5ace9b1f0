/**
 * Immutable records that cross the stages of the loader: articles, segments, mentions, entities, incidents, tallies and claims.
 */
package incidentkg.model;
