package io.forecourt.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Writes an event in the caller's transaction (transactional outbox): the event exists exactly when
 * the change it describes committed. Call it last in a service method.
 *
 * <p>Commit order: before taking an id, the writer takes a transaction-scoped advisory lock that
 * PostgreSQL releases only after the commit is visible. Event writers therefore pass one at a time
 * from their first event to their commit, so ids are handed out in commit order and a consumer that
 * polls {@code after=<last id>} never misses an event that commits later with a smaller id (which a
 * plain sequence allows under concurrency). The price: event-writing transactions serialize over
 * their last few milliseconds.
 */
@ApplicationScoped
public class Outbox {

    /** Arbitrary, fixed key of the outbox's advisory lock. */
    static final long LOCK_KEY = 0x0f0ecb0e5L;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, String entity, long entityId, Object payload) {
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event payload of " + type + " cannot be written", e);
        }
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) l").setParameter(1, LOCK_KEY)
                .getSingleResult();
        em.createNativeQuery("insert into events (type, entity, entity_id, occurred_at, payload)"
                        + " values (?1, ?2, ?3, clock_timestamp(), cast(?4 as jsonb))")
                .setParameter(1, type).setParameter(2, entity).setParameter(3, entityId).setParameter(4, body)
                .executeUpdate();
    }
}
