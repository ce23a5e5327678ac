package io.forecourt.forecast.dashboard;

import java.util.List;
import java.util.Locale;

/**
 * Charts drawn by the app as inline SVG (no scripts, no CDN): horizontal bars that scale to the
 * width of the page (a 320-unit view box, so they read at 360 px), each with its label and figure
 * in the chart and a title for screen readers. Every chart sits beside a table of the same numbers.
 */
public final class Svg {

    /** One bar: label, value, optional marker (e.g. the quota) and range (low–high whisker); colour class. */
    public record Bar(String label, double value, Double marker, Double low, Double high, String tone) {
        public static Bar of(String label, double value, String tone) {
            return new Bar(label, value, null, null, null, tone);
        }
    }

    static final int WIDTH = 320;
    static final int ROW = 30;

    private Svg() {
    }

    public static String bars(String title, List<Bar> bars) {
        double max = 1;
        for (Bar b : bars) {
            max = Math.max(max, Math.max(b.value(), Math.max(b.marker() == null ? 0 : b.marker(), b.high() == null ? 0 : b.high())));
        }
        int height = Math.max(ROW, bars.size() * ROW) + 4;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title>").append(esc(title)).append("</title>");
        double scale = (WIDTH - 4) / max;
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = i * ROW + 2;
            s.append(String.format(Locale.ROOT, "<text x=\"2\" y=\"%d\" class=\"chart-label\">%s · %s</text>",
                    y + 10, esc(b.label()), esc(figure(b.value()))));
            s.append(String.format(Locale.ROOT, "<rect x=\"2\" y=\"%d\" width=\"%.1f\" height=\"12\" rx=\"2\" class=\"bar %s\"/>",
                    y + 14, Math.max(0.5, b.value() * scale), esc(b.tone() == null ? "" : b.tone())));
            if (b.low() != null && b.high() != null) {
                double lo = 2 + b.low() * scale, hi = 2 + b.high() * scale;
                s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" class=\"range\"/>"
                        + "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" class=\"range\"/>"
                        + "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" class=\"range\"/>",
                        lo, hi, y + 20, y + 20, lo, lo, y + 15, y + 25, hi, hi, y + 15, y + 25));
            }
            if (b.marker() != null) {
                double x = 2 + b.marker() * scale;
                s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" class=\"marker\"/>",
                        x, x, y + 12, y + 28));
            }
        }
        return s.append("</svg>").toString();
    }

    /** 12 345 → "12.3k", 1 234 567 → "1.23M", small numbers as they are. */
    static String figure(double v) {
        double a = Math.abs(v);
        if (a >= 1_000_000) {
            return String.format(Locale.ROOT, "%.2fM", v / 1_000_000);
        }
        if (a >= 10_000) {
            return String.format(Locale.ROOT, "%.1fk", v / 1000);
        }
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
