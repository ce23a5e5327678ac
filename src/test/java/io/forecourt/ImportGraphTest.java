package io.forecourt;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages under {@code io.forecourt} depend on one another one way only: no two packages
 * reach each other, directly or round a loop (imports and fully qualified names both count). A
 * cycle is where a feature starts to need another's insides; the message names the packages.
 */
class ImportGraphTest {

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(io\\.forecourt\\.[\\w.]+);", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\b(io\\.forecourt(?:\\.[a-z]\\w*)+)\\.[A-Z]");

    @Test
    void thePackagesFormNoCycle() throws IOException {
        Map<String, Set<String>> uses = graph(Path.of("src/main/java/io/forecourt"));
        assertThat(uses).as("packages read").hasSizeGreaterThan(20);
        assertThat(cycles(uses)).as("packages that depend on each other").isEmpty();
    }

    private static Map<String, Set<String>> graph(Path root) throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher p = PACKAGE.matcher(source);
                if (!p.find()) {
                    continue;
                }
                String me = p.group(1);
                Set<String> targets = uses.computeIfAbsent(me, k -> new TreeSet<>());
                for (Matcher m = IMPORT.matcher(source); m.find(); ) {
                    targets.add(packageOf(m.group(1)));
                }
                for (Matcher m = QUALIFIED.matcher(source); m.find(); ) {
                    targets.add(m.group(1));
                }
                targets.remove(me);
            }
        }
        return uses;
    }

    /** The package of an imported name: its lower-case segments ("a.b.Type.Inner" → "a.b"). */
    private static String packageOf(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split("\\.")) {
            if (!Character.isLowerCase(part.charAt(0))) {
                break;
            }
            parts.add(part);
        }
        return String.join(".", parts);
    }

    /** Tarjan's strongly connected components of more than one package. */
    private static List<Set<String>> cycles(Map<String, Set<String>> uses) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new java.util.HashSet<>();
        List<Set<String>> found = new ArrayList<>();
        for (String start : uses.keySet()) {
            if (!index.containsKey(start)) {
                connect(start, uses, index, low, stack, onStack, found);
            }
        }
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> uses, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<Set<String>> found) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
        for (String w : uses.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, uses, index, low, stack, onStack, found);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                found.add(component);
            }
        }
    }
}
