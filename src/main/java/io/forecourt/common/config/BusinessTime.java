package io.forecourt.common.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The sales force's time zone ({@code forecourt.time-zone}): the one zone in which "today", a day's
 * calls, working and opening hours are reckoned and in which every page shows times, with the zone
 * named ({@code {inject:businessTime.label}} → "Paris time (CET)").
 */
@ApplicationScoped
@Named("businessTime")
public class BusinessTime {

    public static final String KEY = "forecourt.time-zone";
    static final String DEFAULT = "Europe/Paris";

    @Inject
    ForecourtConfig config;

    public ZoneId zone() {
        return ZoneId.of(config.timeZone());
    }

    public LocalDate today() {
        return LocalDate.now(zone());
    }

    /** For pages: the zone's id and its current short name, e.g. "Europe/Paris (CET)". */
    public String getLabel() {
        ZoneId zone = zone();
        return zone.getId() + " (" + DateTimeFormatter.ofPattern("z", Locale.UK).format(Instant.now().atZone(zone)) + ")";
    }

    /** The zone for code that runs outside CDI (template extensions). */
    public static ZoneId configured() {
        return ZoneId.of(ConfigProvider.getConfig().getOptionalValue(KEY, String.class).orElse(DEFAULT));
    }
}
