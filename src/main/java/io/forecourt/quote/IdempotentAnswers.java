package io.forecourt.quote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** The first answer given to an Idempotency-Key (per scope, e.g. one quote's accept), stored with the change it made. */
@ApplicationScoped
class IdempotentAnswers {

    /** A stored answer: the status and the JSON body. */
    record Stored(int status, String body) {
    }

    @Inject
    EntityManager em;

    Optional<Stored> find(String scope, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select status, cast(body as text) from idempotent_answers"
                + " where scope = ?1 and key = ?2").setParameter(1, scope).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(r -> new Stored(((Number) r[0]).intValue(), (String) r[1]));
    }

    /** In the caller's transaction: the primary key refuses a second first answer for the same key. */
    @Transactional(Transactional.TxType.MANDATORY)
    void store(String scope, String key, int status, String body) {
        em.createNativeQuery("insert into idempotent_answers (scope, key, status, body) values (?1, ?2, ?3, cast(?4 as jsonb))")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, status).setParameter(4, body)
                .executeUpdate();
    }
}
