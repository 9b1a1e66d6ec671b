package org.igrexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Main code names classes by their imports, not inline by their full names ({@code new java.util.ArrayList<>()},
 * {@code javafx.scene.paint.Color.rgb(…)}): a reader sees every dependency of a file at its top. A full name stays
 * only where it must, when the simple name is already taken in the file (imported from another package, declared
 * in the file, or a class of the file's own package), as {@code java.awt.Color} beside {@code javafx.scene.paint.Color}.
 * Comments, strings and import lines are not code and are not read.
 */
class NoInlineQualifiedNamesTest {

    static final Path MAIN = Path.of("src/main/java");

    /** A package-qualified class name: lower-case package segments under a known root, then a class name. */
    static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])((?:java|javax|javafx|jdk|org|com|picocli)(?:\\.[a-z_][a-z0-9_]*)+)\\.([A-Z]\\w*)");

    static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(static\\s+)?([\\w.]+)(\\.\\*)?\\s*;");

    static final Pattern DECLARED = Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Z]\\w*)");

    @Test
    void mainCodeImportsWhatItUses() throws IOException {
        assertTrue(Files.isDirectory(MAIN), "tests run in the project folder");
        List<Path> files;
        try (Stream<Path> s = Files.walk(MAIN)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(files.size() > 100, "read only " + files.size() + " files");
        List<String> found = new ArrayList<>();
        for (Path f : files) {
            found.addAll(inlineNames(f, Files.readString(f, StandardCharsets.UTF_8)));
        }
        assertEquals(List.of(), found, "inline fully-qualified class names in main code: import them");
    }

    @Test
    void theCheckFindsInlineNamesButNotCommentsStringsImportsOrClashes() {
        String code = """
                package org.igrexplorer.x;
                import java.awt.Color;
                import java.util.List;
                /** See {@link java.util.ArrayList}. */
                class A {
                    // java.util.Map is mentioned here only
                    String s = "java.util.Set in a string";
                    char c = '"';
                    List<String> a = new java.util.ArrayList<>();
                    javafx.scene.paint.Color fx = javafx.scene.paint.Color.RED;
                    Object o = java.util.Locale.ROOT;
                    int h = camera.view().hashCode();
                }
                """;
        List<String> found = inlineNames(Path.of("A.java"), code);
        assertEquals(List.of("A.java:9: java.util.ArrayList", "A.java:11: java.util.Locale"), found);
    }

    /** @return "file:line: name" for every full name in the code that an import could replace */
    static List<String> inlineNames(Path file, String text) {
        Set<String> taken = new HashSet<>();
        Set<String> imported = new HashSet<>();
        Matcher im = IMPORT.matcher(text);
        while (im.find()) {
            if (im.group(1) == null && im.group(3) == null) {
                imported.add(im.group(2));
                taken.add(im.group(2).substring(im.group(2).lastIndexOf('.') + 1));
            }
        }
        String code = codeOnly(text);
        Matcher d = DECLARED.matcher(code);
        while (d.find()) {
            taken.add(d.group(1));
        }
        Path dir = file.toAbsolutePath().getParent();
        String[] lines = code.split("\n", -1);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("import ") || line.startsWith("package ")) {
                continue;
            }
            Matcher m = QUALIFIED.matcher(lines[i]);
            while (m.find()) {
                String name = m.group(1) + "." + m.group(2);
                String simple = m.group(2);
                boolean clash = (taken.contains(simple) && !imported.contains(name))
                        || (dir != null && Files.exists(dir.resolve(simple + ".java")) && !samePackage(text, m.group(1)));
                if (!clash) {
                    found.add(file.toString().replace('\\', '/') + ":" + (i + 1) + ": " + name);
                }
            }
        }
        return found;
    }

    private static boolean samePackage(String text, String pkg) {
        return Pattern.compile("(?m)^\\s*package\\s+" + Pattern.quote(pkg) + "\\s*;").matcher(text).find();
    }

    /**
     * @return the text with comments, string and character literals and text blocks blanked out (line breaks
     *         kept, so line numbers stay)
     */
    static String codeOnly(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(s, i, end, out);
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                while (end > 0 && s.charAt(end - 1) == '\\') {
                    end = s.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end + 3;
                blank(s, i, end, out);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, j + 1);
                blank(s, i, end, out);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(String s, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) {
            out.append(s.charAt(k) == '\n' ? '\n' : ' ');
        }
    }
}
