package io.forecourt.quote;

import io.forecourt.configurator.evaluation.Evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A quote as reps, approvers and the event feed see it. {@code link} is the customer's page once
 * sent; {@code approval} says who must approve and which rules said so.
 */
public record QuoteView(long id, String number, QuoteStatus status, int revision, long accountId, String accountName,
                        Long opportunityId, long ownerId, String owner, BigDecimal discountPercent,
                        LocalDate validUntil, String currency, BigDecimal listTotal, BigDecimal discountAmount,
                        BigDecimal total, BigDecimal marginPercent, Approval approval, String link,
                        List<Line> lines, List<Change> history, List<Revision> revisions, Long orderId,
                        String rulesVersion, OffsetDateTime createdAt, int version) {

    /** Who approved it and when, once approved (the last approval in the history), else null. */
    public Change approvedBy() {
        Change last = null;
        for (Change c : history) {
            if (c.to() == QuoteStatus.APPROVED) {
                last = c;
            }
        }
        return last;
    }

    /** Still waiting for an approver (an approved quote keeps its approval level but waits no more). */
    public boolean awaitingApproval() {
        return status == QuoteStatus.PENDING_APPROVAL;
    }

    /** {@code product} is the catalogue code, {@code productName} what people read ("Aura"). */
    public record Line(int position, String configuration, String product, String productName, String market,
                       List<String> selections, Evaluation.Price price, BigDecimal listPrice,
                       BigDecimal discountPercent, BigDecimal netPrice, String link) {
    }

    /** Who must approve ({@code level}: MANAGER, ADMIN or null) and the rules' decisions. */
    public record Approval(String level, List<Rule> decisions) {
    }

    public record Rule(String rule, String level, String message) {
    }

    public record Change(QuoteStatus from, QuoteStatus to, Long byId, String by, OffsetDateTime at, String note) {
    }

    /** An earlier revision: its number, when it was replaced and by whom, and the quote as it was. */
    public record Revision(int revision, OffsetDateTime revisedAt, String by, Object snapshot) {
    }
}
