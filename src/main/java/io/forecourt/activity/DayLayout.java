package io.forecourt.activity;

import io.forecourt.lead.NewLeads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * My day laid out to be read on a phone: today's contacts grouped by type (visits, then calls, then
 * the rest), prospects (newest first) grouped by town, each list a page of {@link #PAGE_SIZE} at a time, and the
 * long, less urgent lists (new leads, prospects) collapsed until opened or paged.
 */
public record DayLayout(List<TodayGroup> today, Pager todayPager, List<ActivityView> followUps, Pager followUpsPager,
                        List<NewLeads.NewLead> leads, Pager leadsPager, List<ProspectGroup> prospects,
                        Pager prospectsPager) {

    static final int PAGE_SIZE = 8;
    static final List<String> SECTIONS = List.of("today", "followups", "leads", "prospects");
    private static final List<String> TYPE_ORDER = List.of("VISIT", "CALL", "MEETING", "EMAIL");

    public record TodayGroup(String type, int count, List<ActivityView> items) {
    }

    public record ProspectGroup(String city, List<CallList.Prospect> items) {
    }

    /** One list's page: links to the previous and next page keep the other lists where they are. */
    public record Pager(String section, int page, int pages, int total, String previous, String next, boolean open) {
        public boolean paged() {
            return pages > 1;
        }
    }

    /** {@code pages}: the page asked for per section (1 when absent); a section asked for opens. */
    static DayLayout of(CallList day, Map<String, Integer> pages) {
        List<ActivityView> planned = new ArrayList<>(day.planned());
        // a total order, so that the pages neither overlap nor skip contacts planned at the same minute
        planned.sort(java.util.Comparator.comparingInt((ActivityView a) -> typeRank(a.type()))
                .thenComparing(ActivityView::plannedAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(ActivityView::id, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        List<ActivityView> followUps = new ArrayList<>(day.overdueFollowUps());
        followUps.sort(java.util.Comparator.comparing(ActivityView::followUpOn,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(ActivityView::id, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        Pager todayPager = pager("today", planned.size(), pages, true);
        Map<String, List<ActivityView>> byType = new LinkedHashMap<>();
        for (ActivityView a : slice(planned, todayPager)) {
            byType.computeIfAbsent(a.type(), t -> new ArrayList<>()).add(a);
        }
        List<TodayGroup> today = byType.entrySet().stream().map(e -> new TodayGroup(e.getKey(),
                (int) planned.stream().filter(a -> a.type().equals(e.getKey())).count(), e.getValue())).toList();

        Pager followUpsPager = pager("followups", followUps.size(), pages, true);
        Pager leadsPager = pager("leads", day.newLeads().size(), pages, day.newLeads().size() <= 3);
        // newest first (a fresh prospect is the one worth calling today), grouped by town within the page
        List<CallList.Prospect> prospects = day.notYetContacted();
        Pager prospectsPager = pager("prospects", prospects.size(), pages, false);
        return new DayLayout(today, todayPager, slice(followUps, followUpsPager), followUpsPager,
                slice(day.newLeads(), leadsPager), leadsPager,
                group(slice(prospects, prospectsPager), p -> p.city() == null ? "Town not known" : p.city()),
                prospectsPager);
    }

    private static int typeRank(String type) {
        int i = TYPE_ORDER.indexOf(type);
        return i < 0 ? TYPE_ORDER.size() : i;
    }

    private static List<ProspectGroup> group(List<CallList.Prospect> items, Function<CallList.Prospect, String> key) {
        Map<String, List<CallList.Prospect>> groups = new LinkedHashMap<>();
        items.forEach(p -> groups.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p));
        return groups.entrySet().stream().map(e -> new ProspectGroup(e.getKey(), e.getValue())).toList();
    }

    private static <T> List<T> slice(List<T> all, Pager p) {
        int from = (p.page() - 1) * PAGE_SIZE;
        return all.subList(Math.min(from, all.size()), Math.min(from + PAGE_SIZE, all.size()));
    }

    private static Pager pager(String section, int total, Map<String, Integer> asked, boolean openByDefault) {
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        Integer want = asked.get(section);
        int page = want == null ? 1 : Math.max(1, Math.min(want, pages));
        return new Pager(section, page, pages, total, page > 1 ? link(asked, section, page - 1) : null,
                page < pages ? link(asked, section, page + 1) : null, openByDefault || want != null);
    }

    private static String link(Map<String, Integer> asked, String section, int page) {
        StringBuilder sb = new StringBuilder("/my-day?");
        for (String s : SECTIONS) {
            int p = s.equals(section) ? page : asked.getOrDefault(s, 0);
            if (p > 0) {
                sb.append(sb.charAt(sb.length() - 1) == '?' ? "" : "&").append(s).append('=').append(p);
            }
        }
        return sb.append('#').append(section).toString();
    }
}
