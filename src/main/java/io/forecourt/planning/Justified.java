package io.forecourt.planning;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * A constraint justification that reads as a sentence for a planner ("Account Garage Martin moved
 * from NORTH-A to NORTH-B"). Features' justification records implement it; the score breakdown shows
 * {@link #text()} (any other justification is shown by its {@code toString}).
 */
public interface Justified extends ConstraintJustification {

    String text();
}
