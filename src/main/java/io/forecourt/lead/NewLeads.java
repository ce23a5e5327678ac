package io.forecourt.lead;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** A rep's leads nobody has contacted yet, newest first: what the call list and "My day" show. */
@ApplicationScoped
public class NewLeads {

    /** A lead to call. */
    public record NewLead(long id, String name, String company, String city, String phone, String source) {
    }

    @Inject
    LeadRepository leads;

    public List<NewLead> of(long ownerId, int limit) {
        return leads.find("ownerId = ?1 and status = ?2 order by createdAt desc", ownerId, Lead.Status.NEW)
                .page(0, limit).list().stream()
                .map(l -> new NewLead(l.getId(), l.getName(), l.getCompany(), l.getCity(), l.getPhone(),
                        l.getSource().name()))
                .toList();
    }
}
