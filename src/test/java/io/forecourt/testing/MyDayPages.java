package io.forecourt.testing;

import static io.restassured.RestAssured.given;

/**
 * My day shows today's contacts a page at a time (eight a page): tests that look for one contact read
 * every page, as a rep paging through would.
 */
public final class MyDayPages {

    private MyDayPages() {
    }

    /** The HTML of every page of today's contacts on the signed-in user's My day, one after the other. */
    public static String all(String session) {
        StringBuilder pages = new StringBuilder();
        for (int page = 1; page <= 30; page++) {
            String html = given().cookie("forecourt-session", session).accept("text/html").redirects().follow(false)
                    .get("/my-day?today=" + page).then().statusCode(200).extract().asString();
            pages.append(html);
            if (!html.contains("today=" + (page + 1))) {
                break;
            }
        }
        return pages.toString();
    }
}
