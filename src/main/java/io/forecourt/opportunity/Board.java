package io.forecourt.opportunity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the pipeline page shows: one column per open stage with its totals and cards, and for a
 * manager the reps to choose from ({@code ownerId} null = the whole team).
 */
public record Board(boolean lead, Long ownerId, List<RepOption> reps, List<Column> columns, Pipeline pipeline) {

    public record RepOption(long id, String name, boolean selected) {
    }

    public record Column(Stage stage, Pipeline.StageTotal total, List<Card> cards) {
    }

    /**
     * One opportunity on the board, with the stages its two buttons move it to (null: no button), every
     * stage it may move to (closing included), and its probability (overridden or the stage's default).
     */
    public record Card(long id, String name, long accountId, String accountName, BigDecimal amount, String currency,
                       LocalDate expectedCloseDate, String owner, int version, Stage previous, Stage next,
                       int probability, boolean probabilityOverridden, List<Stage> moves) {
    }
}
