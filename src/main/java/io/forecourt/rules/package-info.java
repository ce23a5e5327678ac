/**
 * The business rules in service, for every feature: the only package that touches Drools (KIE).
 *
 * <p>A feature registers a {@link io.forecourt.rules.RuleSet} bean naming its folder under
 * {@code forecourt.rules.dir} ({@code configurator}, {@code quote}, ...), compiling its files with
 * {@link io.forecourt.rules.RuleCompiler} into {@link io.forecourt.rules.CompiledRules} wrapped in
 * its own vocabulary (facts, globals), and describing what the admin sees.
 * {@link io.forecourt.rules.Rules} compiles every registered set at start and on reload, all or
 * nothing, and swaps one generation atomically; {@code /admin/rules} and {@code /api/admin/rules}
 * show and reload them. Adding {@code rules/forecast/} is a new {@code RuleSet} in {@code forecast/},
 * nothing here or in another feature.
 */
package io.forecourt.rules;
