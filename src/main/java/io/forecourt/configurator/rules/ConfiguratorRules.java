package io.forecourt.configurator.rules;

import io.forecourt.rules.RuleError;
import io.forecourt.rules.RuleFiles;
import io.forecourt.rules.RuleSet;
import io.forecourt.rules.RuleSetView;
import io.forecourt.rules.Rules;
import io.forecourt.rules.RulesRejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The configurator's rules ({@code rules/configurator}, one folder per product line), registered with
 * {@link Rules}. Facts: {@link Configuring} and {@link Chosen}; global {@code outcome} ({@link Outcome});
 * constraint rules are also read as policy ({@link PolicyRule}) so the engine can look ahead.
 */
@ApplicationScoped
public class ConfiguratorRules implements RuleSet<RuleBase> {

    /** Fired after a successful reload so compiled models can be dropped. */
    public record Reloaded(String version) {
    }

    @Inject
    Rules rules;

    @Inject
    Event<Reloaded> reloaded;

    /** The configurator's rule base in service. */
    public RuleBase current() {
        return rules.current(this);
    }

    void onReload(@Observes Rules.Reloaded event) {
        reloaded.fire(new Reloaded(event.versions().get(folder())));
    }

    @Override
    public String folder() {
        return "configurator";
    }

    @Override
    public RuleBase compile(RuleFiles files, List<RuleError> errors) {
        return ProductLines.compile(files, errors);
    }

    @Override
    public RuleSetView describe(RuleBase base) {
        return new RuleSetView(folder(), base.version(), base.files(),
                base.lines().stream().map(l -> new RuleSetView.Scope(folder() + "/" + l.folder(), l.products())).toList(),
                base.rules().stream().map(r -> new RuleSetView.Rule(r.name(), r.file(), r.line(),
                        r.kind().name().toLowerCase(java.util.Locale.ROOT), r.products(), r.options())).toList());
    }

    /** Compiles a configurator folder outside the application (tools and plain tests); throws on any error. */
    public static RuleBase compileFolder(Path dir) {
        return compile(RuleFiles.read("configurator", dir, true));
    }

    /** Compiles files outside the application; throws {@link RulesRejected} on any error. */
    public static RuleBase compile(RuleFiles files) {
        List<RuleError> errors = new ArrayList<>();
        RuleBase base = ProductLines.compile(files, errors);
        if (!errors.isEmpty()) {
            throw new RulesRejected(errors);
        }
        return base;
    }
}
