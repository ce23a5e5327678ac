package io.forecourt.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;
import java.util.UUID;

/** Users of one test, made directly with a known password, so that demo users stay as they are. */
@ApplicationScoped
public class TestUsers {

    /** A made user: its id and name, and the password it signs in with. */
    public record Made(long id, String username, String password) {
    }

    @Inject
    UserRepository users;

    public Made make(String prefix, String password, String... roles) {
        String username = prefix + UUID.randomUUID().toString().substring(0, 8);
        long id = QuarkusTransaction.requiringNew().call(() -> {
            User u = new User(username, Passwords.hash(password), Set.of(roles), "Test " + username);
            users.persist(u);
            return u.getId();
        });
        return new Made(id, username, password);
    }

    public User read(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            User u = users.findById(id);
            users.getEntityManager().detach(u);
            return u;
        });
    }

    /** What another replica's password change leaves in the database, with no event on this one. */
    public void setPasswordBehindOurBack(long id, String password) {
        QuarkusTransaction.requiringNew().run(() -> users.findById(id).setPasswordHash(Passwords.hash(password)));
    }

    public void setActiveBehindOurBack(long id, boolean active) {
        QuarkusTransaction.requiringNew().run(() -> users.findById(id).setActive(active));
    }
}
