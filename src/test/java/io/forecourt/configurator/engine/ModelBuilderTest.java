package io.forecourt.configurator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelBuilderTest {

    @Test
    void optionalGroupGetsNoneFirstAndMultipleChoiceGetsZeroOneVariables() {
        ConfigModel m = ConfigModel.builder()
                .singleChoice("towbar", true, "FIXED")
                .multiChoice("packs", 1, 1, "WINTER", "SUN")
                .build();

        assertThat(m.values(m.variableIndex("towbar"))).containsExactly(ConfigModel.NONE, "FIXED");
        assertThat(m.values(m.variableIndex(ModelBuilder.optionVariable("packs", "SUN")))).containsExactly("0", "1");
        assertThat(m.constraintName(0)).isEqualTo("packs: choose 1 to 1");
        ValidDomains vd = ConfiguratorEngine.of(m).validDomains(m.emptyAssignment().with("packs/SUN", "1"));
        assertThat(vd.available("packs/WINTER")).containsExactly("0");
    }

    @Test
    void rejectsUnknownNamesAndMisuse() {
        ModelBuilder b = ConfigModel.builder().variable("a", "x", "y");

        assertThatThrownBy(() -> b.requires("r", "a", "x", "b", "z")).hasMessageContaining("unknown variable b");
        assertThatThrownBy(() -> b.excludes("r", "a", "q", "a", "x")).hasMessageContaining("unknown value q");
        assertThatThrownBy(() -> b.table("t", List.of("a", "a"), List.of())).hasMessageContaining("twice");
        assertThatThrownBy(() -> b.cardinality("c", 0, 1, List.of("a"))).hasMessageContaining("not a 0/1");
        assertThatThrownBy(() -> b.variable("a", "z")).hasMessageContaining("duplicate variable");
        b.build();
        assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void modelWithoutSolutionsOffersNothingAndHasNoRepair() {
        ConfigModel m = ConfigModel.builder()
                .variable("a", "x", "y")
                .clause("never x", Literal.isNot("a", "x"))
                .clause("never y", Literal.isNot("a", "y"))
                .build();
        for (ConfiguratorEngine engine : List.of(ConfiguratorEngine.of(m), ConfiguratorEngine.of(m, 0))) {
            ValidDomains vd = engine.validDomains(m.emptyAssignment());
            assertThat(vd.consistent()).isFalse();
            assertThat(vd.available("a")).isEmpty();
            assertThat(engine.complete(m.emptyAssignment())).isEmpty();
            assertThat(engine.repairs(m.emptyAssignment())).isEmpty();
            assertThat(engine.explain(m.emptyAssignment(), "a", "x").constraints()).containsExactly("never x");
        }
    }
}
