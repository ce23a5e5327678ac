package io.forecourt.territory;

import io.forecourt.common.persistence.HistoryEntry;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The record of an applied rebalancing: which job, who applied it and when, and every move. */
@Entity
@Table(name = "territory_rebalances")
@AttributeOverride(name = "changedBy", column = @Column(name = "applied_by", nullable = false, updatable = false))
@AttributeOverride(name = "changedAt", column = @Column(name = "applied_at", nullable = false, updatable = false))
public class Rebalance extends HistoryEntry {

    @Embeddable
    public static class Move {
        @Column(name = "account_id", nullable = false)
        private Long accountId;
        @Column(name = "from_territory_id")
        private Long fromTerritoryId;
        @Column(name = "to_territory_id", nullable = false)
        private Long toTerritoryId;
        @Column(name = "from_owner_id")
        private Long fromOwnerId;
        @Column(name = "to_owner_id")
        private Long toOwnerId;

        protected Move() {
        }

        public Move(Long accountId, Long fromTerritoryId, Long toTerritoryId, Long fromOwnerId, Long toOwnerId) {
            this.accountId = accountId;
            this.fromTerritoryId = fromTerritoryId;
            this.toTerritoryId = toTerritoryId;
            this.fromOwnerId = fromOwnerId;
            this.toOwnerId = toOwnerId;
        }

        public Long getAccountId() { return accountId; }
        public Long getToTerritoryId() { return toTerritoryId; }
    }

    /** One open record of a moved account's old owner, and whether it went to the new owner. */
    @Embeddable
    public static class OpenWork {
        @Column(name = "account_id", nullable = false)
        private Long accountId;
        @Column(nullable = false)
        private String kind;
        @Column(name = "record_id", nullable = false)
        private Long recordId;
        @Column(nullable = false)
        private String text;
        @Column(name = "from_owner_id", nullable = false)
        private Long fromOwnerId;
        @Column(name = "to_owner_id", nullable = false)
        private Long toOwnerId;
        @Column(name = "handed_over", nullable = false)
        private boolean handedOver;

        protected OpenWork() {
        }

        public OpenWork(Long accountId, String kind, Long recordId, String text, Long fromOwnerId, Long toOwnerId,
                        boolean handedOver) {
            this.accountId = accountId;
            this.kind = kind;
            this.recordId = recordId;
            this.text = text.length() > 400 ? text.substring(0, 399) + "…" : text;
            this.fromOwnerId = fromOwnerId;
            this.toOwnerId = toOwnerId;
            this.handedOver = handedOver;
        }

        public Long getAccountId() { return accountId; }
        public String getKind() { return kind; }
        public Long getRecordId() { return recordId; }
        public String getText() { return text; }
        public Long getFromOwnerId() { return fromOwnerId; }
        public Long getToOwnerId() { return toOwnerId; }
        public boolean isHandedOver() { return handedOver; }
    }

    @Column(name = "job_id", nullable = false, unique = true)
    private String jobId;

    @Column(nullable = false)
    private String score;

    @Column(name = "moved_count", nullable = false)
    private int movedCount;

    @ElementCollection
    @CollectionTable(name = "territory_rebalance_moves", joinColumns = @JoinColumn(name = "rebalance_id"))
    private List<Move> moves = new ArrayList<>();

    /** hand-over or keep: what the apply did with the old owners' open work. */
    @Column(name = "open_work_rule", nullable = false)
    private String openWorkRule = "hand-over";

    @ElementCollection
    @CollectionTable(name = "territory_rebalance_open_work", joinColumns = @JoinColumn(name = "rebalance_id"))
    @OrderColumn(name = "position")
    private List<OpenWork> openWork = new ArrayList<>();

    protected Rebalance() {
    }

    public Rebalance(String jobId, long appliedBy, String score, List<Move> moves) {
        super(appliedBy, OffsetDateTime.now());
        this.jobId = jobId;
        this.score = score;
        this.moves = new ArrayList<>(moves);
        this.movedCount = moves.size();
    }

    public String getJobId() { return jobId; }
    public Long getAppliedBy() { return getChangedBy(); }
    public OffsetDateTime getAppliedAt() { return getChangedAt(); }
    public String getScore() { return score; }
    public int getMovedCount() { return movedCount; }
    public List<Move> getMoves() { return moves; }
    public List<OpenWork> getOpenWork() { return openWork; }
    public String getOpenWorkRule() { return openWorkRule; }
    void setOpenWorkRule(String openWorkRule) { this.openWorkRule = openWorkRule; }
}
