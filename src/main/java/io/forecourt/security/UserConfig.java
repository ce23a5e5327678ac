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
}
