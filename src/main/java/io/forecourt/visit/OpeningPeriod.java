package io.forecourt.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When a customer receives visits: one period of an ISO weekday (1 = Monday); a day may have several. An
 * account with none recorded takes the forecourt.visits.* defaults.
 */
@Entity
@Table(name = "account_opening_hours")
@IdClass(OpeningPeriod.Key.class)
public class OpeningPeriod {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Id
    private short weekday;

    @Id
    private LocalTime opens;

    @Column(nullable = false)
    private LocalTime closes;

    protected OpeningPeriod() {
    }

    OpeningPeriod(long accountId, int weekday, LocalTime opens, LocalTime closes) {
        this.accountId = accountId;
        this.weekday = (short) weekday;
        this.opens = opens;
        this.closes = closes;
    }

    public Long getAccountId() { return accountId; }
    public int getWeekday() { return weekday; }
    public LocalTime getOpens() { return opens; }
    public LocalTime getCloses() { return closes; }

    /** An account, a weekday and when a period starts. */
    public static class Key implements Serializable {
        private Long accountId;
        private short weekday;
        private LocalTime opens;

        protected Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(accountId, k.accountId) && weekday == k.weekday
                    && Objects.equals(opens, k.opens);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, weekday, opens);
        }
    }
}
