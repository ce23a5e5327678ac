package io.forecourt.configurator.saved;

/** Fired after a configuration is saved, so sales (the CRM) can follow up on an email. */
public record ConfigurationSaved(String code, String product, String email, String name) {
}
