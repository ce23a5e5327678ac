package io.forecourt.lead;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.security.CurrentUser;
import io.forecourt.security.OwnerScope;
import io.forecourt.security.Role;
import io.forecourt.security.Team;
import io.forecourt.security.TeamRepository;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Leads as the caller may see and change them (own, team's, all; out of scope is 404). New leads are
 * checked against every live lead and flagged as duplicates, never refused.
 */
@ApplicationScoped
public class LeadService {

    @Inject
    LeadRepository leads;

    @Inject
    LeadAssignment assignment;

    @Inject
    LeadLifecycle lifecycle;

    @Inject
    UserRepository users;

    @Inject
    TeamRepository teams;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public List<LeadView> list(String status, String q) {
        return views(leads.search(currentUser.ownerScope(), parseStatus(status), q));
    }

    /** Which of these leads the caller may merge into (sees); the page offers a merge only into those. */
    @Transactional
    public java.util.Set<Long> visibleAmong(Collection<Long> ids) {
        return leads.visibleAmong(ids, currentUser.ownerScope());
    }

    @Transactional
    public LeadView get(long id) {
        return view(visible(id));
    }

    /** A rep owns what they create; a manager's or admin's lead goes to a rep by territory or in turn. */
    @Transactional
    public LeadView create(@Valid @NotNull LeadRequest r) {
        Lead lead = new Lead(r.name().trim(), Lead.Source.REP);
        lead.details(r.name().trim(), blankToNull(r.company()), blankToNull(r.email()), blankToNull(r.phone()),
                blankToNull(r.city()));
        return view(add(lead));
    }

    @Transactional
    public LeadView update(long id, @Valid @NotNull LeadRequest r) {
        if (r.version() == null) {
            throw invalid("version", "must be the version the change is based on");
        }
        Lead lead = visible(id);
        if (r.version() != lead.getVersion()) {
            throw ForecourtException.stale("lead", lead.getVersion());
        }
        if (lead.getStatus() == Lead.Status.CONVERTED || lead.getStatus() == Lead.Status.MERGED) {
            throw ForecourtException.conflict("A " + lead.getStatus() + " lead is history and is not changed");
        }
        lead.details(r.name().trim(), blankToNull(r.company()), blankToNull(r.email()), blankToNull(r.phone()),
                blankToNull(r.city()));
        leads.flush();
        return view(lead);
    }

    @Transactional
    public LeadView contacted(long id) {
        Lead lead = visible(id);
        lifecycle.move(lead, Lead.Status.CONTACTED);
        leads.flush(); // a concurrent change of the same lead loses here, as a 409
        return view(lead);
    }

    @Transactional
    public LeadView qualify(long id) {
        Lead lead = visible(id);
        lifecycle.move(lead, Lead.Status.QUALIFIED);
        leads.flush(); // a concurrent change of the same lead loses here, as a 409
        return view(lead);
    }

    @Transactional
    public LeadView disqualify(long id, String reason) {
        Lead lead = visible(id);
        lifecycle.move(lead, Lead.Status.DISQUALIFIED);
        lead.setStatusReason(reason.trim());
        leads.flush(); // a concurrent change of the same lead loses here, as a 409
        return view(lead);
    }

    @Transactional
    public LeadView merge(long id, long into) {
        if (id == into) {
            throw invalid("into", "must be another lead");
        }
        Lead survivor = visible(into);
        lifecycle.merge(visible(id), survivor);
        leads.flush();
        return view(survivor);
    }

    @Transactional
    public LeadActions.Converted convert(long id) {
        LeadActions.Converted converted = lifecycle.convert(visible(id), currentUser.requireUserId());
        leads.flush();
        return converted;
    }

    /** Every row is checked first; one bad row refuses the whole file (422) and nothing is imported. */
    @Transactional
    public LeadActions.Imported importCsv(String text) {
        LeadCsv.Parsed parsed = LeadCsv.read(text);
        if (!parsed.errors().isEmpty()) {
            throw new ImportRefused(parsed.errors());
        }
        List<Long> ids = new ArrayList<>();
        List<LeadActions.FlaggedRow> flagged = new ArrayList<>();
        for (LeadCsv.Row row : parsed.rows()) {
            Lead lead = new Lead(row.name(), Lead.Source.IMPORT);
            lead.details(row.name(), row.company(), row.email(), row.phone(), row.city());
            add(lead);
            ids.add(lead.getId());
            if (lead.getDuplicateOf() != null) {
                flagged.add(new LeadActions.FlaggedRow(row.row(), lead.getId(), lead.getDuplicateOf(),
                        lead.getDuplicateReason()));
            }
        }
        return new LeadActions.Imported(ids.size(), ids, flagged);
    }

    @Transactional
    public List<LeadView> export(String status, String q) {
        return list(status, q);
    }

    /** Flags, assigns and stores a new lead; each is stored at once, so later rows of a file match it. */
    private Lead add(Lead lead) {
        leads.firstMatch(lead).ifPresent(d -> lead.flagDuplicate(d.leadId(), d.reason()));
        if (currentUser.hasRole(Role.REP)) {
            lead.setOwnerId(currentUser.requireUserId());
            assignment.territoryOf(lead.getCity()).ifPresent(t -> lead.setTerritoryId(t.getId()));
        } else if (currentUser.hasRole(Role.ADMIN)) {
            assignment.assign(lead, LeadAssignment.Pool.all());
        } else {
            Collection<Long> teamIds = teams.managedBy(currentUser.requireUserId()).stream().map(Team::getId).toList();
            assignment.assign(lead, LeadAssignment.Pool.teams(teamIds));
            if (lead.getOwnerId() == null) {
                lead.setOwnerId(currentUser.requireUserId());
            }
        }
        leads.persist(lead);
        return lead;
    }

    private Lead visible(long id) {
        OwnerScope scope = currentUser.ownerScope();
        return leads.findVisible(id, scope).orElseThrow(() -> ForecourtException.notFound("Lead " + id));
    }

    private LeadView view(Lead lead) {
        return views(List.of(lead)).get(0);
    }

    private List<LeadView> views(List<Lead> list) {
        Map<Long, String> names = new HashMap<>();
        List<Long> ownerIds = list.stream().map(Lead::getOwnerId).filter(java.util.Objects::nonNull).distinct().toList();
        if (!ownerIds.isEmpty()) {
            users.list("id in ?1", ownerIds).forEach(u -> names.put(u.getId(), u.getDisplayName()));
        }
        return list.stream().map(l -> LeadView.of(l, names.get(l.getOwnerId()))).toList();
    }

    static ForecourtException invalid(String field, String message) {
        return new ForecourtException(400, "Invalid request", "Some fields are not valid",
                Map.of("errors", List.of(Map.of("field", field, "message", message))));
    }

    private static Lead.Status parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Lead.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("status", "must be one of " + List.of(Lead.Status.values()));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
