package io.forecourt.lead;

import io.forecourt.common.demo.DemoDataContributor;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** A handful of leads for rep1 and rep2, one of them a flagged duplicate; a lead is added only once (by email). */
@ApplicationScoped
class DemoLeads implements DemoDataContributor {

    private static final String[][] LEADS = {
            // owner, source, name, company, email, phone, city
            {"rep1", "IMPORT", "Camille Bernard", "Transports Bernard", "c.bernard@demo-leads.forecourt.io", "04 78 12 34 56", "Tassin-la-Demi-Lune"},
            {"rep1", "REP", "Hugo Moreau", null, "hugo.moreau@demo-leads.forecourt.io", "06 11 22 33 44", "Écully"},
            {"rep1", "WEB_CONFIGURATOR", "Léa Petit", null, "lea.petit@demo-leads.forecourt.io", null, null},
            {"rep2", "IMPORT", "Nicolas Garnier", "Garnier Paysages", "n.garnier@demo-leads.forecourt.io", "+33 4 72 98 76 54", "Villeurbanne"},
            {"rep2", "REP", "Nico Garnier", null, "nico.garnier@demo-leads.forecourt.io", "04 72 98 76 54", "Villeurbanne"},
            {"rep2", "IMPORT", "Sophie Roux", "Roux Traiteur", "sophie.roux@demo-leads.forecourt.io", "04 78 55 66 77", "Bron"},
    };

    @Inject
    LeadRepository leads;

    @Inject
    UserRepository users;

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional
    public void load() {
        for (String[] row : LEADS) {
            if (leads.count("emailKey", LeadKeys.email(row[4])) > 0) {
                continue;
            }
            Long owner = users.findByUsername(row[0]).map(u -> u.getId()).orElse(null);
            if (owner == null) {
                continue;
            }
            Lead lead = new Lead(row[2], Lead.Source.valueOf(row[1]));
            lead.details(row[2], row[3], row[4], row[5], row[6]);
            lead.setOwnerId(owner);
            leads.firstMatch(lead).ifPresent(d -> lead.flagDuplicate(d.leadId(), d.reason()));
            leads.persist(lead);
        }
    }
}
