package io.forecourt.account;

import io.forecourt.common.demo.DemoDataContributor;
import io.forecourt.security.TeamRepository;
import io.forecourt.security.User;
import io.forecourt.security.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Territories NORTH-A (rep1, west of Lyon's centre) and NORTH-B (rep2, east) in team North, and some
 * 300 customers around Greater Lyon with 1–3 contacts each. The same seed gives the same customers
 * every time, and a customer is only added when no account has its name in its city.
 */
@ApplicationScoped
class DemoAccounts implements DemoDataContributor {

    static final int ACCOUNTS = 300;
    static final long SEED = 20261127L;
    /** Territories split Greater Lyon at this longitude: west to NORTH-A, east to NORTH-B. */
    static final double SPLIT_LONGITUDE = 4.86;

    @Inject
    AccountRepository accounts;

    @Inject
    ContactRepository contacts;

    @Inject
    TerritoryRepository territories;

    @Inject
    UserRepository users;

    @Inject
    TeamRepository teams;

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional
    public void load() {
        Long team = teams.findByName("North").map(t -> t.getId()).orElse(null);
        Territory west = territory("NORTH-A", "North A: Lyon west", "rep1", team);
        Territory east = territory("NORTH-B", "North B: Lyon east", "rep2", team);
        if (west == null || east == null) {
            return;
        }
        Random random = new Random(SEED);
        Set<String> made = new HashSet<>();
        Set<String> existing = new HashSet<>(accounts.getEntityManager()
                .createQuery("select a.name || '|' || a.city from Account a where a.city is not null", String.class)
                .getResultList());
        while (made.size() < ACCOUNTS) {
            DemoPlaces.Commune commune = pick(random, DemoPlaces.COMMUNES);
            boolean person = random.nextInt(5) == 0;
            String last = pick(random, DemoPlaces.LAST_NAMES);
            String name = person ? pick(random, DemoPlaces.FIRST_NAMES) + " " + last
                    : pick(random, DemoPlaces.TRADES) + " " + last + pick(random, DemoPlaces.SUFFIXES);
            String street = (1 + random.nextInt(180)) + " " + pick(random, DemoPlaces.STREETS);
            double lat = clamp(commune.lat() + (random.nextDouble() - .5) * .02, 45.60, 45.85);
            double lon = clamp(commune.lon() + (random.nextDouble() - .5) * .02, 4.70, 5.05);
            Account.Status status = Account.Status.values()[random.nextInt(10) < 5 ? 1 : random.nextInt(10) < 7 ? 0 : 2];
            int contactCount = person ? 1 : 1 + random.nextInt(3);
            // every draw above happens whether or not the account exists, so the sequence never shifts
            long[] contactSeeds = random.longs(contactCount).toArray();
            String phone = phone(random);
            String key = name + "|" + commune.name();
            if (!made.add(key) || existing.contains(key)) {
                continue;
            }
            Territory territory = lon < SPLIT_LONGITUDE ? west : east;
            Account a = new Account(name, person ? Account.Kind.PERSON : Account.Kind.COMPANY, status, territory.getRepId());
            a.setTerritoryId(territory.getId());
            a.setStreet(street);
            a.setPostalCode(commune.postalCode());
            a.setCity(commune.name());
            a.setCountry("FR");
            a.setLocation(round(lat), round(lon));
            a.setPhone(phone);
            a.setEmail(person ? null : "contact@" + slug(name) + ".fr");
            accounts.persist(a);
            addContacts(a, person, last, contactSeeds);
        }
    }

    private void addContacts(Account a, boolean person, String last, long[] seeds) {
        String domain = slug(a.getName()) + ".fr";
        for (int i = 0; i < seeds.length; i++) {
            Random r = new Random(seeds[i]);
            String first = person ? a.getName().substring(0, a.getName().indexOf(' ')) : pick(r, DemoPlaces.FIRST_NAMES);
            String surname = person || i == 0 ? last : pick(r, DemoPlaces.LAST_NAMES);
            Contact c = new Contact(a.getId(), first, surname);
            c.setJobTitle(person ? null : pick(r, DemoPlaces.JOB_TITLES));
            c.setEmail(person ? slug(first) + "." + slug(surname) + "@example.fr" : slug(first) + "." + slug(surname) + "@" + domain);
            c.setPhone(phone(r));
            c.setPrimary(i == 0);
            contacts.persist(c);
        }
    }

    private Territory territory(String code, String name, String rep, Long team) {
        Long repId = users.findByUsername(rep).map(User::getId).orElse(null);
        if (repId == null) {
            return null;
        }
        return territories.findByCode(code).orElseGet(() -> {
            Territory t = new Territory(code, name, repId, team);
            territories.persist(t);
            return t;
        });
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String phone(Random r) {
        return String.format(Locale.ROOT, "+33 4 7%d %02d %02d %02d", 2 + r.nextInt(7), r.nextInt(100), r.nextInt(100), r.nextInt(100));
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }

    private static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
