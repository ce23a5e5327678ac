package io.forecourt.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A plan saved from a solve: which job, for which days, who applied it when, its score and counts. */
@Entity
@Table(name = "visit_plans")
public class AppliedPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_id", nullable = false, updatable = false)
    private String jobId;

    @Column(name = "horizon_from", nullable = false)
    private LocalDate horizonFrom;

    @Column(name = "horizon_to", nullable = false)
    private LocalDate horizonTo;

    @Column(name = "applied_by", nullable = false)
    private Long appliedBy;

    @Column(name = "applied_at", nullable = false)
    private OffsetDateTime appliedAt = OffsetDateTime.now();

    @Column(nullable = false)
    private String score;

    @Column(nullable = false)
    private int planned;

    @Column(nullable = false)
    private int unplanned;

    protected AppliedPlan() {
    }

    AppliedPlan(String jobId, Horizon horizon, long appliedBy, String score, int planned, int unplanned) {
        this.jobId = jobId;
        this.horizonFrom = horizon.from();
        this.horizonTo = horizon.to();
        this.appliedBy = appliedBy;
        this.score = score;
        this.planned = planned;
        this.unplanned = unplanned;
    }

    public Long getId() { return id; }
    public String getJobId() { return jobId; }
    public LocalDate getHorizonFrom() { return horizonFrom; }
    public LocalDate getHorizonTo() { return horizonTo; }
    public Long getAppliedBy() { return appliedBy; }
    public OffsetDateTime getAppliedAt() { return appliedAt; }
    public String getScore() { return score; }
    public int getPlanned() { return planned; }
    public int getUnplanned() { return unplanned; }
}
