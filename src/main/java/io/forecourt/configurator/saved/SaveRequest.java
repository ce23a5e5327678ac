package io.forecourt.configurator.saved;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Saving a configuration: no sign-in needed. Name and email are optional, so sales can follow up.
 * {@code ready}: true asks for "ready for quoting" (refused unless valid and complete), false keeps a
 * draft, absent decides by the configuration itself.
 */
public record SaveRequest(@NotBlank String product, @Size(max = 1000) List<@NotBlank String> selections,
                          String market, @Size(max = 120) String name, @Email @Size(max = 200) String email,
                          Boolean ready) {
}
