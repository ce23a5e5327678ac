package io.forecourt.configurator.rules;

import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.runtime.KieContainer;
import org.kie.api.builder.Message;
import org.kie.api.builder.Results;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.kie.internal.utils.KieHelper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Compiles every .drl file of a rule folder (configurator or quote) into one rule base, or says why not. */
final class RuleCompiler {

    private RuleCompiler() {
    }

    /** The .drl files under {@code dir}, by relative path, in a stable order. */
    static Map<String, String> readFolder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RulesRejected(List.of(new RuleError(dir.toString(), 0, "The rules folder does not exist")));
        }
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Compiles all files first; any error rejects the whole set. */
    static RuleBase compile(Map<String, String> files) {
        List<RuleError> errors = new ArrayList<>();
        List<PolicyRule> rules = new ArrayList<>();
        KieContainer container = kie(files, "", errors, (name, pkg) -> rules.addAll(PolicyRuleReader.read(name, pkg, errors)));
        if (!errors.isEmpty()) {
            throw new RulesRejected(errors);
        }
        return new RuleBase(container, version(files), rules, List.copyOf(files.keySet()));
    }

    /**
     * Compiles the quote approval rules ({@code rules/quote}); errors name files as {@code quote/x.drl}.
     * Returns the errors instead of throwing, so a reload can report both folders at once.
     */
    static QuoteRuleBase compileQuote(Map<String, String> files, List<RuleError> errors) {
        List<QuoteRuleBase.RuleInfo> rules = new ArrayList<>();
        int before = errors.size();
        KieContainer container = kie(files, "quote/", errors, (name, pkg) -> pkg.getRules()
                .forEach(r -> rules.add(new QuoteRuleBase.RuleInfo(r.getName(), "quote/" + name, r.getLine()))));
        return errors.size() > before ? null : new QuoteRuleBase(container, version(files), rules,
                files.keySet().stream().map(f -> "quote/" + f).toList());
    }

    /** Parses and builds every file; adds located errors; answers the container only when all is well. */
    private static KieContainer kie(Map<String, String> files, String prefix, List<RuleError> errors,
                                    java.util.function.BiConsumer<String, PackageDescr> read) {
        int before = errors.size();
        List<String[]> named = new ArrayList<>();
        KieHelper helper = new KieHelper();
        helper.setClassLoader(RuleCompiler.class.getClassLoader());
        Map<String, String> kiePaths = new LinkedHashMap<>();
        files.forEach((name, drl) -> {
            DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
            try {
                PackageDescr pkg = parser.parse(false, drl);
                if (parser.hasErrors() || pkg == null) {
                    parser.getErrors().forEach(e -> errors.add(new RuleError(prefix + name, firstLine(e.getLines()), e.getMessage())));
                } else {
                    read.accept(name, pkg);
                    pkg.getRules().forEach(r -> named.add(new String[] {r.getName(), prefix + name, String.valueOf(r.getLine())}));
                    // KIE wants a file's folder to match its package
                    String kiePath = "src/main/resources/" + pkg.getName().replace('.', '/') + "/"
                            + name.replace('/', '_');
                    kiePaths.put(kiePath, prefix + name);
                    helper.addContent(drl, kiePath);
                }
            } catch (DroolsParserException e) {
                errors.add(new RuleError(prefix + name, e.getLineNumber(), e.getMessage()));
            }
        });
        if (errors.size() == before) {
            Results results = helper.verify();
            for (Message m : results.getMessages(Message.Level.ERROR)) {
                String path = m.getPath() == null ? "" : kiePaths.getOrDefault(m.getPath(), m.getPath());
                errors.add(new RuleError(path, m.getLine(), m.getText()));
            }
        }
        Set<String> names = new HashSet<>();
        for (String[] r : named) {
            if (!names.add(r[0])) {
                errors.add(new RuleError(r[1], Integer.parseInt(r[2]), "Another rule already has the name \"" + r[0] + "\""));
            }
        }
        return errors.size() == before ? helper.getKieContainer() : null;
    }

    private static int firstLine(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : lines[0];
    }

    private static String version(Map<String, String> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((name, drl) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(drl.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            });
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
