package io.forecourt.forecast.flag;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/**
 * A standard a rep is not meeting, raised and cleared by re-evaluation only (rows are written by
 * {@link FlagRepository}'s upsert, never by the entity manager): at most one open flag per rule,
 * rep and subject.
 */
@Entity
@Table(name = "flags")
public class Flag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String rule;

    @Column(name = "rep_id", nullable = false)
    private Long repId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "subject_key", nullable = false)
    private String subjectKey;

    @Column(nullable = false)
    private String message;

    @Column(nullable = false)
    private String evidence;

    @Column(name = "raised_at", nullable = false)
    private OffsetDateTime raisedAt;

    @Column(name = "evaluated_at", nullable = false)
    private OffsetDateTime evaluatedAt;

    @Column(name = "cleared_at")
    private OffsetDateTime clearedAt;

    protected Flag() {
    }

    public Long getId() { return id; }
    public String getRule() { return rule; }
    public Long getRepId() { return repId; }
    public Long getTeamId() { return teamId; }
    public String getSubjectKey() { return subjectKey; }
    public String getMessage() { return message; }
    public String getEvidence() { return evidence; }
    public OffsetDateTime getRaisedAt() { return raisedAt; }
    public OffsetDateTime getEvaluatedAt() { return evaluatedAt; }
    public OffsetDateTime getClearedAt() { return clearedAt; }
    public boolean isOpen() { return clearedAt == null; }
}
