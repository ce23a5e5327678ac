package io.forecourt.configurator.saved;

import io.forecourt.configurator.evaluation.Evaluation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A saved configuration as frozen, and ({@code today}) what today's catalogue and rules say of it. */
public record SavedView(long id, String code, String product, String market, List<String> selections, String name,
                        String email, String status, boolean valid, boolean complete, Evaluation.Price price,
                        String rulesVersion, OffsetDateTime createdAt, String link, Today today) {

    /** Re-evaluation under the rules in service now ({@code valid}, {@code completable}, {@code complete} as in an evaluation). */
    public record Today(boolean valid, boolean completable, boolean complete, BigDecimal total, boolean priceChanged,
                        boolean rulesChanged, String rulesVersion, List<Evaluation.Violation> violations) {

        /** Whether it can still be built as saved (and so be quoted). */
        public boolean buildable() {
            return valid && complete;
        }
    }
}
