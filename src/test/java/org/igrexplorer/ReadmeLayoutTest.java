package org.igrexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's layout table matches the package tree: every package with classes has a row, and
 * every row names a package that exists, so a newcomer can find where each part lives.
 */
class ReadmeLayoutTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern ROW = Pattern.compile("^\\| `(org\\.igrexplorer[\\w.]*)` \\|", Pattern.MULTILINE);

    @Test
    void everyPackageHasARowAndEveryRowAPackage() throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES.resolve("org/igrexplorer"))) {
            files.filter(f -> f.toString().endsWith(".java") && !f.getFileName().toString().equals("package-info.java"))
                    .map(f -> SOURCES.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.'))
                    .filter(p -> !p.equals("org.igrexplorer")) // Main and Version: the launcher, named in the README's first lines
                    .forEach(packages::add);
        }
        String readme = Files.readString(Path.of("README.md"));
        int layout = readme.indexOf("## Layout");
        assertTrue(layout >= 0, "the README has a Layout section");
        int next = readme.indexOf("\n## ", layout + 1);
        Matcher m = ROW.matcher(readme.substring(layout, next < 0 ? readme.length() : next));
        Set<String> rows = new TreeSet<>();
        while (m.find()) {
            rows.add(m.group(1));
        }
        Set<String> missing = new TreeSet<>(packages);
        missing.removeAll(rows);
        Set<String> stale = new TreeSet<>(rows);
        stale.removeAll(packages);
        assertEquals(List.of(), List.copyOf(missing), "packages without a row in the README's layout table");
        assertEquals(List.of(), List.copyOf(stale), "rows of the README's layout table that name no package");
    }
}
