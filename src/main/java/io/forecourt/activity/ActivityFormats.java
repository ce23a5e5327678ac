package io.forecourt.activity;

import io.quarkus.qute.TemplateExtension;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages show contact times, in the zone the day is reckoned in: {@code {a.when.clock}} → "09:30". */
@TemplateExtension
public final class ActivityFormats {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    private ActivityFormats() {
    }

    public static String clock(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(zone()).format(CLOCK);
    }

    public static String dayAndClock(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(zone()).format(DAY);
    }

    /** "QUOTE_FOLLOW_UP" → "quote follow up", for sentences. */
    public static String words(String code) {
        return code == null ? "" : code.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static ZoneId zone() {
        return io.forecourt.common.config.BusinessTime.configured();
    }
}
