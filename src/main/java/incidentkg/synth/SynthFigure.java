package incidentkg.synth;

import incidentkg.model.Qualifier;

/** A generated figure: its count, its qualifier and the words that say it ("at least 12"). */
public record SynthFigure(int count, Qualifier qualifier, String phrase) {}
