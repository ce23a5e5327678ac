/**
 * One click judged: {@link io.forecourt.configurator.evaluation.Evaluator} turns a compiled product
 * model and the customer's choices into an {@link io.forecourt.configurator.evaluation.Evaluation}
 * (violations, price, availability with reasons, one-click repairs, defaults), and
 * {@link io.forecourt.configurator.evaluation.EvaluationCache} remembers recent answers. Reads the
 * model, the rules and the engine; knows nothing of pages, requests or saving.
 */
package io.forecourt.configurator.evaluation;
