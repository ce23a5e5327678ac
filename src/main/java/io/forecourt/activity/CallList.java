package io.forecourt.activity;

import java.time.LocalDate;
import java.util.List;

/** A rep's day: planned contacts, follow-ups that are due, new leads, and prospects nobody has contacted yet. */
public record CallList(LocalDate date, List<ActivityView> planned, List<ActivityView> overdueFollowUps,
                       List<Prospect> notYetContacted, List<io.forecourt.lead.NewLeads.NewLead> newLeads) {

    public record Prospect(Long accountId, String name, String city, String phone) {
    }
}
