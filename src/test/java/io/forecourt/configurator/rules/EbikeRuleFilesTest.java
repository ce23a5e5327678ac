package io.forecourt.configurator.rules;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The real files in rules/configurator/ebikes: for each, a rule fires, another fires instead, nothing fires. */
class EbikeRuleFilesTest {

    static RuleBase rules;

    @BeforeAll
    static void compileTheRealFolder() {
        rules = ConfiguratorRules.compileFolder(Path.of("rules", "configurator"));
    }

    static Outcome fire(String market, String... codes) {
        return rules.fire("PULSE", market, Stream.of(codes).map(c -> new Chosen(c, groupOf(c))).toList());
    }

    static String groupOf(String code) {
        return code.startsWith("PKG_") ? "PACKAGES" : code.startsWith("FRAME_") ? "FRAME" : code.startsWith("MOT_") ? "MOTOR"
                : code.startsWith("BAT_") ? "BATTERY" : code.startsWith("DRV_") ? "DRIVE" : code.startsWith("COL_") ? "COLOUR"
                : code.startsWith("SEAT_") ? "CHILD_SEAT" : "OTHER";
    }

    static List<String> violations(String market, String... codes) {
        return fire(market, codes).violations().stream().map(Outcome.Violation::rule).toList();
    }

    @Test
    void compatibility() {
        assertThat(violations("DE", "FRAME_CARGO", "MOT_HUB")).containsExactly("The cargo frame needs a mid motor");
        assertThat(violations("DE", "MOT_SPEED", "DRV_CHAIN9", "PKG_TOURING", "FRAME_STEP"))
                .containsExactlyInAnyOrder("Speed pedelecs shift with a hub", "The touring pack fits the trekking frame");
        assertThat(violations("FR", "COL_SIGNAL_ORANGE", "PKG_WEATHER", "BAT_500"))
                .containsExactlyInAnyOrder("Signal orange is not offered in France",
                        "The all-weather pack needs the 750 Wh battery or larger");
        assertThat(violations("DE", "FRAME_CARGO", "MOT_MID85", "BAT_750", "DRV_HUB5", "COL_SIGNAL_ORANGE",
                "SEAT_BENCH", "PKG_WEATHER")).isEmpty();
    }

    @Test
    void pricing() {
        assertThat(fire("DE", "PKG_COMMUTE", "PKG_SECURITY").adjustments()).extracting(Outcome.Adjustment::rule)
                .containsExactly("Commuter and security packs together save 80");
        assertThat(fire("DE", "FRAME_CARGO", "PKG_COMFORT").adjustments()).extracting(Outcome.Adjustment::rule)
                .containsExactly("The comfort pack is free with the cargo frame");
        assertThat(fire("DE", "FRAME_TREK", "PKG_COMFORT", "PKG_COMMUTE", "PKG_WEATHER", "PKG_TOURING").adjustments())
                .as("four packs, and no rule of the cars").isEmpty();
    }

    @Test
    void defaults() {
        assertThat(fire("DE").defaults()).extracting(Outcome.Default::option)
                .containsExactlyInAnyOrder("FRAME_TREK", "MOT_MID65", "BAT_500", "DRV_CHAIN9", "COL_SAGE");
        assertThat(fire("DE", "FRAME_STEP", "MOT_HUB").defaults()).extracting(Outcome.Default::option)
                .containsExactlyInAnyOrder("BAT_500", "DRV_CHAIN9", "COL_SAGE");
        assertThat(fire("DE", "FRAME_STEP", "MOT_HUB", "BAT_625", "DRV_CVT", "COL_GRAPHITE").defaults()).isEmpty();
    }
}
