package io.forecourt.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A day a rep does not work (a holiday, or fell ill that morning): re-planning moves that day's visits. */
@Entity
@Table(name = "visit_days_off")
@IdClass(DayOff.Key.class)
public class DayOff {

    @Id
    @Column(name = "rep_id")
    private Long repId;

    @Id
    private LocalDate day;

    @Column(nullable = false)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now();

    protected DayOff() {
    }

    DayOff(long repId, LocalDate day, String reason) {
        this.repId = repId;
        this.day = day;
        this.reason = reason;
    }

    public Long getRepId() { return repId; }
    public LocalDate getDay() { return day; }
    public String getReason() { return reason; }
    public OffsetDateTime getCreatedAt() { return createdAt; }

    /** A rep and a day. */
    public static class Key implements Serializable {
        private Long repId;
        private LocalDate day;

        protected Key() {
        }

        public Key(long repId, LocalDate day) {
            this.repId = repId;
            this.day = day;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(repId, k.repId) && Objects.equals(day, k.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(repId, day);
        }
    }
}
