/**
 * The configurator's constraint engine: exact "what can still be chosen" at every click, why a
 * value is blocked, and the smallest change that resolves a conflict. Pure Java, no framework.
 *
 * <pre>{@code
 * ConfigModel model = ConfigModel.builder()                 // once per product
 *     .singleChoice("interior", false, "CLOTH", "LEATHER")
 *     .singleChoice("trim", false, "BASE", "PREMIUM")
 *     .singleChoice("towbar", true, "FIXED")                // optional: value NONE added
 *     .multiChoice("packs", 0, 2, "WINTER", "SUN", "TECH")  // 0/1 variables "packs/WINTER"...
 *     .requires("Leather requires premium trim", "interior", "LEATHER", "trim", "PREMIUM")
 *     .table("T-CODE-17", List.of("interior", "towbar"), tuples)
 *     .build();
 * ConfiguratorEngine engine = ConfiguratorEngine.of(model); // compiles; share it between threads
 *
 * Assignment a = model.emptyAssignment().with("interior", "LEATHER");   // per click
 * ValidDomains vd = engine.validDomains(a);
 * vd.available("trim");                                     // [PREMIUM]
 * engine.explain(a, "trim", "BASE");                        // blocked by interior=LEATHER, rule "Leather requires…"
 * engine.repairsToAllow(a, "trim", "BASE");                 // change interior
 * engine.repairs(conflicting);                              // smallest sets of choices to give up
 * engine.complete(a);                                       // a full valid configuration (defaults)
 * }</pre>
 *
 * <p>How: {@link io.forecourt.configurator.engine.ConfiguratorEngine#of} compiles all solutions
 * into a layered decision diagram (a search guided by compact-table GAC, merging equivalent
 * sub-problems); a click is then two linear passes over it. Models whose diagram would be too
 * large are answered by GAC search with solution reuse instead, equally exact.
 */
package io.forecourt.configurator.engine;
