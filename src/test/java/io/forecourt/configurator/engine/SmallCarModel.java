package io.forecourt.configurator.engine;

import static java.util.List.of;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A hand-built car: the rules once through the builder and once as plain Java predicates, so
 * tests can check the engine against brute-force enumeration of every configuration.
 */
final class SmallCarModel {

    static final String LEATHER_RULE = "Leather requires premium trim";
    static final String ENGINE_TABLE = "T-ENGINE-GEARBOX";
    static final String TOWBAR_RULE = "Automatic gearbox excludes a towbar";
    static final String DIESEL_RULE = "Diesel is not sold in FR";
    static final String TECH_RULE = "Tech pack requires automatic gearbox";
    static final String DISCONTINUED = "Removable towbar is discontinued";
    static final String PACKS_RULE = "packs: choose 0 to 2";

    private SmallCarModel() {
    }

    static ConfigModel build() {
        return ConfigModel.builder()
                .singleChoice("engine", false, "PETROL", "DIESEL", "ELECTRIC")
                .singleChoice("gearbox", false, "MANUAL", "AUTO")
                .singleChoice("trim", false, "BASE", "PREMIUM")
                .singleChoice("interior", false, "CLOTH", "LEATHER")
                .singleChoice("towbar", true, "FIXED", "REMOVABLE")
                .singleChoice("market", false, "FR", "DE")
                .multiChoice("packs", 0, 2, "WINTER", "SUN", "TECH")
                .requires(LEATHER_RULE, "interior", "LEATHER", "trim", "PREMIUM")
                .table(ENGINE_TABLE, of("engine", "gearbox"), of(
                        new String[] {"PETROL", ConfigModel.ANY},
                        new String[] {"DIESEL", "MANUAL"},
                        new String[] {"ELECTRIC", "AUTO"}))
                .excludes(TOWBAR_RULE, "gearbox", "AUTO", "towbar", "FIXED", "REMOVABLE")
                .clause(DIESEL_RULE, Literal.isNot("market", "FR"), Literal.isNot("engine", "DIESEL"))
                .requires(TECH_RULE, "packs/TECH", "1", "gearbox", "AUTO")
                .clause(DISCONTINUED, Literal.isNot("towbar", "REMOVABLE"))
                .build();
    }

    /** The same rules, written independently of the engine. */
    static final List<Predicate<Map<String, String>>> RULES = of(
            c -> !c.get("interior").equals("LEATHER") || c.get("trim").equals("PREMIUM"),
            c -> c.get("engine").equals("PETROL")
                    || c.get("engine").equals("DIESEL") && c.get("gearbox").equals("MANUAL")
                    || c.get("engine").equals("ELECTRIC") && c.get("gearbox").equals("AUTO"),
            c -> !c.get("gearbox").equals("AUTO") || c.get("towbar").equals("NONE"),
            c -> !(c.get("market").equals("FR") && c.get("engine").equals("DIESEL")),
            c -> !c.get("packs/TECH").equals("1") || c.get("gearbox").equals("AUTO"),
            c -> !c.get("towbar").equals("REMOVABLE"),
            c -> {
                int n = 0;
                for (String p : of("WINTER", "SUN", "TECH")) {
                    n += c.get("packs/" + p).equals("1") ? 1 : 0;
                }
                return n <= 2;
            });

    static boolean valid(Map<String, String> config) {
        return RULES.stream().allMatch(r -> r.test(config));
    }

    /** Every complete configuration, valid or not, by names. */
    static List<Map<String, String>> allConfigurations(ConfigModel m) {
        List<Map<String, String>> out = new ArrayList<>();
        enumerate(m, 0, new LinkedHashMap<>(), out);
        return out;
    }

    private static void enumerate(ConfigModel m, int var, Map<String, String> prefix, List<Map<String, String>> out) {
        if (var == m.variableCount()) {
            out.add(new LinkedHashMap<>(prefix));
            return;
        }
        for (String value : m.values(var)) {
            prefix.put(m.variableName(var), value);
            enumerate(m, var + 1, prefix, out);
        }
        prefix.remove(m.variableName(var));
    }

    static Map<String, String> names(ConfigModel m, int[] solution) {
        Map<String, String> c = new LinkedHashMap<>();
        for (int v = 0; v < solution.length; v++) {
            c.put(m.variableName(v), m.valueName(v, solution[v]));
        }
        return c;
    }
}
