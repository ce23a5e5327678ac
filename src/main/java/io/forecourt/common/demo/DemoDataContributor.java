package io.forecourt.common.demo;

/**
 * A feature's share of the demo data. Loaded in {@link #order()} at start when
 * {@code forecourt.demo-data} is true; loading twice must change nothing.
 */
public interface DemoDataContributor {

    /** Lower loads first: users before the records they own. */
    int order();

    /** Inserts what is missing; runs in its own transaction. */
    void load();
}
