package io.forecourt.activity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** Settings of the contact log (FORECOURT_ACTIVITY_...). */
@ConfigMapping(prefix = "forecourt.activity")
public interface ActivityConfig {

    /** The purposes a contact may have; anything else is refused with this list. */
    @WithDefault("FIRST_CONTACT,DEMO,QUOTE_FOLLOW_UP,SERVICE,COLLECTION")
    List<String> purposes();

    /** How long a done contact keeps colleagues from repeating it (ISO-8601, e.g. P14D). */
    @WithDefault("P14D")
    Duration guardWindow();

    /** How many not-yet-contacted prospects a call list shows. */
    @WithDefault("20")
    int notContactedLimit();
}
