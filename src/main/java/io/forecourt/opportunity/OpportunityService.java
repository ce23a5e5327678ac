package io.forecourt.opportunity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import io.forecourt.account.Account;
import io.forecourt.account.AccountAccess;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.common.web.Violation;
import io.forecourt.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Creates, changes and moves opportunities; every read and write passes the account check. */
@ApplicationScoped
public class OpportunityService {

    static final int LIST_LIMIT = 500;

    @Inject
    OpportunityRepository opportunities;

    @Inject
    StageChangeRepository changes;

    @Inject
    AccountAccess accountAccess;

    @Inject
    CurrentUser currentUser;

    @Inject
    OpportunityConfig config;

    @Inject
    OpportunityViews views;

    @Transactional
    public OpportunityView create(@Valid @NotNull OpportunityRequest r) {
        Account account = accountAccess.requireWritable(r.accountId());
        Stage stage = r.stage() == null ? Stage.PROSPECTING : r.stage();
        Opportunity o = new Opportunity(account.getId(), r.name().strip(), stage,
                owner(r.ownerId(), account.getOwnerId()));
        apply(o, r);
        o.setLostReason(lostReason(stage, r.lostReason()));
        opportunities.persist(o);
        changes.persist(new StageChange(o.getId(), null, stage, currentUser.requireUserId(), OffsetDateTime.now(), null));
        return views.of(o);
    }

    @Transactional
    public OpportunityView update(long id, @Valid @NotNull OpportunityRequest r) {
        Opportunity o = requireWritable(id);
        requireVersion(o, r.version());
        if (!r.accountId().equals(o.getAccountId())) {
            throw ForecourtException.badRequest("An opportunity stays on its account; create a new one instead");
        }
        if (r.stage() != null && r.stage() != o.getStage()) {
            throw ForecourtException.badRequest("Move the stage with POST /api/opportunities/" + id + "/stage");
        }
        o.setName(r.name().strip());
        o.setOwnerId(owner(r.ownerId(), o.getOwnerId()));
        apply(o, r);
        if (o.getStage() == Stage.CLOSED_LOST && r.lostReason() != null) {
            o.setLostReason(lostReason(Stage.CLOSED_LOST, r.lostReason()));
        }
        opportunities.flush();
        return views.of(o);
    }

    /** Open stages move anywhere; a closed opportunity stays closed. Each move goes into the history. */
    @Transactional
    public OpportunityView move(long id, StageMove move) {
        Opportunity o = requireWritable(id);
        requireVersion(o, move.version());
        Stage from = o.getStage();
        if (!from.allowedMoves().contains(move.to())) {
            List<Stage> allowed = from.allowedMoves();
            String names = allowed.isEmpty() ? "none, a closed opportunity stays closed"
                    : allowed.stream().map(Stage::name).collect(Collectors.joining(", "));
            throw new ForecourtException(409, "Stage move not allowed",
                    "This opportunity cannot move from " + from + " to " + move.to() + "; allowed moves: " + names,
                    Map.of("from", from, "allowed", allowed));
        }
        o.setLostReason(move.to() == Stage.CLOSED_LOST ? lostReason(Stage.CLOSED_LOST, move.lostReason()) : null);
        o.setStage(move.to());
        o.setProbability(null); // a new stage brings its own default
        String note = move.note() == null || move.note().isBlank() ? null : move.note().strip();
        changes.persist(new StageChange(o.getId(), from, move.to(), currentUser.requireUserId(), OffsetDateTime.now(), note));
        opportunities.flush();
        return views.of(o);
    }

    /**
     * An accepted quote wins its opportunity: it moves to Closed Won in the caller's transaction,
     * recorded as done by the quote's owner (the customer accepted, nobody signed in). An opportunity
     * already closed stays as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void wonByQuote(long id, long quoteOwnerId, String note) {
        Opportunity o = opportunities.findByIdOptional(id)
                .orElseThrow(() -> ForecourtException.notFound("Opportunity " + id));
        if (o.getStage().isClosed()) {
            return;
        }
        Stage from = o.getStage();
        o.setStage(Stage.CLOSED_WON);
        o.setProbability(null);
        o.setLostReason(null);
        changes.persist(new StageChange(o.getId(), from, Stage.CLOSED_WON, quoteOwnerId, OffsetDateTime.now(), note));
    }

    public OpportunityView get(long id) {
        return views.of(requireVisible(id));
    }

    public List<OpportunityView.Change> history(long id) {
        return views.history(requireVisible(id).getId());
    }

    public List<OpportunityView> list(OpportunityRepository.Filter filter) {
        if (filter.accountId() != null) {
            accountAccess.requireVisible(filter.accountId());
        }
        return opportunities.search(filter, accountAccess.readScope(), LIST_LIMIT).stream().map(views::of).toList();
    }

    private Opportunity requireVisible(long id) {
        Opportunity o = opportunities.findByIdOptional(id)
                .orElseThrow(() -> ForecourtException.notFound("Opportunity " + id));
        accountAccess.requireRecordVisible(o.getAccountId(), o.getOwnerId(), "Opportunity " + id);
        return o;
    }

    /** Colleagues sharing an account see each other's opportunities; the owner (or their manager) changes them. */
    private Opportunity requireWritable(long id) {
        Opportunity o = opportunities.findByIdOptional(id)
                .orElseThrow(() -> ForecourtException.notFound("Opportunity " + id));
        accountAccess.requireRecordWritable(o.getAccountId(), o.getOwnerId(), "Opportunity " + id);
        return o;
    }

    private Long owner(Long asked, Long otherwise) {
        if (asked == null) {
            return otherwise;
        }
        if (!currentUser.ownerScope().includes(asked)) {
            throw ForecourtException.badRequest("The owner is you or someone in your team");
        }
        return asked;
    }

    private static void requireVersion(Opportunity o, Integer version) {
        if (version == null) {
            throw ForecourtException.badRequest("Send the version you read, so no one's change is lost");
        }
        if (version != o.getVersion()) {
            throw ForecourtException.stale("opportunity", o.getVersion());
        }
    }

    private void apply(Opportunity o, OpportunityRequest r) {
        o.setProbability(r.probability());
        o.setAmount(r.amount().setScale(2, java.math.RoundingMode.HALF_UP)); // as the column keeps it
        o.setCurrency(r.currency() == null ? config.currency() : r.currency());
        o.setExpectedCloseDate(r.expectedCloseDate());
    }

    static String lostReason(Stage stage, String reason) {
        if (stage != Stage.CLOSED_LOST) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            throw new ForecourtException(422, "Lost reason required", "Say why the opportunity was lost",
                    Map.of("violations", List.of(Violation.field("lostReason", "lost-reason-required",
                            "is required when the stage is CLOSED_LOST"))));
        }
        return reason.strip();
    }
}
