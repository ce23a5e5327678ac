package io.forecourt.rules;

import io.forecourt.common.config.ForecourtConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one place rules go into service. Every registered {@link RuleSet} is compiled from its
 * folder at start and on reload; a reload compiles all of them first and, if any file fails,
 * changes nothing. A generation is swapped as a whole: an evaluation or a quote review sees the old
 * rules or the new ones, never half of each.
 */
@ApplicationScoped
public class Rules {

    private static final Logger LOG = Logger.getLogger(Rules.class);

    /** Fired after a successful reload, with the version of every rule set now in service. */
    public record Reloaded(Map<String, String> versions) {
    }

    @Inject
    ForecourtConfig config;

    @Inject
    Instance<RuleSet<?>> registered;

    @Inject
    Event<Reloaded> reloaded;

    /** One compiled generation: each set's compiled form by folder, and what the admin sees. */
    private record Generation(Map<String, Object> compiled, List<RuleSetView> views) {
    }

    private final AtomicReference<Generation> current = new AtomicReference<>();

    /** Forecourt does not start on rules it cannot read: the log says which file and line, and where it looked. */
    void onStart(@Observes StartupEvent event) {
        try {
            generation();
        } catch (RulesRejected e) {
            throw new IllegalStateException("The rules in " + folder().toAbsolutePath()
                    + " cannot go into service (set FORECOURT_RULES_DIR to the rules folder): " + e.errors());
        }
    }

    /** The compiled generation of {@code set} in service (compiled at first use, at start). */
    @SuppressWarnings("unchecked")
    public <T> T current(RuleSet<T> set) {
        Object compiled = generation().compiled().get(set.folder());
        if (compiled == null) {
            throw new IllegalStateException("Rule set " + set.folder() + " is not registered");
        }
        return (T) compiled;
    }

    /** Every rule set in service, in folder order. */
    public List<RuleSetView> inService() {
        return generation().views();
    }

    /** The folder every rule set's folder lives in. */
    public Path folder() {
        return Path.of(config.rules().dir());
    }

    /** Compiles every set; throws {@link RulesRejected} (422) and keeps the old rules if anything fails. */
    public List<RuleSetView> reload() {
        Generation fresh = compileAll();
        Generation old = current.getAndSet(fresh);
        Map<String, String> versions = new LinkedHashMap<>();
        fresh.views().forEach(v -> versions.put(v.name(), v.version()));
        LOG.infof("Rules reloaded: %s -> %s", old == null ? "none" : versionsOf(old), versions);
        reloaded.fire(new Reloaded(versions));
        return fresh.views();
    }

    private Generation generation() {
        Generation g = current.get();
        if (g == null) {
            synchronized (this) {
                g = current.get();
                if (g == null) {
                    g = compileAll();
                    current.set(g);
                    LOG.infof("Rules in service from %s: %s", folder(), versionsOf(g));
                }
            }
        }
        return g;
    }

    private Generation compileAll() {
        List<RuleError> errors = new ArrayList<>();
        Map<String, Object> compiled = new LinkedHashMap<>();
        List<RuleSetView> views = new ArrayList<>();
        List<RuleSet<?>> sets = registered.stream().sorted(Comparator.comparing(RuleSet::folder)).toList();
        for (RuleSet<?> set : sets) {
            compileOne(set, errors, compiled, views, folder());
        }
        if (!errors.isEmpty()) {
            throw new RulesRejected(errors);
        }
        return new Generation(compiled, List.copyOf(views));
    }

    private static <T> void compileOne(RuleSet<T> set, List<RuleError> errors, Map<String, Object> compiled,
                                       List<RuleSetView> views, Path root) {
        RuleFiles files;
        try {
            files = RuleFiles.read(set.folder(), root.resolve(set.folder()), set.required());
        } catch (RulesRejected e) {
            errors.addAll(e.errors());
            return;
        }
        int before = errors.size();
        T result = set.compile(files, errors);
        if (errors.size() == before && result != null) {
            compiled.put(set.folder(), result);
            views.add(set.describe(result));
        }
    }

    private static String versionsOf(Generation g) {
        StringBuilder s = new StringBuilder();
        g.views().forEach(v -> s.append(s.isEmpty() ? "" : ", ").append(v.name()).append(' ').append(v.version())
                .append(" (").append(v.rules().size()).append(" rules)"));
        return s.toString();
    }
}
