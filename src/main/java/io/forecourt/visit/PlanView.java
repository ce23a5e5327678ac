package io.forecourt.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A plan as planners and reps read it: itineraries per rep and day, the visits left out, and (for a
 * solver's draft) what changed against the saved plan. {@code kind} is "saved" or "draft".
 */
public record PlanView(LocalDate from, LocalDate to, String kind, String score, List<Itinerary> itineraries,
                       List<Unplanned> unplanned, List<Change> changes) {

    /** Timelines span these hours of the day. */
    static final int TIMELINE_FROM_MINUTE = 7 * 60;
    static final int TIMELINE_MINUTES = 13 * 60;

    public record Itinerary(long repId, String rep, LocalDate day, boolean available, OffsetDateTime leaves,
                            OffsetDateTime back, long travelMinutes, double homeLat, double homeLon, List<Stop> stops) {

        public String leavesClock() {
            return clock(leaves);
        }

        public String backClock() {
            return clock(back);
        }

        public String drivingTime() {
            return duration(travelMinutes);
        }

        public String dayLabel() {
            return day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " " + day;
        }
    }

    /** One visit of an itinerary: when the rep arrives, waits, starts and leaves, and the drive to it. */
    public record Stop(int order, String modelId, Long visitId, long accountId, String account, String city,
                       String status, boolean pinned, OffsetDateTime arrival, long waitMinutes,
                       OffsetDateTime start, OffsetDateTime end, long travelMinutes, double lat, double lon) {

        public String arrivalClock() {
            return clock(arrival);
        }

        public String startClock() {
            return clock(start);
        }

        public String endClock() {
            return clock(end);
        }

        /** Where the visit sits on a 07:00–20:00 timeline, as CSS. */
        public String timelineStyle() {
            int from = start.getHour() * 60 + start.getMinute() - TIMELINE_FROM_MINUTE;
            long length = java.time.Duration.between(start, end).toMinutes();
            double left = Math.max(0, Math.min(100, from * 100.0 / TIMELINE_MINUTES));
            double width = Math.max(0.5, Math.min(100 - left, length * 100.0 / TIMELINE_MINUTES));
            return String.format(Locale.ROOT, "left:%.1f%%;width:%.1f%%", left, width);
        }
    }

    public record Unplanned(Long visitId, long accountId, String account, int priority, String why) {
    }

    /** kind: NEW (now planned), MOVED (other rep or day), DROPPED (no longer planned). */
    public record Change(String kind, Long visitId, long accountId, String account, String before, String after) {
    }

    static String clock(OffsetDateTime t) {
        return t == null ? "" : String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }

    public int plannedCount() {
        return itineraries.stream().mapToInt(i -> i.stops().size()).sum();
    }

    /** The plan in a planner's words: visits planned and left out, and the driving it takes, in hours. */
    public String summary() {
        long driving = itineraries.stream().mapToLong(Itinerary::travelMinutes).sum();
        long days = itineraries.stream().filter(i -> !i.stops().isEmpty()).count();
        int planned = plannedCount();
        String out = planned + (planned == 1 ? " visit" : " visits") + " planned on " + days + (days == 1 ? " rep-day" : " rep-days");
        if (unplanned != null && !unplanned.isEmpty()) {
            out += ", " + unplanned.size() + " left out";
        }
        return out + " · " + duration(driving) + " driving in total";
    }

    /** Minutes as "3 h 05 min" (or "40 min"). */
    static String duration(long minutes) {
        return minutes < 60 ? minutes + " min" : String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
    }

    /** Hour labels of the timeline: "07" to "20", each with its position in percent. */
    public List<HourMark> hours() {
        List<HourMark> marks = new java.util.ArrayList<>();
        for (int m = 0; m <= TIMELINE_MINUTES; m += 60) {
            marks.add(new HourMark(String.format(Locale.ROOT, "%02d", (TIMELINE_FROM_MINUTE + m) / 60),
                    String.format(Locale.ROOT, "left:%.2f%%", m * 100.0 / TIMELINE_MINUTES)));
        }
        return marks;
    }

    public record HourMark(String label, String style) {
    }
}
