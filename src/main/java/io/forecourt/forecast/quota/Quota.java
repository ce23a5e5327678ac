package io.forecourt.forecast.quota;

import io.forecourt.common.persistence.TrackedEntity;
import io.forecourt.forecast.Metric;
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

/** One standard: a target for a rep, team or territory on one metric in one period. */
@Entity
@Table(name = "quotas")
public class Quota extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Scope scope;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(nullable = false, updatable = false)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Metric metric;

    @Column(nullable = false)
    private BigDecimal target;

    protected Quota() {
    }

    Quota(Scope scope, Long subjectId, Long teamId, String period, Metric metric, BigDecimal target) {
        this.scope = scope;
        this.subjectId = subjectId;
        this.teamId = teamId;
        this.period = period;
        this.metric = metric;
        this.target = target;
    }

    public Long getId() { return id; }
    public Scope getScope() { return scope; }
    public Long getSubjectId() { return subjectId; }
    public Long getTeamId() { return teamId; }
    public String getPeriod() { return period; }
    public Metric getMetric() { return metric; }
    public BigDecimal getTarget() { return target; }
    void setTarget(BigDecimal target) { this.target = target; }
}
