package io.forecourt.forecast.pipeline;

import io.forecourt.forecast.Scope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A forecast figure as a rep submitted it or a manager adjusted it; never changed, the newest counts. */
@Entity
@Table(name = "forecast_entries")
public class ForecastEntry {

    public enum Kind { SUBMITTED, ADJUSTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Scope scope;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "team_id", updatable = false)
    private Long teamId;

    @Column(nullable = false, updatable = false)
    private String period;

    @Column(name = "commit_amount", nullable = false, updatable = false)
    private BigDecimal commit;

    @Column(name = "best_case_amount", nullable = false, updatable = false)
    private BigDecimal bestCase;

    @Column(updatable = false)
    private String note;

    @Column(name = "entered_by", nullable = false, updatable = false)
    private Long enteredBy;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private OffsetDateTime enteredAt;

    protected ForecastEntry() {
    }

    ForecastEntry(Kind kind, Scope scope, Long subjectId, Long teamId, String period, BigDecimal commit,
                  BigDecimal bestCase, String note, Long enteredBy, OffsetDateTime enteredAt) {
        this.kind = kind;
        this.scope = scope;
        this.subjectId = subjectId;
        this.teamId = teamId;
        this.period = period;
        this.commit = commit;
        this.bestCase = bestCase;
        this.note = note;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt == null ? OffsetDateTime.now() : enteredAt;
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public Scope getScope() { return scope; }
    public Long getSubjectId() { return subjectId; }
    public String getPeriod() { return period; }
    public BigDecimal getCommit() { return commit; }
    public BigDecimal getBestCase() { return bestCase; }
    public String getNote() { return note; }
    public Long getEnteredBy() { return enteredBy; }
    public OffsetDateTime getEnteredAt() { return enteredAt; }
}
