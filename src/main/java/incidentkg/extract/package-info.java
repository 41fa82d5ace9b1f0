/**
 * Finds mentions, incidents, tallies, claims and dates in an annotated article.
 */
package incidentkg.extract;
