package io.forecourt.common.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.forecourt.testing.Sessions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestForm;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeded probe of hostile input over every operation of the OpenAPI document (HTTP Basic) and
 * every page form (a signed-in session with its CSRF token): NUL characters, out-of-range numbers and
 * dates, empty fields, broken encodings, enormous forms, broken multipart and the wrong media type.
 * No answer may be a 5xx or show internals; API errors are problem+json; a refused write changes no
 * row. The page forms are listed here and checked against the routes the app registers.
 */
@QuarkusTest
class HostileInputTest {

    private static final long SEED = 17;

    /** Every page route that takes a form: the route as registered → a path the test can send to. */
    private static final Map<String, String> FORMS = new LinkedHashMap<>();

    static {
        form("POST /accounts", "/accounts");
        form("POST /accounts/{id}", "/accounts/{account}");
        form("POST /accounts/{id}/contacts", "/accounts/{account}/contacts");
        form("POST /accounts/{id}/contacts/{contactId}", "/accounts/{account}/contacts/1");
        form("POST /accounts/{accountId}/activities", "/accounts/{account}/activities");
        form("POST /accounts/{accountId}/opportunities", "/accounts/{account}/opportunities");
        form("POST /my-day/plan", "/my-day/plan");
        form("POST /my-day/activities/{id}/outcome", "/my-day/activities/{activity}/outcome");
        form("POST /leads", "/leads");
        form("POST /leads/import", "/leads/import");
        form("POST /leads/{id}/contacted", "/leads/{lead}/contacted");
        form("POST /leads/{id}/qualify", "/leads/{lead}/qualify");
        form("POST /leads/{id}/disqualify", "/leads/{lead}/disqualify");
        form("POST /leads/{id}/merge", "/leads/{lead}/merge");
        form("POST /leads/{id}/convert", "/leads/{lead}/convert");
        form("POST /pipeline/opportunities/{id}/move", "/pipeline/opportunities/{opportunity}/move");
        form("POST /pipeline/opportunities/{id}/edit", "/pipeline/opportunities/{opportunity}/edit");
        form("POST /quotes/new", "/quotes/new");
        form("POST /quotes/{id}/email", "/quotes/{quote}/email");
        form("POST /quotes/{id}/send", "/quotes/{quote}/send");
        form("POST /quotes/{id}/revise", "/quotes/{quote}/revise");
        form("POST /quotes/{token}/accept", "/quotes/qNoSuchToken123/accept");
        form("POST /quotes/{token}/decline", "/quotes/qNoSuchToken123/decline");
        form("POST /approvals/{id}/{decision}", "/approvals/{quote}/approve");
        form("POST /orders/{id}/transition", "/orders/{order}/transition");
        form("POST /configure/{product}", "/configure/{product}");
        form("POST /configure/{product}/save", "/configure/{product}/save");
        form("POST /admin/catalog", "/admin/catalog");
        form("POST /admin/rules/reload", "/admin/rules/reload");
        form("POST /admin/users", "/admin/users");
        // an unknown user: a probe must never change the roles or the state of a demo user others sign in as
        form("POST /admin/users/{id}", "/admin/users/999999");
        form("POST /admin/users/{id}/active", "/admin/users/999999/active");
        form("POST /admin/users/{id}/password-link", "/admin/users/999999/password-link");
        form("POST /password/{token}", "/password/NoSuchPasswordLinkToken");
        form("POST /territories/jobs", "/territories/jobs");
        form("POST /territories/jobs/{id}/stop", "/territories/jobs/no-such-job/stop");
        form("POST /territories/jobs/{id}/apply", "/territories/jobs/no-such-job/apply");
        form("POST /territories/jobs/{id}/discard", "/territories/jobs/no-such-job/discard");
        form("POST /visits/jobs", "/visits/jobs");
        form("POST /visits/jobs/{id}/stop", "/visits/jobs/no-such-job/stop");
        form("POST /visits/jobs/{id}/apply", "/visits/jobs/no-such-job/apply");
        form("POST /visits/publish", "/visits/publish");
        form("POST /visits/{id}/publish", "/visits/999999/publish");
        form("POST /visits/days-off", "/visits/days-off");
        form("POST /visits/requests", "/visits/requests");
        form("POST /dashboard/flags/{id}/coach", "/dashboard/flags/999999/coach");
        form("POST /dashboard/flags/evaluate", "/dashboard/flags/evaluate");
        form("POST /tokens", "/tokens");
        form("POST /tokens/{id}/revoke", "/tokens/999999/revoke");
        form("POST /logout", "/logout");
    }

    /** Forms that start a solve when their fields are left empty (the defaults are valid): no empty probe. */
    private static final List<String> START_WORK_WHEN_EMPTY = List.of("POST /territories/jobs", "POST /visits/jobs",
            "POST /visits/publish");

    private static final Pattern INTERNALS = Pattern.compile(
            "(?<![\\w/.])(org|java|javax|jakarta|com\\.fasterxml|io\\.quarkus|io\\.vertx|io\\.forecourt)\\.[a-z]+\\."
                    + "|\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|Exception\\b|SQLState|(?i:\\bselect\\b.+\\bfrom\\b)"
                    + "|(?i:\\binsert into\\b)");

    private static final String[] OUT_OF_RANGE = {"1e400", "-1", "99999999999999999999", "-9223372036854775809",
            "2147483648", "-2147483649", "NaN", "Infinity", "0x1F", "12,5"};

    private static final String[] ROLES_BY_USER = {"rep1:rep", "manager1:manager", "planner1:planner", "admin1:admin",
            "integration1:integration"};

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource dataSource;

    @Inject
    BeanManager beans;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private String countRows;
    private int requests;

    private static void form(String route, String samplePath) {
        FORMS.put(route, samplePath);
    }

    @Test
    void everyPageFormIsListedHere() {
        assertThat(new TreeSet<>(FORMS.keySet())).isEqualTo(new TreeSet<>(registeredForms().keySet()));
    }

    @Test
    void noHostileInputAnswers5xxOrShowsInternalsOrWrites() throws Exception {
        countRows = countRowsQuery();
        long started = System.nanoTime();
        probeApi();
        long api = System.nanoTime();
        probeForms();
        System.out.printf("HostileInputTest: %d requests (API %d s, forms %d s), seed %d, %d failures%n", requests,
                (api - started) / 1_000_000_000, (System.nanoTime() - api) / 1_000_000_000, SEED, failures.size());
        assertThat(failures).as("hostile requests answered wrongly (seed " + SEED + ")").isEmpty();
        assertThat(requests).isGreaterThan(2500);
    }

    // ---------------------------------------------------------------- the API, from its OpenAPI document

    private void probeApi() throws Exception {
        JsonNode doc = json.readTree(given().accept("application/json").get("/q/openapi").asString());
        JsonNode schemas = doc.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue; // pages are probed below, with a session and a CSRF token
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                probeOperation(op.getKey().toUpperCase(), path.getKey(), op.getValue(), schemas);
            }
        }
    }

    private void probeOperation(String method, String template, JsonNode op, JsonNode schemas) throws Exception {
        List<String> roles = new ArrayList<>();
        op.path("security").forEach(s -> s.path("SecurityScheme").forEach(r -> roles.add(r.asText())));
        String user = userFor(roles);
        String auth = basic(user);
        List<String> pathParams = new ArrayList<>();
        List<String> queryParams = new ArrayList<>();
        op.path("parameters").forEach(p -> ("path".equals(p.path("in").asText()) ? pathParams : queryParams)
                .add(p.path("name").asText()));
        String valid = template.replaceAll("\\{[^}]+}", "1");
        JsonNode content = op.path("requestBody").path("content");
        String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        JsonNode schema = mediaType == null ? null : resolve(content.path(mediaType).path("schema"), schemas);

        for (String p : pathParams) {
            for (String bad : new String[] {"a%00b", "%FF%FE", "99999999999999999999", "-1", "%2e%2e", "%C0%AF", "1e400"}) {
                send(method, template.replace("{" + p + "}", bad).replaceAll("\\{[^}]+}", "1"), auth,
                        mediaType == null ? null : "application/json", mediaType == null ? null : "{}",
                        bad.contains("%00") || bad.contains("%FF"));
            }
        }
        for (String q : queryParams) {
            send(method, valid + "?" + q + "=a%00b", auth, null, null, true);
            for (String bad : OUT_OF_RANGE) {
                send(method, valid + "?" + q + "=" + URLEncoder.encode(bad, StandardCharsets.UTF_8), auth, null, null, false);
            }
        }
        if (mediaType == null) {
            return;
        }
        // who may call comes before what they send: strangers and the wrong role learn nothing
        if (!roles.isEmpty()) {
            send(method, valid, null, "application/octet-stream", "\u0000\u0001", true);
            String wrong = wrongUserFor(roles);
            if (wrong != null) {
                send(method, valid, basic(wrong), "application/octet-stream", "\u0000\u0001", true);
            }
        }
        send(method, valid, auth, "multipart/form-data; boundary=XX", "--XX\r\nContent-Disposition: form-data; "
                + "name=\"a\"\r\n\r\nb\r\n--XX--\r\n", !mediaType.startsWith("multipart"));
        if (!"application/json".equals(mediaType)) {
            send(method, valid, auth, mediaType, "%%%zz&&==&a=%E0%A4%A\u0000\u00ff", false);
            return;
        }
        send(method, valid, auth, mediaType, "{\"a\":", true);
        send(method, valid, auth, mediaType, "[1,2", true);
        if (schema == null || !schema.has("properties")) {
            return;
        }
        if (hasType(schema, schemas, "string")) {
            send(method, valid, auth, mediaType, body(schema, schemas, "nul"), true);
            send(method, valid, auth, mediaType, body(schema, schemas, "long"), false);
        }
        if (hasType(schema, schemas, "integer") || hasType(schema, schemas, "number") || hasDate(schema, schemas)) {
            for (int i = 0; i < 8; i++) {
                send(method, valid, auth, mediaType, body(schema, schemas, "range"), false);
            }
        }
    }

    /** A JSON body for the schema: every string with a NUL, or very long, or every number and date out of range. */
    private String body(JsonNode schema, JsonNode schemas, String kind) {
        ObjectNode body = json.createObjectNode();
        schema.path("properties").fields().forEachRemaining(e -> {
            JsonNode p = resolve(e.getValue(), schemas);
            String type = p.path("type").asText();
            String name = e.getKey();
            boolean date = isDate(e.getValue(), p);
            switch (kind) {
                case "nul" -> {
                    if ("string".equals(type) && !date) {
                        body.put(name, "a\u0000b");
                    } else if ("array".equals(type)) {
                        body.putArray(name).add("a\u0000b");
                    }
                }
                case "long" -> {
                    if ("string".equals(type) && !date) {
                        body.put(name, "x".repeat(100_000));
                    }
                }
                default -> {
                    if (date) {
                        body.put(name, random.nextBoolean() ? -2147483649L : 2147483648L);
                    } else if ("integer".equals(type)) {
                        body.put(name, new java.math.BigInteger(pick(new String[] {"99999999999999999999",
                                "-9223372036854775809", "2147483648", "-2147483649", "-1"})));
                    } else if ("number".equals(type)) {
                        body.put(name, new java.math.BigDecimal(pick(new String[] {"1e400", "-1", "-1e400",
                                "99999999999999999999.999"})));
                    } else if ("string".equals(type)) {
                        body.put(name, "x");
                    }
                }
            }
        });
        return body.toString();
    }

    // ---------------------------------------------------------------- the page forms

    private void probeForms() throws Exception {
        Map<String, Method> registered = registeredForms();
        Map<String, String> ids = sampleIds();
        Map<String, String[]> sessions = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : FORMS.entrySet()) {
            Method target = registered.get(f.getKey());
            // signing out ends the session: that form gets one of its own
            String user = userFor(rolesOf(target));
            String key = f.getKey().equals("POST /logout") ? "logout" : user;
            String[] signedIn = sessions.computeIfAbsent(key, k -> {
                String session = Sessions.signIn(user);
                Sessions.Csrf c = Sessions.csrfFrom(csrfPage(user), session);
                return new String[] {"forecourt-session=" + session + "; csrf-token=" + c.cookie(), c.cookie(), c.token()};
            });
            String cookies = signedIn[0];
            Sessions.Csrf csrf = new Sessions.Csrf(signedIn[1], signedIn[2]);
            String path = f.getValue();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            List<String> fields = formFields(target);
            boolean multipart = isMultipart(target);
            String token = "csrf-token=" + URLEncoder.encode(csrf.token(), StandardCharsets.UTF_8);
            if (multipart) {
                probeMultipart(path, cookies, csrf.token(), fields);
                continue;
            }
            // a field the route does not read must not slip a NUL through either
            sendPage(path, cookies, form(token, fields, v -> "a\u0000b") + "&note=a%00b", true);
            sendPage(path, cookies, token + "&%%%zz&&==&a=%E0%A4%A", true);
            sendPage(path, cookies, token + "&" + "f=x&".repeat(200_000), true);
            for (String field : fields) {
                String answer = sendPage(path, cookies, form(token, List.of(field), v -> "a\u0000b"), true);
                if (answer != null && !answer.contains(field)) {
                    failures.add("the 400 for a NUL in '" + field + "' on " + path + " does not name the field");
                }
            }
            for (int i = 0; i < 20; i++) {
                sendPage(path, cookies, form(token, fields, v -> pick(OUT_OF_RANGE)), false);
            }
            sendPage(path, cookies, form(token, fields, v -> "x".repeat(5000)), false);
            if (!START_WORK_WHEN_EMPTY.contains(f.getKey()) && !f.getKey().equals("POST /logout")) {
                sendPage(path, cookies, form(token, fields, v -> ""), false);
            }
            sendRaw("POST", path, Map.of("Cookie", cookies, "Accept", "text/html",
                    "Content-Type", "multipart/form-data; boundary=XX"), "--XX\r\nContent-Disposition: form-data; "
                    + "name=\"csrf-token\"\r\n\r\n" + csrf.token() + "\r\n--XX\r\nContent-Disposition: form-data; name=\"a", true);
            if (path.matches(".*/\\d+(/.*)?")) {
                sendPage(path.replaceFirst("/\\d+", "/%00"), cookies, token, true);
            }
        }
    }

    private void probeMultipart(String path, String cookies, String token, List<String> fields) throws Exception {
        String head = "--XX\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + token + "\r\n";
        Map<String, String> headers = Map.of("Cookie", cookies, "Accept", "text/html",
                "Content-Type", "multipart/form-data; boundary=XX");
        for (String file : fields) {
            // a binary file, a file with a NUL, a truncated body
            sendRaw("POST", path, headers, head + "--XX\r\nContent-Disposition: form-data; name=\"" + file
                    + "\"; filename=\"x.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n\u00ff\u00fe\u0000\u0081\r\n--XX--\r\n", true);
            sendRaw("POST", path, headers, head + "--XX\r\nContent-Disposition: form-data; name=\"" + file
                    + "\"; filename=\"x.csv\"\r\nContent-Type: text/csv\r\n\r\nname,email\na\u0000b,x@example.com\r\n--XX--\r\n", true);
            sendRaw("POST", path, headers, head + "--XX\r\nContent-Disposition: form-data; name=\"" + file
                    + "\"; filename=\"x.json\"\r\n\r\n{\"code\":", true);
        }
        sendRaw("POST", path, Map.of("Cookie", cookies, "Accept", "text/html",
                "Content-Type", "application/x-www-form-urlencoded"), "csrf-token=" + token + "&file=x", true);
    }

    private String form(String token, List<String> fields, java.util.function.UnaryOperator<String> value) {
        return token + fields.stream().map(f -> "&" + f + "=" + URLEncoder.encode(value.apply(f), StandardCharsets.UTF_8))
                .collect(Collectors.joining());
    }

    private String sendPage(String path, String cookies, String body, boolean mustRefuse) throws Exception {
        return sendRaw("POST", path, Map.of("Cookie", cookies, "Accept", "text/html",
                "Content-Type", "application/x-www-form-urlencoded"), body, mustRefuse);
    }

    // ---------------------------------------------------------------- sending and judging

    private void send(String method, String path, String auth, String contentType, String body, boolean mustRefuse)
            throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (auth != null) {
            headers.put("Authorization", auth);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        sendRaw(method, path, headers, body, mustRefuse);
    }

    /** Sends and judges one request; answers the body of a 400, else null. */
    private String sendRaw(String method, String path, Map<String, String> headers, String body, boolean mustRefuse)
            throws Exception {
        boolean writes = !method.equals("GET");
        long before = writes ? rows() : 0;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body.getBytes(body.chars().allMatch(c -> c < 256)
                        ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8)));
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        requests++;
        int status = response.statusCode();
        String what = method + " " + path.substring(0, Math.min(path.length(), 120)) + " "
                + (body == null ? "" : body.substring(0, Math.min(body.length(), 80)).replace("\u0000", "\\0"));
        String text = response.body();
        if (status >= 500) {
            failures.add(status + " for " + what);
        }
        Matcher internals = INTERNALS.matcher(text);
        if (internals.find()) {
            failures.add("internals '" + internals.group() + "' in the answer to " + what);
        }
        if (path.startsWith("/api/") && status >= 400
                && !response.headers().firstValue("Content-Type").orElse("").startsWith(Problem.MEDIA_TYPE)) {
            failures.add(status + " without problem+json for " + what);
        }
        if (mustRefuse && (status < 400 || status >= 500)) {
            failures.add(status + " (not refused) for " + what);
        }
        if (status == 400 && text.contains(RequestRefusal.UNNAMED_DATA_DETAIL)) {
            failures.add("the 400 does not name the field (the database refused the value) for " + what);
        }
        if (writes && status >= 400 && rows() != before) {
            failures.add("rows changed although " + status + " refused " + what);
        }
        return status == 400 ? text : null;
    }

    private long rows() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(countRows)) {
            r.next();
            return r.getLong(1);
        }
    }

    private String countRowsQuery() throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select table_name from information_schema.tables where table_schema = "
                     + "'public' and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'")) {
            while (r.next()) {
                tables.add("(select count(*) from \"" + r.getString(1) + "\")");
            }
        }
        return "select " + String.join(" + ", tables);
    }

    // ---------------------------------------------------------------- who, what and where

    /** The page routes the app registers that take a form, by their template without regular expressions. */
    private Map<String, Method> registeredForms() {
        Map<String, Method> routes = new LinkedHashMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class)) {
            Class<?> type = bean.getBeanClass();
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null || classPath.value().startsWith("/api") || type.getName().contains("Test")
                    || type.getName().contains("Probe")) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                String verb = m.isAnnotationPresent(POST.class) ? "POST" : m.isAnnotationPresent(PUT.class) ? "PUT"
                        : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb == null) {
                    continue;
                }
                Path methodPath = m.getAnnotation(Path.class);
                String route = (classPath.value() + "/" + (methodPath == null ? "" : methodPath.value()))
                        .replaceAll("\\{(\\w+):[^/]*?}(?=/|$)", "{$1}").replaceAll("/+", "/").replaceAll("(.)/$", "$1");
                routes.put(verb + " " + route, m);
            }
        }
        return routes;
    }

    private static List<String> formFields(Method m) {
        List<String> fields = new ArrayList<>();
        for (Parameter p : m.getParameters()) {
            RestForm f = p.getAnnotation(RestForm.class);
            if (f != null) {
                fields.add(f.value().isEmpty() ? p.getName() : f.value());
            }
        }
        return fields;
    }

    private static boolean isMultipart(Method m) {
        jakarta.ws.rs.Consumes c = m.getAnnotation(jakarta.ws.rs.Consumes.class);
        return c != null && String.join(",", c.value()).contains("multipart");
    }

    private static List<String> rolesOf(Method m) {
        RolesAllowed r = m.getAnnotation(RolesAllowed.class);
        if (r == null) {
            r = m.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return r == null ? List.of() : List.of(r.value());
    }

    private static String userFor(List<String> roles) {
        for (String ur : ROLES_BY_USER) {
            String[] p = ur.split(":");
            if (roles.isEmpty() || roles.contains(p[1])) {
                return p[0];
            }
        }
        return "admin1";
    }

    private static String wrongUserFor(List<String> roles) {
        for (String ur : ROLES_BY_USER) {
            String[] p = ur.split(":");
            if (!roles.contains(p[1])) {
                return p[0];
            }
        }
        return null;
    }

    private static String csrfPage(String user) {
        return switch (user) {
            case "admin1" -> "/admin/catalog";
            case "planner1" -> "/visits";
                        default -> "/leads";
        };
    }

    /** Records the fuzzed forms act on, so that a refusal comes from the input and not from a missing record. */
    private Map<String, String> sampleIds() throws Exception {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("account", first("/api/accounts", "items[0].id", "1"));
        ids.put("lead", first("/api/leads", "[0].id", "1"));
        ids.put("opportunity", first("/api/opportunities", "[0].id", "1"));
        ids.put("quote", first("/api/quotes", "[0].id", "1"));
        ids.put("order", first("/api/orders", "[0].id", "1"));
        ids.put("activity", first("/api/activities", "[0].id", "1"));
        ids.put("product", first("/api/products", "[0].code", "NOPE"));
        return ids;
    }

    private static String first(String path, String jsonPath, String otherwise) {
        try {
            Object v = given().auth().preemptive().basic("rep1", Sessions.PASSWORD).accept("application/json")
                    .get(path).then().extract().path(jsonPath);
            return v == null ? otherwise : v.toString();
        } catch (RuntimeException e) {
            return otherwise;
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Sessions.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        JsonNode s = schema;
        for (int i = 0; i < 5 && s.has("$ref"); i++) {
            s = schemas.path(s.path("$ref").asText().replace("#/components/schemas/", ""));
        }
        if (s.has("allOf") && s.path("allOf").size() > 0) {
            return resolve(s.path("allOf").get(0), schemas);
        }
        return s;
    }

    private static boolean isDate(JsonNode raw, JsonNode resolved) {
        String ref = raw.path("$ref").asText();
        String format = resolved.path("format").asText();
        return ref.endsWith("LocalDate") || ref.endsWith("OffsetDateTime") || ref.endsWith("LocalDateTime")
                || ref.endsWith("Instant") || format.startsWith("date");
    }

    private static boolean hasType(JsonNode schema, JsonNode schemas, String type) {
        for (Iterator<JsonNode> it = schema.path("properties").elements(); it.hasNext(); ) {
            JsonNode raw = it.next();
            JsonNode p = resolve(raw, schemas);
            if (type.equals(p.path("type").asText()) && !isDate(raw, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDate(JsonNode schema, JsonNode schemas) {
        for (Iterator<JsonNode> it = schema.path("properties").elements(); it.hasNext(); ) {
            JsonNode raw = it.next();
            if (isDate(raw, resolve(raw, schemas))) {
                return true;
            }
        }
        return false;
    }
}
