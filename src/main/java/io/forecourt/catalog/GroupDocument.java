package io.forecourt.catalog;

import java.util.List;
import java.util.Optional;

/**
 * An option group such as ENGINE or PACKAGES. A single-choice group ({@code multiple == false}) takes
 * exactly one option when {@code required} (min 1, max 1), at most one otherwise (min 0, max 1); a
 * multiple-choice group takes between {@code min} and {@code max} options.
 *
 * @param order where the group is shown, lowest first
 */
public record GroupDocument(String code, String name, boolean multiple, boolean required, int min, int max,
                            int order, List<OptionDocument> options) {

    public GroupDocument {
        options = Frozen.list(options);
    }

    public Optional<OptionDocument> option(String optionCode) {
        return options.stream().filter(o -> o != null && optionCode.equals(o.code())).findFirst();
    }

    /** True when the group may be left without a choice ("-" in a variant table). */
    public boolean optional() {
        return min == 0;
    }
}
