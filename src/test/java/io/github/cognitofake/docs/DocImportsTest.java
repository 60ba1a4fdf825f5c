package io.github.cognitofake.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every import a Java block of README.md or docs/ shows names a type (or a static member) that exists, and the
 * imports block of a page ({@value #MARKER} above it) lists only imports that the sources of the page's snippets
 * use, so the block stays the truth about what the examples need.
 */
class DocImportsTest {

    static final String MARKER = "<!-- imports -->";
    private static final Pattern SNIPPET_SOURCE = Pattern.compile("<!-- snippet: (\\S+)#");

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+);$", Pattern.MULTILINE);

    @Test
    void everyShownImportResolves() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> unresolved = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            Matcher block = JAVA_BLOCK.matcher(Files.readString(page));
            while (block.find()) {
                Matcher line = IMPORT.matcher(block.group(1));
                while (line.find()) {
                    checked++;
                    if (!resolves(line.group(1) != null, line.group(2))) {
                        unresolved.add(page + ": import " + (line.group(1) == null ? "" : "static ") + line.group(2));
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(unresolved).isEmpty();
    }

    @Test
    void theImportsBlockOfAPageIsWhatItsExamplesSourcesImport() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        int blocks = 0;
        for (Path page : pages) {
            String text = Files.readString(page);
            int marker = text.indexOf(MARKER + "\n```java\n");
            if (marker < 0) {
                continue;
            }
            blocks++;
            String block = text.substring(marker + MARKER.length() + 9, text.indexOf("```", marker + MARKER.length() + 9));
            StringBuilder sources = new StringBuilder();
            Matcher source = SNIPPET_SOURCE.matcher(text);
            while (source.find()) {
                sources.append(Files.readString(Path.of(source.group(1))));
            }
            for (String line : block.split("\n")) {
                if (line.startsWith("import ")) {
                    assertThat(sources.toString()).as("%s shows %s", page, line).contains(line);
                } else {
                    assertThat(line).as("%s: an imports block holds imports and comments", page)
                            .matches("|//.*");
                }
            }
        }
        assertThat(blocks).as("pages with an imports block").isGreaterThanOrEqualTo(8);
    }

    @Test
    void aNameThatDoesNotExistIsCaught() {
        assertThat(resolves(false, "io.github.cognitofake.NoSuchType")).isFalse();
        assertThat(resolves(true, "io.github.cognitofake.operation.Operation.NO_SUCH_OPERATION")).isFalse();
        assertThat(resolves(true, "io.github.cognitofake.operation.Operation.GET_ID")).isTrue();
    }

    private static boolean resolves(boolean isStatic, String name) {
        if (!isStatic) {
            return load(name) != null;
        }
        int dot = name.lastIndexOf('.');
        Class<?> owner = load(name.substring(0, dot));
        String member = name.substring(dot + 1);
        if (owner == null) {
            return false;
        }
        return Arrays.stream(owner.getFields()).map(Field::getName).anyMatch(member::equals)
                || Arrays.stream(owner.getMethods()).map(Method::getName).anyMatch(member::equals);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, DocImportsTest.class.getClassLoader());
        } catch (ClassNotFoundException notFound) {
            return null;
        }
    }
}
