package io.forecourt.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Tracks which products the current transaction wrote and, once it completes, drops them from the
 * cache and (if it committed) announces {@link CatalogChanged}. Doing this after completion means
 * nobody reloads a product before the new version is visible to them.
 */
@ApplicationScoped
class CatalogWrites {

    private static final Logger LOG = Logger.getLogger(CatalogWrites.class);
    private static final String KEY = CatalogWrites.class.getName();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    CatalogCache cache;

    @Inject
    Event<CatalogChanged> changed;

    /** Called inside the writing transaction. */
    void changed(String code) {
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) transactions.getResource(KEY);
        if (pending == null) {
            Set<String> codes = new LinkedHashSet<>();
            transactions.putResource(KEY, codes);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    codes.forEach(cache::invalidate);
                    if (status == Status.STATUS_COMMITTED) {
                        codes.forEach(CatalogWrites.this::announce);
                    }
                }
            });
            pending = codes;
        }
        pending.add(code);
    }

    boolean pendingInThisTransaction(String code) {
        // observers of CatalogChanged run after completion, when the registry no longer holds resources
        int status = transactions.getTransactionStatus();
        if (status != Status.STATUS_ACTIVE && status != Status.STATUS_MARKED_ROLLBACK) {
            return false;
        }
        Object pending = transactions.getResource(KEY);
        return pending instanceof Set<?> codes && codes.contains(code);
    }

    private void announce(String code) {
        try {
            changed.fire(new CatalogChanged(code));
        } catch (RuntimeException e) {
            // the write is committed; an observer's failure must not make it look failed
            LOG.errorf(e, "An observer of CatalogChanged failed for product %s", code);
        }
    }
}
