package org.igrexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository is self-contained: no source, document or script points outside it (to notes
 * beside the checkout, to a fixed folder of the machine it was written on, or to a tool by its
 * absolute path), so a fresh clone builds, runs and reads the same anywhere.
 */
class SelfContainedTest {

    /** What the check reads, relative to the project folder. */
    static final List<String> ROOTS = List.of("src", "docs", "bench", "jpackage", ".ci", "assets", "README.md", "pom.xml");

    /** Files larger than this are data, not text. */
    static final long MAX_TEXT_BYTES = 2_000_000;

    /** Paths outside the repository, each with the reason it is one. */
    static final List<Pattern> OUTSIDE = List.of(
            Pattern.compile("\\.\\./shared"), // notes beside the checkout
            Pattern.compile("shared" + "/reference"), // written in two parts so that this file does not match itself
            Pattern.compile("(?i)project's shared notes"),
            Pattern.compile("\\b(CONVENTIONS|BRIEF|COORD)\\.md"), // the team's notes, not in the repository
            Pattern.compile("/work/"), // the development machine's folders
            Pattern.compile("/home/[A-Za-z]"),
            Pattern.compile("(?<![\\w.])/root/"),
            Pattern.compile("/Users/[A-Za-z]"),
            Pattern.compile("[A-Za-z]:\\\\Users"),
            Pattern.compile("/usr/(local/)?bin/(?!env\\b)"), // a tool by absolute path: use the PATH
            Pattern.compile("/usr/lib/jvm"));

    @Test
    void noFileNamesAPathOutsideTheRepository() throws IOException {
        Path project = Path.of("").toAbsolutePath();
        assertTrue(Files.isRegularFile(project.resolve("pom.xml")), "tests run in the project folder: " + project);
        Path self = project.resolve("src/test/java/org/igrexplorer/SelfContainedTest.java");
        List<String> found = new ArrayList<>();
        int read = 0;
        for (String root : ROOTS) {
            Path start = project.resolve(root);
            if (!Files.exists(start)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(start)) {
                files = s.filter(Files::isRegularFile).filter(p -> !p.equals(self)).sorted().toList();
            }
            for (Path f : files) {
                String text = text(f);
                if (text == null) {
                    continue;
                }
                read++;
                String[] lines = text.split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    for (Pattern p : OUTSIDE) {
                        Matcher m = p.matcher(lines[i]);
                        if (m.find()) {
                            found.add(project.relativize(f) + ":" + (i + 1) + ": '" + m.group() + "' in: " + lines[i].trim());
                        }
                    }
                }
            }
        }
        assertTrue(read > 100, "read only " + read + " files");
        assertEquals(List.of(), found, "paths outside the repository");
    }

    @Test
    void theCheckRecognisesEachKindOfOutsidePath() {
        for (String bad : List.of("python3 .." + "/shared" + "/reference/mlp_numpy.py", "see /work/shared/MATH.md",
                "see CONVENTIONS.md", "MATH.md of the project's shared notes", "/home/alice/data", "cd /root/x",
                "/Users/bob/igr", "C:\\Users\\bob", "/usr/bin/convert a b", "JAVA_HOME=/usr/lib/jvm/java-17")) {
            assertTrue(OUTSIDE.stream().anyMatch(p -> p.matcher(bad).find()), bad);
        }
        for (String good : List.of("#!/usr/bin/env bash", "docs/MATH.md", "bench/mlp_numpy.py", "/opt/igr-explorer/bin",
                "~/.config/igr-explorer/recent-files.json", "target/dist/igr-explorer/")) {
            assertTrue(OUTSIDE.stream().noneMatch(p -> p.matcher(good).find()), good);
        }
    }

    /** @return the file as text, or null for binary data (a NUL byte) and large files */
    private static String text(Path f) throws IOException {
        if (Files.size(f) > MAX_TEXT_BYTES) {
            return null;
        }
        byte[] b = Files.readAllBytes(f);
        for (byte x : b) {
            if (x == 0) {
                return null;
            }
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
