package io.forecourt.planning;

/** Where a planning job stands. Only {@link #SOLVING} changes; the others are final. */
public enum JobState {
    SOLVING, FINISHED, STOPPED, FAILED;

    public boolean isFinal() {
        return this != SOLVING;
    }

    /** The state for pages. */
    public String words() {
        return switch (this) {
            case SOLVING -> "Solving";
            case FINISHED -> "Finished";
            case STOPPED -> "Stopped (the best found so far is kept)";
            case FAILED -> "Failed";
        };
    }
}
