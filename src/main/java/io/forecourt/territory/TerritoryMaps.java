package io.forecourt.territory;

import io.forecourt.common.web.ForecourtException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Draws territories as SVG, offline (no tiles): each account a dot in its territory's colour,
 * each rep's home a marked square, projected from latitude/longitude onto the accounts' extent.
 */
@ApplicationScoped
public class TerritoryMaps {

    static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
            "#17becf", "#bcbd22", "#7f7f7f"};
    private static final int W = 480;
    private static final int H = 360;
    private static final int PAD = 14;

    @Inject
    TerritoryService service;

    /** A job's map before or after (default) its proposal. */
    public String svg(String jobId, String which) {
        Map.Entry<Baseline, Map<Long, Long>> proposal = service.proposedAssignment(jobId);
        Baseline baseline = proposal.getKey();
        boolean before = "before".equals(which);
        if (!before && which != null && !"after".equals(which)) {
            throw ForecourtException.badRequest("which is before or after");
        }
        Map<Long, Long> assignment = before || proposal.getValue().isEmpty() ? baseline.currentAssignment() : proposal.getValue();
        return draw(baseline, assignment, null, before ? "Before" : "After");
    }

    /** The territories as they are now, limited to those the user may read. */
    static String draw(Baseline baseline, Map<Long, Long> assignment, Set<Long> only, String caption) {
        double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        for (Baseline.AccountFacts a : baseline.accounts()) {
            if (a.lat() != null && a.lon() != null) {
                minLat = Math.min(minLat, a.lat()); maxLat = Math.max(maxLat, a.lat());
                minLon = Math.min(minLon, a.lon()); maxLon = Math.max(maxLon, a.lon());
            }
        }
        for (Baseline.TerritoryFacts t : baseline.territories()) {
            minLat = Math.min(minLat, t.homeLat()); maxLat = Math.max(maxLat, t.homeLat());
            minLon = Math.min(minLon, t.homeLon()); maxLon = Math.max(maxLon, t.homeLon());
        }
        Projection p = new Projection(minLat, maxLat, minLon, maxLon);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" class=\"territory-map\" role=\"img\" aria-label=\"").append(esc(caption))
                .append(": accounts coloured by territory, homes as squares\">");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#f7f9fb\" stroke=\"#d5dde5\"/>");
        List<Baseline.TerritoryFacts> territories = baseline.territories();
        for (Baseline.AccountFacts a : baseline.accounts()) {
            Long at = assignment.get(a.id());
            if (a.lat() == null || a.lon() == null || at == null || (only != null && !only.contains(at))) {
                continue;
            }
            int i = baseline.indexOf(at);
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s · %s</title></circle>",
                    p.x(a.lon()), p.y(a.lat()), COLOURS[i % COLOURS.length], esc(a.name()), esc(territories.get(i).code())));
        }
        for (int i = 0; i < territories.size(); i++) {
            Baseline.TerritoryFacts t = territories.get(i);
            if (only != null && !only.contains(t.id())) {
                continue;
            }
            double x = p.x(t.homeLon()), y = p.y(t.homeLat());
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\" stroke=\"#111\""
                            + " stroke-width=\"2\"><title>Home of %s (%s)</title></rect>", x - 6, y - 6,
                    COLOURS[i % COLOURS.length], esc(t.repName()), esc(t.code())));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" font-family=\"sans-serif\""
                    + " fill=\"#111\">%s</text>", x + 9, y - 8, esc(t.code())));
        }
        svg.append("<text x=\"8\" y=\"").append(H - 8).append("\" font-size=\"12\" font-family=\"sans-serif\" fill=\"#555\">")
                .append(esc(caption)).append("</text></svg>");
        return svg.toString();
    }

    /** Equirectangular, longitude shrunk by cos(latitude), fitted into the drawing with its aspect kept. */
    private record Projection(double minLat, double maxLat, double minLon, double maxLon) {
        double k() {
            double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
            double w = Math.max(1e-6, (maxLon - minLon) * cos), h = Math.max(1e-6, maxLat - minLat);
            return Math.min((W - 2 * PAD) / w, (H - 2 * PAD) / h);
        }

        double x(double lon) {
            return PAD + (lon - minLon) * Math.cos(Math.toRadians((minLat + maxLat) / 2)) * k();
        }

        double y(double lat) {
            return H - PAD - (lat - minLat) * k();
        }
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
