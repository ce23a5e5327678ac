package io.forecourt.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of one rule folder, by path relative to it ({@code cars/pricing.drl}), in a stable order:
 * the {@code .drl} files and the plain-text declarations beside them ({@code products.txt}).
 * {@code prefix} is the folder's name under the rules folder, so errors name {@code quote/approval.drl}.
 */
public record RuleFiles(String prefix, Map<String, String> files) {

    public RuleFiles {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** Reads {@code dir}; a missing folder is an error unless {@code required} is false (then no files). */
    public static RuleFiles read(String prefix, Path dir, boolean required) {
        if (!Files.isDirectory(dir)) {
            if (required) {
                throw new RulesRejected(List.of(new RuleError(prefix, 0, "The rules folder " + dir + " does not exist")));
            }
            return new RuleFiles(prefix, Map.of());
        }
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".drl") || f.toString().endsWith(".txt")).sorted().toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleFiles(prefix, files);
    }

    /** The .drl files only. */
    public Map<String, String> drl() {
        Map<String, String> drl = new LinkedHashMap<>();
        files.forEach((name, text) -> {
            if (name.endsWith(".drl")) {
                drl.put(name, text);
            }
        });
        return drl;
    }

    public Optional<String> text(String name) {
        return Optional.ofNullable(files.get(name));
    }

    /** The name an admin reads in errors and on the rules page: {@code quote/approval.drl}. */
    public String located(String name) {
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    /** A hash of the files' names and contents: the version reported with every answer made under them. */
    public String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((name, text) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(text.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files under {@code folder/}, renamed relative to it but still located under this set. */
    public Map<String, String> under(String folder) {
        Map<String, String> sub = new LinkedHashMap<>();
        files.forEach((name, text) -> {
            if (name.startsWith(folder + "/")) {
                sub.put(name, text);
            }
        });
        return sub;
    }
}
