package io.forecourt.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forecourt.common.web.ForecourtException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Reads the outbox in id order, which {@link Outbox} makes commit order. */
@ApplicationScoped
public class EventFeed {

    public static final int MAX_LIMIT = 1000;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    public EventPage after(long after, int limit) {
        if (after < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw ForecourtException.badRequest("after is 0 or more; limit is between 1 and " + MAX_LIMIT);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, type, entity, entity_id, occurred_at, cast(payload as text)"
                        + " from events where id > ?1 order by id limit ?2")
                .setParameter(1, after).setParameter(2, limit + 1).getResultList();
        List<FeedEvent> events = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(limit, rows.size()))) {
            events.add(new FeedEvent(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    ((Number) r[3]).longValue(), time(r[4]), read((String) r[5])));
        }
        long next = events.isEmpty() ? after : events.get(events.size() - 1).id();
        return new EventPage(events, next, rows.size() > limit);
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private com.fasterxml.jackson.databind.JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored event payload is not JSON", e);
        }
    }
}
