package io.forecourt.quote;

import io.forecourt.account.AccountRepository;
import io.forecourt.account.Contact;
import io.forecourt.account.ContactRepository;
import io.forecourt.common.web.Formats;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The email that takes a sent quote's link to the customer: its text (shown to the rep to copy), and
 * a real mail through Quarkus Mailer when a mail server is configured ({@code quarkus.mailer.host}),
 * or its mock in dev and tests.
 */
@ApplicationScoped
public class QuoteMails {

    private static final Logger LOG = Logger.getLogger(QuoteMails.class);

    /** The subject and body of the email; {@code to} is the address suggested (may be null). */
    public record Text(String to, String subject, String body) {
    }

    /** What became of the email: sent to {@code to}, or not, and why. */
    public record Delivery(boolean sent, String to, String message) {
    }

    @Inject
    Mailer mailer;

    @Inject
    Config config;

    @Inject
    ContactRepository contacts;

    @Inject
    AccountRepository accounts;

    /** Mail goes out for real when a server is set; in dev and tests the mock records it. */
    public boolean enabled() {
        boolean mock = config.getOptionalValue("quarkus.mailer.mock", Boolean.class)
                .orElse(LaunchMode.current().isDevOrTest());
        var host = config.getConfigValue("quarkus.mailer.host");
        return mock || host.getValue() != null && host.getSourceOrdinal() > 100;
    }

    @Transactional
    public Text text(QuoteView q) {
        String lines = q.lines().stream().map(l -> l.productName() + " (" + Formats.money(l.netPrice()) + " " + q.currency() + ")")
                .collect(Collectors.joining(", "));
        String body = "Hello,\n\n"
                + "here is your quote " + q.number() + (q.revision() > 1 ? " (revision " + q.revision() + ")" : "")
                + " for " + q.accountName() + ": " + lines + ".\n"
                + "Total: " + Formats.money(q.total()) + " " + q.currency() + ", valid until " + q.validUntil() + ".\n\n"
                + "Read it, print it and accept it online:\n" + q.link() + "\n\n"
                + "Kind regards,\n" + q.owner() + "\n";
        return new Text(recipient(q.accountId()).orElse(null), "Your quote " + q.number(), body);
    }

    /** Sends the email; a failing server is reported, not thrown: the quote is sent and its link shown all the same. */
    public Delivery deliver(Text text, String to) {
        String address = to == null || to.isBlank() ? text.to() : to.trim();
        if (address == null || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return new Delivery(false, null, "No valid email address: copy the text below into your own email");
        }
        if (!enabled()) {
            return new Delivery(false, address, "No mail server is configured: copy the text below into your own email");
        }
        try {
            mailer.send(Mail.withText(address, text.subject(), text.body()));
            return new Delivery(true, address, "Emailed to " + address);
        } catch (RuntimeException e) {
            LOG.warnf("Mail with quote link to %s failed: %s", address, e.getMessage());
            return new Delivery(false, address, "The email could not be sent; copy the text below into your own email");
        }
    }

    /** The primary contact's email, else any contact's, else the account's. */
    private Optional<String> recipient(long accountId) {
        return contacts.ofAccount(accountId).stream().filter(c -> c.getEmail() != null)
                .sorted(Comparator.comparing((Contact c) -> !c.isPrimary())).map(Contact::getEmail).findFirst()
                .or(() -> accounts.findByIdOptional(accountId).map(a -> a.getEmail()));
    }
}
