package io.forecourt.forecast.accuracy;

import io.forecourt.opportunity.Stage;

import java.time.LocalDate;
import java.util.List;

/**
 * An opportunity as the statistical forecast and the backtest see it: plain facts, no entity. The
 * stage history says which stage it entered on which day (the last entry decides where it stands).
 */
public record DealHistory(long id, long ownerId, double amount, LocalDate expectedClose, List<Entered> stages) {

    public record Entered(Stage stage, LocalDate on) {
    }

    public LocalDate createdOn() {
        return stages.get(0).on();
    }

    /** The stage entry in force at the end of {@code day} (null: the deal did not exist yet). */
    public Entered at(LocalDate day) {
        Entered current = null;
        for (Entered e : stages) {
            if (e.on().isAfter(day)) {
                break;
            }
            current = e;
        }
        return current;
    }

    /** The day it was won (null: not won). */
    public LocalDate wonOn() {
        Entered last = stages.get(stages.size() - 1);
        return last.stage() == Stage.CLOSED_WON ? last.on() : null;
    }

    /** The day it closed, won or lost (null: still open). */
    public LocalDate closedOn() {
        Entered last = stages.get(stages.size() - 1);
        return last.stage().isClosed() ? last.on() : null;
    }
}
