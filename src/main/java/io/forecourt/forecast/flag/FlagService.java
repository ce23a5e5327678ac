package io.forecourt.forecast.flag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forecourt.forecast.ForecastAccess;
import io.forecourt.forecast.Scope;
import io.forecourt.forecast.Subject;
import io.forecourt.security.Role;
import io.forecourt.security.Team;
import io.forecourt.security.TeamRepository;
import io.forecourt.security.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Raises and clears flags by re-evaluation (on demand and on a timer) and lists them by scope. */
@ApplicationScoped
public class FlagService {

    public record FlagView(long id, String rule, long repId, String rep, String subjectKey, String message,
                           Map<String, Object> evidence, OffsetDateTime raisedAt, OffsetDateTime evaluatedAt,
                           OffsetDateTime clearedAt) {
    }

    public record Evaluation(int reps, int open, int cleared, LocalDate asOf) {
    }

    @Inject
    FlagRepository flags;

    @Inject
    FlagRules rules;

    @Inject
    ForecastAccess access;

    @Inject
    TeamRepository teams;

    @Inject
    ObjectMapper json;

    /** On demand: the caller's teams (an admin's: every team). */
    public Evaluation evaluateVisible(LocalDate asOf) {
        return evaluate(access.managedTeams().stream().toList(), asOf);
    }

    /** Every team (the timer). */
    @jakarta.enterprise.context.control.ActivateRequestContext
    public Evaluation evaluateAll(LocalDate asOf) {
        return evaluate(teams.listAll().stream().map(Team::getId).toList(), asOf);
    }

    Evaluation evaluate(List<Long> teamIds, LocalDate asOf) {
        int reps = 0, open = 0, cleared = 0;
        for (long teamId : teamIds) {
            for (User u : access.reps(teamId)) {
                int[] r = evaluateRep(u.getId(), asOf);
                reps++;
                open += r[0];
                cleared += r[1];
            }
        }
        return new Evaluation(reps, open, cleared, asOf);
    }

    /** One rep, in its own transaction under the rep's advisory lock: [open flags, flags cleared]. */
    public int[] evaluateRep(long repId, LocalDate asOf) {
        return QuarkusTransaction.requiringNew().call(() -> {
            flags.lockRep(repId);
            Subject rep = access.subject(Scope.REP, repId);
            List<FlagRules.Raised> raised = rules.evaluate(rep, asOf);
            raised.forEach(r -> flags.raise(repId, rep.teamId(), r));
            int cleared = flags.clearOthers(repId, raised);
            return new int[] {raised.size(), cleared};
        });
    }

    public List<FlagView> list(String status, Long repId) {
        return flags.search(access.listableReps(repId), status).stream().map(this::view).toList();
    }

    public FlagView get(long id) {
        Flag f = require(id);
        return view(f);
    }

    Flag require(long id) {
        Flag f = flags.findByIdOptional(id).orElseThrow(() -> io.forecourt.common.web.ForecourtException.notFound("Flag " + id));
        if (!access.canRead(access.subject(Scope.REP, f.getRepId()))) {
            throw io.forecourt.common.web.ForecourtException.notFound("Flag " + id);
        }
        return f;
    }

    FlagView view(Flag f) {
        Map<String, Object> evidence;
        try {
            evidence = json.readValue(f.getEvidence(), new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            evidence = Map.of("text", f.getEvidence());
        }
        return new FlagView(f.getId(), f.getRule(), f.getRepId(), access.nameOf(f.getRepId()), f.getSubjectKey(),
                f.getMessage(), evidence, f.getRaisedAt(), f.getEvaluatedAt(), f.getClearedAt());
    }

    static boolean isRole(String role) {
        return Role.ALL.contains(role);
    }
}
