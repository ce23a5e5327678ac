package io.forecourt.order;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** An order as the API and pages show it, with the quote and configurations it came from and its history. */
public record OrderView(long id, String number, OrderStatus status, long accountId, String accountName, long ownerId,
                        String owner, BigDecimal total, String currency, String cancelReason, OffsetDateTime createdAt,
                        int version, List<OrderStatus> allowed, QuoteRef quote, List<Line> lines,
                        List<Change> history) {

    public record QuoteRef(long id, String number, int revision) {
    }

    /** {@code product}: the catalogue code; {@code productName}: what people read ("Aura"). */
    public record Line(String configuration, String product, String productName, BigDecimal netPrice, String link) {
    }

    public record Change(OrderStatus from, OrderStatus to, Long byId, String by, OffsetDateTime at, String note) {
    }
}
