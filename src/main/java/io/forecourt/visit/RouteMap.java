package io.forecourt.visit;

import io.quarkus.qute.RawString;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a plan's routes as SVG, offline: each rep-day's route from home through its visits and back in its
 * own colour, homes as squares, visits as numbered dots (hover shows account and time). Longitude is scaled
 * by the cosine of the latitude so distances look right around Lyon.
 */
final class RouteMap {

    static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b",
            "#e377c2", "#7f7f7f", "#bcbd22"};
    private static final int W = 640;
    private static final int H = 480;
    private static final int PAD = 24;

    private RouteMap() {
    }

    static String colour(int index) {
        return COLOURS[index % COLOURS.length];
    }

    static RawString svg(PlanView plan) {
        List<double[]> points = new ArrayList<>();
        for (PlanView.Itinerary i : plan.itineraries()) {
            points.add(new double[] {i.homeLat(), i.homeLon()});
            i.stops().forEach(s -> points.add(new double[] {s.lat(), s.lon()}));
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"route-map\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" role=\"img\" aria-label=\"Routes of the plan\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#f6f7f9\"/>");
        if (points.isEmpty()) {
            return new RawString(svg.append("<text x=\"20\" y=\"40\">No routes to draw</text></svg>").toString());
        }
        double minLat = points.stream().mapToDouble(p -> p[0]).min().orElse(0);
        double maxLat = points.stream().mapToDouble(p -> p[0]).max().orElse(0);
        double minLon = points.stream().mapToDouble(p -> p[1]).min().orElse(0);
        double maxLon = points.stream().mapToDouble(p -> p[1]).max().orElse(0);
        double kx = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max(1e-6, (maxLon - minLon) * kx);
        double spanY = Math.max(1e-6, maxLat - minLat);
        double scale = Math.min((W - 2 * PAD) / spanX, (H - 2 * PAD) / spanY);
        Projection at = (lat, lon) -> new double[] {PAD + (lon - minLon) * kx * scale, H - PAD - (lat - minLat) * scale};
        int index = 0;
        for (PlanView.Itinerary i : plan.itineraries()) {
            String colour = colour(index++);
            double[] home = at.xy(i.homeLat(), i.homeLon());
            StringBuilder path = new StringBuilder(fmt(home));
            for (PlanView.Stop s : i.stops()) {
                path.append(' ').append(fmt(at.xy(s.lat(), s.lon())));
            }
            path.append(' ').append(fmt(home));
            if (!i.stops().isEmpty()) {
                svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke-opacity=\"0.8\" stroke=\"").append(colour)
                        .append("\" points=\"").append(path).append("\"><title>").append(escape(i.rep() + ", "
                                + i.dayLabel())).append("</title></polyline>");
            }
            for (PlanView.Stop s : i.stops()) {
                double[] p = at.xy(s.lat(), s.lon());
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"",
                        p[0], p[1], colour)).append(s.pinned() ? " stroke=\"#000\" stroke-width=\"2\"" : "")
                        .append("><title>").append(escape(s.order() + ". " + s.account() + " — " + i.rep() + ", "
                                + i.dayLabel() + " " + s.start().toLocalTime())).append("</title></circle>");
            }
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\""
                    + " stroke=\"#000\"><title>%s</title></rect>", home[0] - 6, home[1] - 6, colour,
                    escape("Home of " + i.rep())));
        }
        scaleBar(svg, scale);
        svg.append("</svg>");
        return new RawString(svg.append(legend(plan)).toString());
    }

    /** A scale bar in km, bottom left: 1 degree of latitude is about 111.2 km. */
    private static void scaleBar(StringBuilder svg, double pxPerDegree) {
        double pxPerKm = pxPerDegree / 111.2;
        double km = 1;
        for (double nice : new double[] {1, 2, 5, 10, 20, 50, 100}) {
            if (nice * pxPerKm <= W / 4.0) {
                km = nice;
            }
        }
        double len = km * pxPerKm;
        svg.append(String.format(Locale.ROOT, "<g font-family=\"sans-serif\" font-size=\"12\" fill=\"#333\">"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\" stroke-width=\"3\"/>"
                + "<text x=\"%d\" y=\"%d\">%s km</text></g>", PAD, H - 10, PAD + len, H - 10, PAD, H - 16,
                km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km)));
    }

    /** The legend under the map: each rep-day's colour, then what the marks mean. */
    private static String legend(PlanView plan) {
        StringBuilder html = new StringBuilder("<figcaption><ul class=\"map-legend\">");
        int index = 0;
        for (PlanView.Itinerary i : plan.itineraries()) {
            String colour = colour(index++);
            if (i.stops().isEmpty()) {
                continue;
            }
            html.append("<li><span class=\"mark line\" style=\"background:").append(colour).append("\"></span>")
                    .append(escape(i.rep() + " · " + i.dayLabel())).append("</li>");
        }
        html.append("<li><span class=\"mark home\" style=\"background:#ccc\"></span>rep's home (start and end)</li>")
                .append("<li><span class=\"mark\" style=\"background:#888\"></span>a visit (hover: account and time)</li>")
                .append("<li><span class=\"mark\" style=\"background:#888;outline:2px solid #000\"></span>confirmed or started, kept in place</li>")
                .append("</ul></figcaption>");
        return html.toString();
    }

    private interface Projection {
        double[] xy(double lat, double lon);
    }

    private static String fmt(double[] p) {
        return String.format(Locale.ROOT, "%.1f,%.1f", p[0], p[1]);
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
