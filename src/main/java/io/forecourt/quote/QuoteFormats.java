package io.forecourt.quote;

import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Quote pages' formats: {@code {text.urlEncoded}} for mailto: links (spaces as %20, as mail programs expect). */
@TemplateExtension
class QuoteFormats {

    static String urlEncoded(String text) {
        return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
