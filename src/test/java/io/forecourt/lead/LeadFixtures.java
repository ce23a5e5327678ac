package io.forecourt.lead;

import io.forecourt.account.Territory;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Leads placed exactly where a scoping test needs them, independent of assignment rules. */
@ApplicationScoped
class LeadFixtures {

    @Inject
    EntityManager em;

    @Inject
    UserRepository users;

    long userId(String username) {
        return users.findByUsername(username).orElseThrow().getId();
    }

    /** A lead owned by {@code owner} lying in a fresh territory worked by {@code territoryRep}. */
    @Transactional
    long inTerritoryOf(String name, String owner, String territoryRep) {
        String code = "L-" + UUID.randomUUID().toString().substring(0, 8);
        Territory territory = new Territory(code, "Lead test " + code, userId(territoryRep), null);
        em.persist(territory);
        Lead lead = new Lead(name, Lead.Source.REP);
        lead.setOwnerId(userId(owner));
        lead.setTerritoryId(territory.getId());
        em.persist(lead);
        return lead.getId();
    }
}
