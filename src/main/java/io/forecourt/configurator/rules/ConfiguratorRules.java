package io.forecourt.configurator.rules;

import io.forecourt.common.config.ForecourtConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one façade over Drools for the configurator. The rule base is compiled once from
 * {@code forecourt.rules.dir}/configurator and swapped atomically on reload: an evaluation sees the
 * old rule base or the new one, never half of each. A reload that fails leaves the old in service.
 */
@ApplicationScoped
public class ConfiguratorRules {

    private static final Logger LOG = Logger.getLogger(ConfiguratorRules.class);

    /** Fired after a successful reload so compiled models can be dropped. */
    public record Reloaded(String version) {
    }

    @Inject
    ForecourtConfig config;

    @Inject
    Event<Reloaded> reloaded;

    private final AtomicReference<RuleBase> current = new AtomicReference<>();

    /** Forecourt does not start on rules it cannot read: the log says which file and line, and where it looked. */
    void onStart(@Observes StartupEvent event) {
        try {
            current();
        } catch (RulesRejected e) {
            throw new IllegalStateException("The configurator rules in " + folder().toAbsolutePath()
                    + " cannot go into service (set FORECOURT_RULES_DIR to the rules folder): " + e.extensions().get("errors"));
        }
    }

    /** The rule base in service (compiled at first use, at start). */
    public RuleBase current() {
        RuleBase base = current.get();
        if (base == null) {
            synchronized (this) {
                base = current.get();
                if (base == null) {
                    base = RuleCompiler.compile(RuleCompiler.readFolder(folder()));
                    current.set(base);
                    LOG.infof("Configurator rules %s in service: %d rules from %s", base.version(),
                            base.rules().size(), folder());
                }
            }
        }
        return base;
    }

    /** Compiles the whole folder; throws {@link RulesRejected} (422) and keeps the old rules if anything fails. */
    public RuleBase reload() {
        RuleBase fresh = RuleCompiler.compile(RuleCompiler.readFolder(folder()));
        RuleBase old = current.getAndSet(fresh);
        LOG.infof("Configurator rules reloaded: %s -> %s (%d rules)", old == null ? "none" : old.version(),
                fresh.version(), fresh.rules().size());
        reloaded.fire(new Reloaded(fresh.version()));
        return fresh;
    }

    Path folder() {
        return Path.of(config.rules().dir()).resolve("configurator");
    }
}
