package io.forecourt.configurator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A click: the product, what is chosen so far (empty = a fresh start) and optionally the market. */
public record EvaluateRequest(@NotBlank String product, @Size(max = 1000) List<@NotBlank String> selections,
                              String market) {

    public List<String> selectionsOrEmpty() {
        return selections == null ? List.of() : selections;
    }
}
