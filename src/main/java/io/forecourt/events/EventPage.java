package io.forecourt.events;

import java.util.List;

/** A page of the feed; {@code next} is the {@code after} to ask with next time (the last id, or the same). */
public record EventPage(List<FeedEvent> events, long next, boolean more) {
}
