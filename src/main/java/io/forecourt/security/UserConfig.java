package io.forecourt.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** User administration settings (FORECOURT_USERS_...). */
@ConfigMapping(prefix = "forecourt.users")
public interface UserConfig {

    /** How long a password link an admin made stays usable (it works once). */
    @WithDefault("PT48H")
    Duration passwordLinkValidity();

    /**
     * How long a verified HTTP Basic user name and password is remembered on a replica, so that
     * bcrypt runs once per client per period rather than on every call (0 turns this off). A
     * password change or deactivation ends it at once on every replica.
     */
    @WithDefault("PT60S")
    Duration basicCacheTime();
}
