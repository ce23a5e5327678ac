/**
 * Catalogue products compiled for the engine: {@link io.forecourt.configurator.model.ProductModel} is
 * one product for one market under one rule base (option slots, rule labels, the exact engine), and
 * {@link io.forecourt.configurator.model.ProductModels} compiles and keeps them, dropping them when the
 * catalogue or the rules change. Depends on the catalogue, the rules and the engine only.
 */
package io.forecourt.configurator.model;
