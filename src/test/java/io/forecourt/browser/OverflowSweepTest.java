package io.forecourt.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of every role on a 360 px phone: the role's menu, and from each page the first link of
 * each kind of detail page (an account, a quote, an order, a saved configuration, a form...). No
 * page may scroll sideways, log a console error or fetch from another host. All failures are listed
 * at once, with the elements that stick out.
 */
@QuarkusTest
class OverflowSweepTest extends BrowserTest {

    /** Detail pages reached by following the first matching link found on a menu page. */
    private static final List<Pattern> DETAILS = List.of(
            Pattern.compile("/accounts/\\d+"), Pattern.compile("/accounts/new"),
            Pattern.compile("/accounts/\\d+/activities/new"), Pattern.compile("/accounts/\\d+/opportunities/new"),
            Pattern.compile("/quotes/\\d+"), Pattern.compile("/quotes/q[A-Za-z0-9_-]{8,}"),
            Pattern.compile("/orders/\\d+"), Pattern.compile("/configurations/[A-Z0-9]+"),
            Pattern.compile("/configure/[A-Z0-9_]+"), Pattern.compile("/territories/jobs/[0-9a-f-]+"),
            Pattern.compile("/admin/[a-z]+"), Pattern.compile("/calls\\?.*"), Pattern.compile("/visits\\?.*"));

    private static final Map<String, List<String>> START = new LinkedHashMap<>();

    static {
        START.put(null, List.of("/", "/login", "/configure", "/configure/AURA", "/configure/TERRA", "/configure/VOLTA"));
        for (String user : List.of("customer1", "rep1", "manager1", "planner1", "admin1")) {
            START.put(user, List.of("/home"));
        }
    }

    @Test
    void noPageOfAnyRoleScrollsSidewaysOnAPhone() {
        at(PHONE);
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, List<String>> role : START.entrySet()) {
            if (role.getKey() == null) {
                signOut();
            } else {
                signInAs(role.getKey());
            }
            Set<String> toVisit = new LinkedHashSet<>(role.getValue());
            for (String start : role.getValue()) {
                driver.get(base() + start);
                toVisit.addAll(links("header.top nav a[href^='/']"));
            }
            Set<String> seen = new LinkedHashSet<>();
            Set<Pattern> found = new LinkedHashSet<>();
            List<String> queue = new ArrayList<>(toVisit);
            for (int i = 0; i < queue.size(); i++) {
                String path = queue.get(i);
                if (!seen.add(path) || path.startsWith("/logout") || path.endsWith(".csv") || path.endsWith(".json")) {
                    continue;
                }
                pages++;
                try {
                    open(path);
                    if (Boolean.getBoolean("browser.screenshots")) {
                        screenshot((role.getKey() == null ? "visitor" : role.getKey()) + path.replaceAll("[^A-Za-z0-9]+", "_"));
                    }
                } catch (AssertionError e) {
                    problems.add((role.getKey() == null ? "visitor" : role.getKey()) + " " + path + ": " + e.getMessage());
                    continue;
                }
                if (i < toVisit.size()) {
                    for (String link : links("main a[href^='/']")) {
                        for (Pattern p : DETAILS) {
                            if (!found.contains(p) && p.matcher(link).matches()) {
                                found.add(p);
                                queue.add(link);
                            }
                        }
                    }
                }
            }
        }
        assertThat(pages).as("pages swept").isGreaterThan(40);
        assertThat(problems).as("pages that misbehave at 360 px").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<String> links(String css) {
        return (List<String>) js("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(function (a) { return a.getAttribute('href').split('#')[0]; })"
                + ".filter(function (h) { return h.length > 0; })", css);
    }
}
