package io.forecourt.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/** One event as consumers read it: {@code payload} is the entity as it stood after the change. */
public record FeedEvent(long id, String type, String entity, long entityId, OffsetDateTime time, JsonNode payload) {
}
