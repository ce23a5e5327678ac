package io.forecourt.activity;

import java.time.LocalDate;
import java.util.List;

/** Done calls with a successful outcome per done call, per rep, over a period. */
public record SuccessRate(LocalDate from, LocalDate to, List<String> successOutcomes, List<Row> reps) {

    public record Row(Long ownerId, String owner, long doneCalls, long successfulCalls, double rate) {

        /** The rate as a whole percentage, for pages. */
        public long percent() {
            return Math.round(rate * 100);
        }
    }
}
