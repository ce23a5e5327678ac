package io.forecourt.planning;

/** Where a planning job stands. Only {@link #SOLVING} changes; the others are final. */
public enum JobState {
    SOLVING, FINISHED, STOPPED, FAILED;

    public boolean isFinal() {
        return this != SOLVING;
    }
}
