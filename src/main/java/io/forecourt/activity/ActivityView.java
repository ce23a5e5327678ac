package io.forecourt.activity;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A contact as the API and the pages show it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityView(Long id, Long accountId, String accountName, String type, String purpose,
                           String department, String status, OffsetDateTime plannedAt, OffsetDateTime doneAt,
                           String outcome, Boolean success, String notes, Integer durationMinutes,
                           LocalDate followUpOn, Long ownerId, String owner, OverrideView override,
                           int version) {

    /** Who let this contact through the guard, why, and past which activity. */
    public record OverrideView(String reason, Long byId, String by, Long activityId) {
    }

    public boolean done() {
        return doneAt != null;
    }

    public OffsetDateTime when() {
        return doneAt != null ? doneAt : plannedAt;
    }
}
