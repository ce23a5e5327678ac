package io.forecourt.rules;

import java.util.List;

/**
 * A feature's rules: the folder they live in under {@code forecourt.rules.dir}, and how one
 * generation of them is compiled and described. A feature registers its rule set as a CDI bean;
 * {@link Rules} compiles every registered set at start and on reload, and swaps them all at once.
 *
 * @param <T> the feature's compiled form (its vocabulary over a {@link CompiledRules})
 */
public interface RuleSet<T> {

    /** The folder under the rules folder ({@code "quote"}), also the start of every file name reported. */
    String folder();

    /** Whether the folder must exist (a feature whose rules are optional compiles an empty folder). */
    default boolean required() {
        return true;
    }

    /**
     * Compiles one generation from the folder's files; adds every located error to {@code errors}
     * and answers null when there is any.
     */
    T compile(RuleFiles files, List<RuleError> errors);

    /** What the admin sees of a compiled generation. */
    RuleSetView describe(T compiled);
}
