package io.forecourt.forecast;

import io.forecourt.security.Passwords;
import io.forecourt.security.Role;
import io.forecourt.security.Team;
import io.forecourt.security.TeamRepository;
import io.forecourt.security.User;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * A team of its own per test (a manager and two reps, password "demo") and the records its
 * actuals count, dated as the test needs. Records are written by SQL here because the features
 * date them "now"; tests may, the application reads them only through the features.
 */
@ApplicationScoped
public class ForecastFixtures {

    private static final String HASH = Passwords.hash("demo");
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Inject
    UserRepository users;

    @Inject
    TeamRepository teams;

    @Inject
    EntityManager em;

    /** Users made here, deactivated after each test so they leave the lead round-robin and other pools. */
    private final java.util.List<Long> made = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    /** A team, its manager and its reps: names are the usernames. */
    public record Crew(long teamId, String manager, long managerId, String rep, long repId, String rep2, long rep2Id) {
    }

    @Transactional
    public Crew crew() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Team team = new Team("Team " + tag);
        teams.persist(team);
        User manager = user("mgr" + tag, Role.MANAGER, "Manager " + tag, team.getId());
        team.setManagerId(manager.getId());
        User a = user("repa" + tag, Role.REP, "Ann " + tag, team.getId());
        User b = user("repb" + tag, Role.REP, "Bob " + tag, team.getId());
        return new Crew(team.getId(), manager.getUsername(), manager.getId(), a.getUsername(), a.getId(),
                b.getUsername(), b.getId());
    }

    private User user(String username, String role, String name, long teamId) {
        User u = new User(username, HASH, Set.of(role), name);
        u.setTeamId(teamId);
        users.persist(u);
        made.add(u.getId());
        return u;
    }

    /** Deactivates the users this fixture made (call after each test, as VisitHomeTest does). */
    @Transactional
    public void retire() {
        synchronized (made) {
            if (!made.isEmpty()) {
                em.createNativeQuery("update users set active = false where id in (:ids)").setParameter("ids", java.util.List.copyOf(made))
                        .executeUpdate();
                made.clear();
            }
        }
    }

    @Transactional
    public long territory(long repId, long teamId) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8);
        return ((Number) em.createNativeQuery("insert into territories (code, name, rep_id, team_id) values (?1, ?2, ?3, ?4)"
                + " returning id").setParameter(1, code).setParameter(2, "Territory " + code).setParameter(3, repId)
                .setParameter(4, teamId).getSingleResult()).longValue();
    }

    @Transactional
    public long account(long ownerId, Long territoryId) {
        return ((Number) em.createNativeQuery("insert into accounts (name, kind, status, owner_id, territory_id, city)"
                        + " values (?1, 'COMPANY', 'ACTIVE', ?2, ?3, 'Lille') returning id")
                .setParameter(1, "Forecast " + UUID.randomUUID().toString().substring(0, 8)).setParameter(2, ownerId)
                .setParameter(3, territoryId).getSingleResult()).longValue();
    }

    @Transactional
    public void potential(long accountId, String potential) {
        em.createNativeQuery("insert into account_profiles (account_id, revenue_potential) values (?1, ?2)")
                .setParameter(1, accountId).setParameter(2, new BigDecimal(potential)).executeUpdate();
    }

    /** An order of {@code cars} lines worth {@code total} in EUR, placed on {@code day} at noon. */
    @Transactional
    public long order(long ownerId, long accountId, String total, int cars, LocalDate day, boolean cancelled) {
        long quote = quote(ownerId, accountId, "ACCEPTED", day);
        String number = "O" + UUID.randomUUID().toString().substring(0, 12);
        long id = ((Number) em.createNativeQuery("insert into orders (number, quote_id, account_id, owner_id, status,"
                        + " currency, total, cancel_reason, created_at, quote_number, quote_revision)"
                        + " values (?1, ?2, ?3, ?4, ?5, 'EUR', ?6, ?7, ?8, 'Q', 1) returning id")
                .setParameter(1, number).setParameter(2, quote).setParameter(3, accountId).setParameter(4, ownerId)
                .setParameter(5, cancelled ? "CANCELLED" : "CONFIRMED").setParameter(6, new BigDecimal(total))
                .setParameter(7, cancelled ? "Changed their mind" : null).setParameter(8, noon(day))
                .getSingleResult()).longValue();
        for (int i = 0; i < cars; i++) {
            em.createNativeQuery("insert into order_lines (order_id, position, configuration_code, product_code, market,"
                    + " list_price, net_price) values (?1, ?2, 'C', 'AURA', 'DE', 1, 1)").setParameter(1, id)
                    .setParameter(2, i).executeUpdate();
        }
        return id;
    }

    @Transactional
    public long quote(long ownerId, long accountId, String status, LocalDate sentOn) {
        String number = "Q" + UUID.randomUUID().toString().substring(0, 12);
        long id = ((Number) em.createNativeQuery("insert into quotes (number, account_id, owner_id, status, valid_until,"
                        + " token, currency, list_total, total, cost_total, rules_version)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, 'EUR', 1, 1, 1, 'x') returning id")
                .setParameter(1, number).setParameter(2, accountId).setParameter(3, ownerId).setParameter(4, status)
                .setParameter(5, sentOn.plusDays(30)).setParameter(6, UUID.randomUUID().toString())
                .getSingleResult()).longValue();
        em.createNativeQuery("insert into quote_status_changes (quote_id, from_status, to_status, changed_by, changed_at)"
                        + " values (?1, 'DRAFT', 'SENT', ?2, ?3)").setParameter(1, id).setParameter(2, ownerId)
                .setParameter(3, noon(sentOn)).executeUpdate();
        return id;
    }

    /** A done activity of {@code type} on {@code day} lasting {@code minutes}. */
    @Transactional
    public long activity(long ownerId, long accountId, String type, LocalDate day, Integer minutes) {
        return ((Number) em.createNativeQuery("insert into activities (account_id, type, purpose, department, done_at,"
                        + " duration_minutes, owner_id, outcome) values (?1, ?2, 'DEMO', 'SALES', ?3, ?4, ?5, 'REACHED_INTERESTED')"
                        + " returning id").setParameter(1, accountId).setParameter(2, type).setParameter(3, noon(day))
                .setParameter(4, minutes).setParameter(5, ownerId).getSingleResult()).longValue();
    }

    /** A planned activity with a follow-up date that nothing answered. */
    @Transactional
    public long followUp(long ownerId, long accountId, LocalDate plannedOn, LocalDate followUpOn) {
        return ((Number) em.createNativeQuery("insert into activities (account_id, type, purpose, department, planned_at,"
                        + " follow_up_on, owner_id) values (?1, 'CALL', 'DEMO', 'SALES', ?2, ?3, ?4) returning id")
                .setParameter(1, accountId).setParameter(2, noon(plannedOn)).setParameter(3, followUpOn)
                .setParameter(4, ownerId).getSingleResult()).longValue();
    }

    @Transactional
    public void lead(long ownerId, LocalDate day) {
        em.createNativeQuery("insert into leads (name, source, status, owner_id, created_at) values ('L', 'REP', 'NEW', ?1, ?2)")
                .setParameter(1, ownerId).setParameter(2, noon(day)).executeUpdate();
    }

    /** An opportunity; {@code createdOn} dates its creation and first stage entry. */
    @Transactional
    public long opportunity(long ownerId, long accountId, String stage, String amount, LocalDate close, LocalDate createdOn) {
        long id = ((Number) em.createNativeQuery("insert into opportunities (account_id, name, stage, amount, currency,"
                        + " expected_close_date, owner_id, lost_reason, created_at) values (?1, 'Deal', ?2, ?3, 'EUR', ?4, ?5, ?6, ?7)"
                        + " returning id").setParameter(1, accountId).setParameter(2, stage)
                .setParameter(3, new BigDecimal(amount)).setParameter(4, close).setParameter(5, ownerId)
                .setParameter(6, "CLOSED_LOST".equals(stage) ? "Price" : null).setParameter(7, noon(createdOn))
                .getSingleResult()).longValue();
        em.createNativeQuery("insert into opportunity_stage_changes (opportunity_id, to_stage, changed_by, changed_at)"
                        + " values (?1, ?2, ?3, ?4)").setParameter(1, id).setParameter(2, stage).setParameter(3, ownerId)
                .setParameter(4, noon(createdOn)).executeUpdate();
        return id;
    }

    static OffsetDateTime noon(LocalDate day) {
        return day.atTime(12, 0).atZone(ZONE).toOffsetDateTime();
    }
}
