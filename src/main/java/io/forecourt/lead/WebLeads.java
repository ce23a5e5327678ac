package io.forecourt.lead;

import io.forecourt.configurator.saved.ConfigurationSaved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * A customer who saves a configuration with an email becomes a lead, inside the save's transaction:
 * flagged if they are already known, never refused, and assigned to a rep in turn.
 */
@ApplicationScoped
class WebLeads {

    @Inject
    LeadRepository leads;

    @Inject
    LeadAssignment assignment;

    void onSaved(@Observes ConfigurationSaved saved) {
        String email = LeadService.blankToNull(saved.email());
        if (email == null) {
            return;
        }
        String name = LeadService.blankToNull(saved.name());
        Lead lead = new Lead(name != null ? name : email, Lead.Source.WEB_CONFIGURATOR);
        lead.details(name != null ? name : email, null, email, null, null);
        lead.setConfigurationCode(saved.code());
        leads.firstMatch(lead).ifPresent(d -> lead.flagDuplicate(d.leadId(), d.reason()));
        assignment.assign(lead, LeadAssignment.Pool.all());
        leads.persist(lead);
    }
}
