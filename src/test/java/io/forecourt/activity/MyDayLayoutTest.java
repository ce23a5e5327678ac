package io.forecourt.activity;

import io.forecourt.testing.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** My day is no wall: its lists are grouped, collapsible and a page at a time. */
@QuarkusTest
class MyDayLayoutTest {

    private static String myDay(String session, String query) {
        return given().cookie("forecourt-session", session).accept("text/html").get("/my-day" + query).then()
                .statusCode(200).extract().asString();
    }

    private static String part(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section " + id).isPositive();
        return html.substring(start, html.indexOf("</details>", start));
    }

    private static int count(String html, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void longListsComeAPageAtATimeAndTheProspectsStayFoldedUntilAsked() {
        List<?> prospects = Api.as("rep1").get("/api/activities/call-list").then().statusCode(200).extract()
                .jsonPath().getList("notYetContacted");
        assertThat(prospects.size()).as("the demo gives rep1 many prospects").isGreaterThan(DayLayout.PAGE_SIZE);
        String rep = Sessions.signIn("rep1");
        String html = myDay(rep, "");
        String first = part(html, "prospects");
        assertThat(first).startsWith("id=\"prospects\">").contains("(" + prospects.size() + ")")
                .contains("page 1 of " + ((prospects.size() + DayLayout.PAGE_SIZE - 1) / DayLayout.PAGE_SIZE))
                .contains("href=\"/my-day?prospects=2#prospects\"").contains("class=\"day-group\"");
        assertThat(count(first, "<li>")).isEqualTo(DayLayout.PAGE_SIZE);
        assertThat(part(html, "today")).contains(" open>");

        String second = part(myDay(rep, "?prospects=2"), "prospects");
        assertThat(second).startsWith("id=\"prospects\" open>").contains("page 2 of")
                .contains("/my-day?prospects=1#prospects");
        assertThat(count(second, "<li>")).isBetween(1, DayLayout.PAGE_SIZE);
        assertThat(first.substring(first.indexOf("<li>"))).isNotEqualTo(second.substring(second.indexOf("<li>")));
        // a page past the end shows the last one
        int pages = (prospects.size() + DayLayout.PAGE_SIZE - 1) / DayLayout.PAGE_SIZE;
        assertThat(part(myDay(rep, "?prospects=999"), "prospects")).contains("page " + pages + " of " + pages)
                .doesNotContain("Next →");
    }
}
