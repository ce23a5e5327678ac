package io.forecourt.forecast.pipeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** A rep's own forecast category for an opportunity, with the note saying why. */
@Entity
@Table(name = "forecast_categories")
public class CategoryOverride {

    @Id
    @Column(name = "opportunity_id")
    private Long opportunityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ForecastCategory category;

    private String note;

    @Column(name = "changed_by", nullable = false)
    private Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private int version;

    protected CategoryOverride() {
    }

    CategoryOverride(Long opportunityId) {
        this.opportunityId = opportunityId;
    }

    void set(ForecastCategory category, String note, Long by) {
        this.category = category;
        this.note = note;
        this.changedBy = by;
        this.changedAt = OffsetDateTime.now();
    }

    public Long getOpportunityId() { return opportunityId; }
    public ForecastCategory getCategory() { return category; }
    public String getNote() { return note; }
    public Long getChangedBy() { return changedBy; }
    public OffsetDateTime getChangedAt() { return changedAt; }
    public int getVersion() { return version; }
}
