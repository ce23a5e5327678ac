package io.forecourt.configurator.rules;

import io.forecourt.common.config.ForecourtConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one façade over Drools. Two rule bases: the configurator's ({@code forecourt.rules.dir}/configurator)
 * and the quote approval policy ({@code .../quote}). Both are compiled once and swapped together on
 * reload: an evaluation or a quote review sees the old generation or the new one, never half of each.
 * A reload compiles both folders first; if either fails, nothing changes.
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

    /** Both rule bases of one reload, swapped as one. */
    private record Generation(RuleBase configurator, QuoteRuleBase quote) {
    }

    private final AtomicReference<Generation> current = new AtomicReference<>();

    /** Forecourt does not start on rules it cannot read: the log says which file and line, and where it looked. */
    void onStart(@Observes StartupEvent event) {
        try {
            current();
        } catch (RulesRejected e) {
            throw new IllegalStateException("The rules in " + folder().getParent().toAbsolutePath()
                    + " cannot go into service (set FORECOURT_RULES_DIR to the rules folder): " + e.extensions().get("errors"));
        }
    }

    /** The configurator's rule base in service (compiled at first use, at start). */
    public RuleBase current() {
        return generation().configurator();
    }

    /** The quote approval rules in service. */
    public QuoteRuleBase quote() {
        return generation().quote();
    }

    private Generation generation() {
        Generation g = current.get();
        if (g == null) {
            synchronized (this) {
                g = current.get();
                if (g == null) {
                    g = compileBoth();
                    current.set(g);
                    LOG.infof("Rules in service: configurator %s (%d rules from %s), quote %s (%d rules)",
                            g.configurator().version(), g.configurator().rules().size(), folder(),
                            g.quote().version(), g.quote().rules().size());
                }
            }
        }
        return g;
    }

    /** Compiles both folders; throws {@link RulesRejected} (422) and keeps the old rules if anything fails. */
    public RuleBase reload() {
        Generation fresh = compileBoth();
        Generation old = current.getAndSet(fresh);
        LOG.infof("Rules reloaded: configurator %s -> %s (%d rules), quote %s -> %s (%d rules)",
                old == null ? "none" : old.configurator().version(), fresh.configurator().version(),
                fresh.configurator().rules().size(), old == null ? "none" : old.quote().version(),
                fresh.quote().version(), fresh.quote().rules().size());
        reloaded.fire(new Reloaded(fresh.configurator().version()));
        return fresh.configurator();
    }

    private Generation compileBoth() {
        List<RuleError> errors = new ArrayList<>();
        RuleBase configurator = null;
        try {
            configurator = RuleCompiler.compile(RuleCompiler.readFolder(folder()));
        } catch (RulesRejected e) {
            errors.addAll(e.errors());
        }
        Path quoteFolder = quoteFolder();
        Map<String, String> quoteFiles = Files.isDirectory(quoteFolder) ? RuleCompiler.readFolder(quoteFolder) : Map.of();
        QuoteRuleBase quote = RuleCompiler.compileQuote(quoteFiles, errors);
        if (!errors.isEmpty()) {
            throw new RulesRejected(errors);
        }
        return new Generation(configurator, quote);
    }

    Path quoteFolder() {
        return Path.of(config.rules().dir()).resolve("quote");
    }

    Path folder() {
        return Path.of(config.rules().dir()).resolve("configurator");
    }
}
