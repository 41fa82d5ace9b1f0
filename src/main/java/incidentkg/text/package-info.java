/**
 * Reads article files, checks them, and segments their text into headlines, body, captions, credits and teasers.
 */
package incidentkg.text;
