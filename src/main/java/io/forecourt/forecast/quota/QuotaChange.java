package io.forecourt.forecast.quota;

import io.forecourt.common.persistence.HistoryEntry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** One change of a quota: old target (null when it was set) to new, and why. */
@Entity
@Table(name = "quota_changes")
public class QuotaChange extends HistoryEntry {

    @Column(name = "quota_id", nullable = false)
    private Long quotaId;

    @Column(name = "old_target")
    private BigDecimal oldTarget;

    @Column(name = "new_target", nullable = false)
    private BigDecimal newTarget;

    private String reason;

    protected QuotaChange() {
    }

    QuotaChange(Long quotaId, BigDecimal oldTarget, BigDecimal newTarget, Long by, String reason) {
        super(by, null);
        this.quotaId = quotaId;
        this.oldTarget = oldTarget;
        this.newTarget = newTarget;
        this.reason = reason;
    }

    public Long getQuotaId() { return quotaId; }
    public BigDecimal getOldTarget() { return oldTarget; }
    public BigDecimal getNewTarget() { return newTarget; }
    public String getReason() { return reason; }
}
