/**
 * Synthetic data for scale tests: news-like articles assembled from the gazetteer, the lexicon and phrase
 * templates ({@code data/synth/templates.txt}), and graphs of the contract's shape written as N-Quads.
 */
package incidentkg.synth;
