package io.forecourt.configurator.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import java.util.List;

/** Runs a background compile in a request context of its own, so it reads the catalogue with its own session. */
@ApplicationScoped
class ModelWarmer {

    @ActivateRequestContext
    void warm(List<String> codes, ProductModels models) {
        models.warmNow(codes);
    }
}
