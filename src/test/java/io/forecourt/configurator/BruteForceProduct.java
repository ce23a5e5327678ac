package io.forecourt.configurator;

import io.forecourt.catalog.GroupDocument;
import io.forecourt.catalog.OptionDocument;
import io.forecourt.catalog.ProductDocument;
import io.forecourt.catalog.VariantTableDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One product in one market, encoded for brute force independently of the configurator: the
 * catalogue's groups and tables read straight from the document, the DRL constraint rules read from the
 * rule files by a small parser of their own (checked against Drools by the property test). A
 * configuration is a bit set of option indices.
 */
final class BruteForceProduct {

    /** A rule, table or group limit: its id (as the configurator names it) and its check. */
    record Check(String id, int lastGroup, Set<Integer> groups, Predicate<long[]> holds) {
    }

    /** A DRL constraint rule as policy: fires when every "requires" mask meets the choices and no "forbids" one does. */
    record DrlRule(String name, List<long[]> requires, List<long[]> forbids) {
        boolean fires(long[] chosen) {
            return requires.stream().allMatch(m -> meets(m, chosen)) && forbids.stream().noneMatch(m -> meets(m, chosen));
        }
    }

    final ProductDocument product;
    final String market;
    final List<String> codes = new ArrayList<>();
    final Map<String, Integer> index = new HashMap<>();
    final Map<String, Integer> groupOf = new HashMap<>();
    final int words;
    /** Per group, the masks it may take (one option, none if optional; subsets within min..max if multiple). */
    final List<List<long[]>> choices = new ArrayList<>();
    final List<DrlRule> rules = new ArrayList<>();
    final List<Check> checks = new ArrayList<>();
    /** Every complete valid configuration. */
    final List<long[]> valid = new ArrayList<>();

    BruteForceProduct(ProductDocument product, String market, List<Map<String, Object>> drl) {
        this.product = product;
        this.market = market;
        for (int g = 0; g < product.groups().size(); g++) {
            for (OptionDocument o : product.groups().get(g).options()) {
                index.put(o.code(), codes.size());
                groupOf.put(o.code(), g);
                codes.add(o.code());
            }
        }
        words = (codes.size() + 63) / 64;
        for (GroupDocument g : product.groups()) {
            List<long[]> list = new ArrayList<>();
            List<String> opts = g.options().stream().map(OptionDocument::code).toList();
            if (g.multiple()) {
                for (int subset = 0; subset < 1 << opts.size(); subset++) {
                    int size = Integer.bitCount(subset);
                    if (size >= g.min() && size <= g.max()) {
                        long[] m = new long[words];
                        for (int i = 0; i < opts.size(); i++) {
                            if ((subset & 1 << i) != 0) {
                                set(m, index.get(opts.get(i)));
                            }
                        }
                        list.add(m);
                    }
                }
            } else {
                if (!g.required()) {
                    list.add(new long[words]);
                }
                opts.forEach(o -> list.add(mask(List.of(o))));
            }
            choices.add(list);
        }
        for (Map<String, Object> r : drl) {
            @SuppressWarnings("unchecked")
            DrlRule rule = rule((String) r.get("name"), (List<Set<String>>) r.get("requires"),
                    (List<Set<String>>) r.get("forbids"), (Set<String>) r.get("products"), (Set<String>) r.get("markets"),
                    (Set<String>) r.get("notMarkets"));
            // a rule governs only the products its folder's products.txt names (rules/README.md)
            if (rule != null && ((Set<?>) r.get("line")).contains(product.code())) {
                rules.add(rule);
                Set<Integer> scope = new java.util.TreeSet<>();
                Stream.concat(rule.requires.stream(), rule.forbids.stream()).forEach(m -> scope.addAll(groupsOf(m)));
                checks.add(new Check(rule.name, scope.isEmpty() ? 0 : ((java.util.TreeSet<Integer>) scope).last(), scope,
                        c -> !rule.fires(c)));
            }
        }
        for (VariantTableDocument t : product.tables()) {
            Set<Integer> scope = new java.util.TreeSet<>();
            t.columns().stream().filter(c -> !c.equals(VariantTableDocument.MARKET)).map(this::groupIndex).forEach(scope::add);
            int last = scope.stream().mapToInt(Integer::intValue).max().orElse(0);
            checks.add(new Check(t.code(), last, scope, c -> tableHolds(t, c, false)));
        }
        enumerate(new long[words], 0, c -> true, Set.of(), null, cfg -> {
            valid.add(cfg.clone());
            return false;
        });
    }

    private DrlRule rule(String name, List<Set<String>> requires, List<Set<String>> forbids, Set<String> products,
                         Set<String> markets, Set<String> notMarkets) {
        if ((!products.isEmpty() && !products.contains(product.code())) || (!markets.isEmpty() && !markets.contains(market))
                || notMarkets.contains(market)) {
            return null;
        }
        List<long[]> req = new ArrayList<>();
        for (Set<String> set : requires) {
            long[] m = mask(set);
            if (empty(m)) {
                return null; // nothing of this product can meet it: the rule never fires here
            }
            req.add(m);
        }
        List<long[]> forb = forbids.stream().map(this::mask).filter(m -> !empty(m)).toList();
        return new DrlRule(name, req, forb);
    }

    private Set<Integer> groupsOf(long[] m) {
        Set<Integer> out = new java.util.TreeSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (has(m, i)) {
                out.add(groupOf.get(codes.get(i)));
            }
        }
        return out;
    }

    private int groupIndex(String groupCode) {
        for (int g = 0; g < product.groups().size(); g++) {
            if (product.groups().get(g).code().equals(groupCode)) {
                return g;
            }
        }
        throw new AssertionError("table column " + groupCode + " is no group of " + product.code());
    }

    /**
     * Whether some row fits. {@code asItStands}: a required group without a choice fits any cell; an
     * optional one (and, in a complete configuration, every empty group) counts as "-".
     */
    boolean tableHolds(VariantTableDocument t, long[] c, boolean asItStands) {
        for (List<String> row : t.rows()) {
            boolean fits = true;
            for (int col = 0; col < row.size() && fits; col++) {
                String column = t.columns().get(col);
                String cell = row.get(col);
                if (column.equals(VariantTableDocument.MARKET)) {
                    fits = cell.equals("*") || cell.equals(market);
                    continue;
                }
                GroupDocument g = product.groups().get(groupIndex(column));
                String chosen = g.options().stream().map(OptionDocument::code).filter(o -> has(c, index.get(o)))
                        .findFirst().orElse(null);
                if (chosen == null) {
                    fits = (asItStands && g.required()) || cell.equals("*") || cell.equals("-");
                } else {
                    fits = cell.equals("*") || cell.equals(chosen);
                }
            }
            if (fits) {
                return true;
            }
        }
        return false;
    }

    /**
     * Depth-first over the groups, each constraint checked once its last group is set: calls
     * {@code leaf} on every complete configuration whose groups pass {@code allowed} and that keeps the
     * checks accepted by {@code use}; stops when {@code leaf} answers true (then returns true).
     */
    boolean enumerate(long[] cfg, int group, Predicate<Check> use, Set<String> mustHave, Set<Integer> relevant,
                      Predicate<long[]> leaf) {
        if (group == choices.size()) {
            return leaf.test(cfg);
        }
        boolean one = relevant != null && !relevant.contains(group); // no check looks at it: any one choice does
        for (long[] choice : choices.get(group)) {
            if (!fitsMust(group, choice, mustHave)) {
                continue;
            }
            long[] next = or(cfg, choice);
            boolean ok = true;
            for (Check k : checks) {
                if (k.lastGroup == group && use.test(k) && !k.holds.test(next)) {
                    ok = false;
                    break;
                }
            }
            if (ok && enumerate(next, group + 1, use, mustHave, relevant, leaf)) {
                return true;
            }
            if (one && ok) {
                return false;
            }
        }
        return false;
    }

    /** A single-choice group takes exactly the option required of it; a multiple one at least those required. */
    private boolean fitsMust(int group, long[] choice, Set<String> mustHave) {
        GroupDocument g = product.groups().get(group);
        for (OptionDocument o : g.options()) {
            if (mustHave.contains(o.code()) && !has(choice, index.get(o.code()))) {
                return false;
            }
        }
        return true;
    }

    /** Some complete configuration has all these options under only the checks {@code use} accepts. */
    boolean satisfiable(Set<String> options, Predicate<Check> use) {
        Set<Integer> relevant = new HashSet<>();
        checks.stream().filter(use).forEach(k -> relevant.addAll(k.groups()));
        options.forEach(o -> relevant.add(groupOf.get(o)));
        return enumerate(new long[words], 0, use, options, relevant, c -> true);
    }

    /** Some complete valid configuration has all these options. */
    boolean completable(Collection<String> options) {
        long[] m = mask(options);
        return valid.stream().anyMatch(v -> contains(v, m));
    }

    long[] mask(Collection<String> options) {
        long[] m = new long[words];
        for (String o : options) {
            Integer i = index.get(o);
            if (i != null) {
                set(m, i);
            }
        }
        return m;
    }

    static boolean meets(long[] a, long[] b) {
        for (int w = 0; w < a.length; w++) {
            if ((a[w] & b[w]) != 0) {
                return true;
            }
        }
        return false;
    }

    static boolean contains(long[] big, long[] small) {
        for (int w = 0; w < big.length; w++) {
            if ((small[w] & ~big[w]) != 0) {
                return false;
            }
        }
        return true;
    }

    static boolean empty(long[] m) {
        for (long w : m) {
            if (w != 0) {
                return false;
            }
        }
        return true;
    }

    static boolean has(long[] m, int i) {
        return (m[i >>> 6] & 1L << i) != 0;
    }

    static void set(long[] m, int i) {
        m[i >>> 6] |= 1L << i;
    }

    static long[] or(long[] a, long[] b) {
        long[] out = a.clone();
        for (int w = 0; w < out.length; w++) {
            out[w] |= b[w];
        }
        return out;
    }

    // ---- the DRL rule files, read on their own ----

    private static final Pattern RULE = Pattern.compile(
            "(?ms)^\\s*rule\\s+\"([^\"]+)\".*?^\\s*when\\s*$(.*?)^\\s*then\\s*$(.*?)^\\s*end\\s*$");
    private static final Pattern PATTERN = Pattern.compile("(not\\s+)?(\\w+)\\s*\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    /** The constraint rules (those that report a violation) of every .drl file in the folder. */
    static List<Map<String, Object>> readDrl(Path folder) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        for (Path f : files) {
            Path declared = f.getParent().resolve("products.txt");
            Set<String> line = !Files.exists(declared) ? Set.of() : Files.readAllLines(declared).stream()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(java.util.stream.Collectors.toSet());
            String text = Files.readString(f).replaceAll("(?m)//.*$", "");
            Matcher m = RULE.matcher(text);
            while (m.find()) {
                if (!m.group(3).contains("outcome.violation(")) {
                    continue;
                }
                String name = m.group(1);
                List<Set<String>> requires = new ArrayList<>();
                List<Set<String>> forbids = new ArrayList<>();
                Set<String> products = new LinkedHashSet<>();
                Set<String> markets = new LinkedHashSet<>();
                Set<String> notMarkets = new LinkedHashSet<>();
                Matcher p = PATTERN.matcher(m.group(2));
                while (p.find()) {
                    boolean not = p.group(1) != null;
                    String body = p.group(3).trim();
                    if (p.group(2).equals("Chosen")) {
                        if (!body.matches("code\\s*(==|in)\\s*.*")) {
                            throw new AssertionError(name + ": cannot read Chosen(" + body + ")");
                        }
                        (not ? forbids : requires).add(quoted(body));
                    } else if (p.group(2).equals("Configuring") && !not) {
                        for (String cond : body.split(",(?![^(]*\\))")) {
                            String c = cond.trim();
                            if (c.matches("product\\s*(==|in).*")) {
                                products.addAll(quoted(c));
                            } else if (c.matches("market\\s*(==|in\\b).*")) {
                                markets.addAll(quoted(c));
                            } else if (c.matches("market\\s*(!=|not\\s+in).*")) {
                                notMarkets.addAll(quoted(c));
                            } else {
                                throw new AssertionError(name + ": cannot read Configuring condition " + c);
                            }
                        }
                    } else {
                        throw new AssertionError(name + ": cannot read pattern " + p.group());
                    }
                }
                out.add(Map.of("name", name, "requires", requires, "forbids", forbids, "products", products,
                        "markets", markets, "notMarkets", notMarkets, "line", line));
            }
        }
        return out;
    }

    private static Set<String> quoted(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher q = QUOTED.matcher(text);
        while (q.find()) {
            out.add(q.group(1));
        }
        return out;
    }
}
