package io.forecourt.quote;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Drives quotes through the API as demo users do: save a configuration, quote it, send it, accept it. */
public final class QuoteApi {

    /** A valid, complete Aura (list price 36,880 EUR). */
    public static final List<String> AURA = List.of("ENG_P150", "GB_AUTO7", "TRIM_STYLE", "COL_BLUE_METALLIC",
            "INT_LEATHER_BLACK", "WHEEL_18_ALLOY", "PKG_WINTER");
    public static final double AURA_PRICE = 36880;

    private QuoteApi() {
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, "demo").contentType("application/json");
    }

    /** Saves a configuration ready for quoting and answers its share code. */
    public static String savedConfiguration(List<String> selections) {
        return given().contentType("application/json")
                .body(Map.of("product", "AURA", "selections", selections, "ready", true))
                .post("/api/configurations").then().statusCode(201).extract().path("code");
    }

    public static Response create(String username, long account, List<String> codes, Object discount) {
        Map<String, Object> body = new HashMap<>();
        body.put("account", account);
        body.put("configurations", codes);
        body.put("discountPercent", discount);
        return as(username).body(body).post("/api/quotes");
    }

    /** A quote with no approval needed, as a draft: its id. */
    public static int draft(String username, long account) {
        return create(username, account, List.of(savedConfiguration(AURA)), 5).then().statusCode(201)
                .extract().path("id");
    }

    public static JsonPath get(String username, long id) {
        return as(username).get("/api/quotes/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** Sends the quote and answers the token of its link. */
    public static String send(String username, long id) {
        String link = as(username).post("/api/quotes/" + id + "/send").then().statusCode(200).extract().path("link");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /** A draft quote of {@code rep} on a fresh account, sent: its token. */
    public static String sent(String rep, long account) {
        return send(rep, draft(rep, account));
    }

    public static Response accept(String token, String key) {
        RequestSpecification r = given().contentType("application/json");
        if (key != null) {
            r.header("Idempotency-Key", key);
        }
        return r.post("/api/public/quotes/" + token + "/accept");
    }

    public static Response decide(String username, long id, String what, String comment, int version) {
        Map<String, Object> body = new HashMap<>();
        body.put("comment", comment);
        body.put("version", version);
        return as(username).body(body).post("/api/quotes/" + id + "/" + what);
    }

    /** A quote of {@code rep} on the account, sent and accepted: the order's id. */
    public static int order(String rep, long account) {
        return accept(sent(rep, account), null).then().statusCode(201).extract().path("id");
    }

    public static Response transition(String username, long order, String to, String note, int version) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        body.put("note", note);
        body.put("version", version);
        return as(username).body(body).post("/api/orders/" + order + "/transitions");
    }
}
