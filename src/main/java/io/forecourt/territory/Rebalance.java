package io.forecourt.territory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The record of an applied rebalancing: which job, who applied it and when, and every move. */
@Entity
@Table(name = "territory_rebalances")
public class Rebalance {

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

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "job_id", nullable = false, unique = true)
    private String jobId;

    @Column(name = "applied_by", nullable = false)
    private Long appliedBy;

    @Column(name = "applied_at", nullable = false)
    private OffsetDateTime appliedAt = OffsetDateTime.now();

    @Column(nullable = false)
    private String score;

    @Column(name = "moved_count", nullable = false)
    private int movedCount;

    @ElementCollection
    @CollectionTable(name = "territory_rebalance_moves", joinColumns = @JoinColumn(name = "rebalance_id"))
    private List<Move> moves = new ArrayList<>();

    protected Rebalance() {
    }

    public Rebalance(String jobId, long appliedBy, String score, List<Move> moves) {
        this.jobId = jobId;
        this.appliedBy = appliedBy;
        this.score = score;
        this.moves = new ArrayList<>(moves);
        this.movedCount = moves.size();
    }

    public Long getId() { return id; }
    public String getJobId() { return jobId; }
    public Long getAppliedBy() { return appliedBy; }
    public OffsetDateTime getAppliedAt() { return appliedAt; }
    public String getScore() { return score; }
    public int getMovedCount() { return movedCount; }
    public List<Move> getMoves() { return moves; }
}
