package io.forecourt.common.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.function.Function;

/** How a page answers a refused form: the page again, with the status of the refusal. */
public final class PageAnswers {

    private PageAnswers() {
    }

    /** An HTML answer with this status (a rendered template or a template instance). */
    public static Response html(int status, Object page) {
        Object entity = page instanceof io.quarkus.qute.TemplateInstance t ? t.render() : page;
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(entity).build();
    }

    /**
     * The page re-rendered for a refusal it can explain beside its form (one of {@code statuses});
     * any other refusal (404, 403, …) goes on to the error page.
     */
    public static Response rerender(ForecourtException e, Function<ForecourtException, Response> page, int... statuses) {
        for (int status : statuses) {
            if (e.status() == status) {
                return page.apply(e);
            }
        }
        throw e;
    }
}
