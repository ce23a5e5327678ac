package io.forecourt.quote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.forecourt.common.web.ForecourtException;
import io.forecourt.events.Outbox;
import io.forecourt.opportunity.OpportunityService;
import io.forecourt.order.OrderService;
import io.forecourt.order.OrderView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The customer's answer through the link. Accepting creates exactly one order: concurrent accepts
 * queue on the quote's row lock, the first places the order and the others answer with it; an
 * Idempotency-Key replays the first answer it got; orders.quote_id unique is the last defence.
 */
@ApplicationScoped
public class QuoteAcceptance {

    /** What the caller answers: HTTP status and JSON body; {@code replayed} when it is a stored first answer. */
    public record Answer(int status, String body, boolean replayed) {
    }

    private record Result(Answer answer, boolean expired) {
    }

    @Inject
    QuoteRepository quotes;

    @Inject
    QuoteHistoryRepository history;

    @Inject
    QuoteViews views;

    @Inject
    Revalidation revalidation;

    @Inject
    IdempotentAnswers answers;

    @Inject
    OrderService orderService;


    @Inject
    OpportunityService opportunities;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    public Answer accept(String token, String key) {
        String scope = "accept:" + token;
        checkKey(key);
        if (key != null) {
            Optional<IdempotentAnswers.Stored> first = answers.find(scope, key);
            if (first.isPresent()) {
                return new Answer(first.get().status(), first.get().body(), true);
            }
        }
        Result result;
        try {
            result = QuarkusTransaction.requiringNew().call(() -> acceptLocked(token, key, scope));
        } catch (RuntimeException e) {
            if (!uniqueViolation(e)) {
                throw e;
            }
            // Another transaction got there first (same key, or an order for this quote): answer with what it made.
            return afterRace(token, key, scope);
        }
        if (result.expired()) {
            throw new ForecourtException(409, "Quote expired", "This quote was valid until its date and can no longer be accepted; ask your sales contact for a new one",
                    Map.of("status", QuoteStatus.EXPIRED));
        }
        return result.answer();
    }

    private Result acceptLocked(String token, String key, String scope) {
        Quote q = quotes.lockByToken(token).orElseThrow(() -> ForecourtException.notFound("Quote"));
        if (key != null) {
            Optional<IdempotentAnswers.Stored> first = answers.find(scope, key);
            if (first.isPresent()) {
                return new Result(new Answer(first.get().status(), first.get().body(), true), false);
            }
        }
        Answer answer;
        if (q.getStatus() == QuoteStatus.ACCEPTED) {
            answer = new Answer(200, write(orderService.ofQuote(q.getId()).orElseThrow()), false);
        } else if (q.getStatus() != QuoteStatus.SENT) {
            throw QuoteService.transitionRefused(q, QuoteStatus.ACCEPTED);
        } else if (q.expired(LocalDate.now())) {
            expire(q);
            return new Result(null, true);
        } else {
            revalidation.requireStillValid(q);
            q.setStatus(QuoteStatus.ACCEPTED);
            history.persist(new QuoteStatusChange(q.getId(), QuoteStatus.SENT, QuoteStatus.ACCEPTED, null,
                    "Accepted by the customer"));
            if (q.getOpportunityId() != null) {
                opportunities.wonByQuote(q.getOpportunityId(), q.getOwnerId(), "Quote " + q.getNumber() + " accepted");
            }
            // events last: the outbox lock is held from the first event to the commit
            OrderView order = orderService.place(OrderHandover.of(q, q.getOwnerId(),
                    "Quote " + q.getNumber() + " (revision " + q.getRevision() + ") accepted by the customer"));
            answer = new Answer(201, write(order), false);
            if (key != null) {
                answers.store(scope, key, answer.status(), answer.body());
            }
            outbox.publish("quote.accepted", "quote", q.getId(), views.summary(q));
            return new Result(answer, false);
        }
        if (key != null) {
            answers.store(scope, key, answer.status(), answer.body());
        }
        return new Result(answer, false);
    }

    /** The customer declines; declining twice answers the same. */
    public QuoteView decline(String token) {
        Result r = QuarkusTransaction.requiringNew().call(() -> {
            Quote q = quotes.lockByToken(token).orElseThrow(() -> ForecourtException.notFound("Quote"));
            if (q.getStatus() == QuoteStatus.DECLINED) {
                return new Result(new Answer(200, write(views.summary(q)), false), false);
            }
            if (q.getStatus() != QuoteStatus.SENT) {
                throw QuoteService.transitionRefused(q, QuoteStatus.DECLINED);
            }
            if (q.expired(LocalDate.now())) {
                expire(q);
                return new Result(null, true);
            }
            q.setStatus(QuoteStatus.DECLINED);
            history.persist(new QuoteStatusChange(q.getId(), QuoteStatus.SENT, QuoteStatus.DECLINED, null, null));
            quotes.flush();
            outbox.publish("quote.declined", "quote", q.getId(), views.summary(q));
            return new Result(new Answer(200, write(views.summary(q)), false), false);
        });
        if (r.expired()) {
            throw new ForecourtException(409, "Quote expired", "This quote is no longer valid", Map.of("status", QuoteStatus.EXPIRED));
        }
        return QuarkusTransaction.requiringNew().call(() -> views.of(quotes.findByToken(token).orElseThrow()));
    }

    private void expire(Quote q) {
        q.setStatus(QuoteStatus.EXPIRED);
        history.persist(new QuoteStatusChange(q.getId(), QuoteStatus.SENT, QuoteStatus.EXPIRED, null,
                "Valid until " + q.getValidUntil()));
        quotes.flush();
        outbox.publish("quote.expired", "quote", q.getId(), views.summary(q));
    }

    private Answer afterRace(String token, String key, String scope) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (key != null) {
                Optional<IdempotentAnswers.Stored> first = answers.find(scope, key);
                if (first.isPresent()) {
                    return new Answer(first.get().status(), first.get().body(), true);
                }
            }
            Quote q = quotes.findByToken(token).orElseThrow(() -> ForecourtException.notFound("Quote"));
            var order = orderService.placedFrom(q.getId())
                    .orElseThrow(() -> ForecourtException.conflict("The quote changed meanwhile; try again"));
            throw new ForecourtException(409, "Already accepted", "This quote has already been accepted as order "
                    + order.number(), Map.of("orderId", order.id(), "orderNumber", order.number()));
        });
    }

    private static void checkKey(String key) {
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw ForecourtException.badRequest("The Idempotency-Key header is 1 to 200 characters");
        }
    }

    static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
