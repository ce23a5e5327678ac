package io.forecourt.visit.solver;

/**
 * When a visit may start, in the plan's time ticks: service starts no earlier than {@code start} and no later
 * than {@code end} (the literature's convention; a portal that needs the visit finished by closing time passes
 * closing minus the visit's duration as {@code end}).
 */
public record TimeWindow(long start, long end) {

    public TimeWindow {
        if (end < start) {
            throw new IllegalArgumentException("time window ends before it starts: " + start + ".." + end);
        }
    }
}
