package io.forecourt.configurator.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BlockersTest {

    /** engine → gearbox by table; the manual gearbox excludes the tech pack; the tow kit is never offered with V8. */
    static ConfigModel model() {
        return ConfigModel.builder()
                .singleChoice("engine", false, "E1", "E2", "V8")
                .singleChoice("gearbox", false, "MAN", "AUTO")
                .singleChoice("colour", false, "RED", "BLUE")
                .singleChoice("pack", true, "TECH", "TOW")
                .table("engine-gearbox", List.of("engine", "gearbox"),
                        List.of(new String[] {"E1", "MAN"}, new String[] {"E2", "AUTO"}, new String[] {"V8", "AUTO"}))
                .clause("tech needs auto", Literal.isNot("pack", "TECH"), Literal.is("gearbox", "AUTO"))
                .clause("red not with E2", Literal.isNot("colour", "RED"), Literal.isNot("engine", "E2"))
                .clause("no tow kit ever", Literal.isNot("pack", "TOW"))
                .build();
    }

    static List<String> blocking(ConfiguratorEngine engine, Assignment a, String var, String value) {
        Blockers b = engine.blockers(a).orElseThrow();
        ConfigModel m = engine.model();
        int x = m.variableIndex(var);
        return b.blocking(x, m.valueIndex(x, value)).stream().map(m::variableName).toList();
    }

    @Test
    void namesTheChoiceBehindAnIndirectConflict() {
        ConfiguratorEngine engine = ConfiguratorEngine.of(model());
        Assignment a = engine.model().emptyAssignment().with("engine", "E1");
        assertThat(engine.validDomains(a).isAvailable("pack", "TECH")).isFalse();
        // E1 forces the manual gearbox, which rules out TECH: changing the engine is the one fix
        assertThat(blocking(engine, a, "pack", "TECH")).containsExactly("engine");
    }

    @Test
    void findsTheSmallestSetAndLeavesOutChoicesThatDoNotMatter() {
        ConfiguratorEngine engine = ConfiguratorEngine.of(model());
        Assignment a = engine.model().emptyAssignment().with("engine", "E2").with("colour", "BLUE").with("gearbox", "AUTO");
        assertThat(blocking(engine, a, "colour", "RED")).containsExactly("engine");
        assertThat(blocking(engine, a, "gearbox", "MAN")).containsExactly("engine");
        assertThat(blocking(engine, a, "colour", "BLUE")).isEmpty();
    }

    @Test
    void aValueNoConfigurationHasIsImpossibleRatherThanBlocked() {
        ConfiguratorEngine engine = ConfiguratorEngine.of(model());
        Assignment a = engine.model().emptyAssignment().with("engine", "V8");
        Blockers b = engine.blockers(a).orElseThrow();
        ConfigModel m = engine.model();
        int pack = m.variableIndex("pack");
        assertThat(b.possible(pack, m.valueIndex(pack, "TOW"))).isFalse();
        assertThat(b.possible(pack, m.valueIndex(pack, "TECH"))).isTrue();
    }
}
