package io.forecourt.quote;

import io.forecourt.common.web.ForecourtException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * Sending a quote and taking its link to the customer: the quote is sent in its own transaction,
 * then (if an address is given) mailed; a mail that fails leaves the quote sent and says so.
 */
@ApplicationScoped
public class QuoteSending {

    /** The sent quote, the email text the rep may copy, and what became of the mail (null: none asked). */
    public record Sent(QuoteView quote, QuoteMails.Text email, QuoteMails.Delivery mail) {
    }

    @Inject
    QuoteService quotes;

    @Inject
    QuoteMails mails;

    public Sent send(long id, Integer version, String emailTo) {
        QuoteView q = quotes.send(id, version);
        QuoteMails.Text text = mails.text(q);
        QuoteMails.Delivery mail = emailTo == null ? null : mails.deliver(text, emailTo);
        return new Sent(q, text, mail);
    }

    /** Mails the link of a quote already sent (again, or to another address). */
    public Sent mail(long id, String emailTo) {
        QuoteView q = quotes.get(id);
        if (q.link() == null || q.status() != QuoteStatus.SENT) {
            throw new ForecourtException(409, "Not sent", "Only a sent quote's link goes to the customer; send it first",
                    Map.of("status", q.status()));
        }
        QuoteMails.Text text = mails.text(q);
        return new Sent(q, text, mails.deliver(text, emailTo));
    }
}
