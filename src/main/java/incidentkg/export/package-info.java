/**
 * Describes and exports the dataset: a VoID/DCAT description with its counts and link sets, dumps in
 * Turtle, TriG, N-Quads and JSON-LD, and a flat table of incidents for spreadsheets.
 */
package incidentkg.export;
