package io.forecourt.forecast.flag;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Flags, written only by re-evaluation. Several replicas share the database, so a rep's
 * re-evaluation takes a transaction-scoped advisory lock on the rep, and every raise is an
 * {@code INSERT ... ON CONFLICT} on the partial unique index of open flags: even without the lock
 * two evaluations at once cannot open the same flag twice.
 */
@ApplicationScoped
public class FlagRepository implements PanacheRepository<Flag> {

    /** Advisory lock space of flag re-evaluation (the second key is the rep). */
    static final int LOCK_SPACE = 130;

    void lockRep(long repId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, LOCK_SPACE).setParameter(2, (int) repId).getSingleResult();
    }

    /** Opens the flag, or refreshes its message and evidence when it is open already. */
    void raise(long repId, Long teamId, FlagRules.Raised r) {
        getEntityManager().createNativeQuery("insert into flags (rule, rep_id, team_id, subject_key, message, evidence)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6)"
                        + " on conflict (rule, rep_id, subject_key) where cleared_at is null"
                        + " do update set message = excluded.message, evidence = excluded.evidence, evaluated_at = now()")
                .setParameter(1, r.rule()).setParameter(2, repId).setParameter(3, teamId).setParameter(4, r.key())
                .setParameter(5, r.message()).setParameter(6, r.evidence()).executeUpdate();
    }

    /** Clears the rep's open flags that this evaluation did not raise again; answers how many. */
    int clearOthers(long repId, Collection<FlagRules.Raised> kept) {
        String keys = kept.stream().map(r -> r.rule() + "|" + r.key()).collect(Collectors.joining("\u001f"));
        return getEntityManager().createNativeQuery("update flags set cleared_at = now(), evaluated_at = now()"
                        + " where rep_id = ?1 and cleared_at is null"
                        + " and not (rule || '|' || subject_key = any(string_to_array(?2, chr(31))))")
                .setParameter(1, repId).setParameter(2, keys).executeUpdate();
    }

    List<Flag> search(Collection<Long> repIds, String status) {
        if (repIds != null && repIds.isEmpty()) {
            return List.of();
        }
        String where = switch (status == null ? "open" : status) {
            case "cleared" -> "clearedAt is not null";
            case "all" -> "1 = 1";
            default -> "clearedAt is null";
        };
        return repIds == null ? list(where + " order by raisedAt desc, id desc")
                : list(where + " and repId in ?1 order by raisedAt desc, id desc", repIds);
    }

    long countOpen(long repId) {
        return count("repId = ?1 and clearedAt is null", repId);
    }
}
