package io.github.cognitofake.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the code in the documentation true: every fenced block preceded by
 * {@code <!-- snippet: path/To/File.java#tag -->} must equal, line for line, the region of that source
 * file between {@code // tag::tag[]} and {@code // end::tag[]} (indentation removed). The source files
 * are tests, so every example in the docs compiles and runs.
 */
class DocSnippetsTest {

    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- snippet: (\\S+)#(\\S+) -->\\s*\\n```java\\n(.*?)```", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> everyDocumentedSnippetMatchesItsSource() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path doc : documents()) {
            String text = Files.readString(doc);
            Matcher matcher = SNIPPET.matcher(text);
            while (matcher.find()) {
                String file = matcher.group(1);
                String tag = matcher.group(2);
                String shown = matcher.group(3);
                tests.add(DynamicTest.dynamicTest(doc.getFileName() + " shows " + file + "#" + tag,
                        () -> assertThat(shown).isEqualTo(region(Path.of(file), tag))));
            }
        }
        assertThat(tests).as("snippets found in README.md and docs/").isNotEmpty();
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> noJavaBlockGoesUnchecked() throws IOException {
        List<Path> documents = documents();
        assertThat(documents).as("README.md and the documents of docs/").hasSizeGreaterThan(1);
        return documents.stream().map(doc -> DynamicTest.dynamicTest(doc.getFileName().toString(), () -> {
            List<String> lines = Files.readAllLines(doc);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).equals("```java")) {
                    // An imports block is checked by DocImportsTest against the sources of the page's snippets.
                    assertThat(i > 0
                                    && (lines.get(i - 1).startsWith("<!-- snippet: ")
                                            || lines.get(i - 1).equals(DocImportsTest.MARKER)))
                            .as("%s line %d: a ```java block needs a <!-- snippet: ... --> (or %s) line right above"
                                    + " it", doc, i + 1, DocImportsTest.MARKER)
                            .isTrue();
                }
            }
        }));
    }

    private static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> files = Files.list(Path.of("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    static String region(Path source, String tag) {
        List<String> lines;
        try {
            lines = Files.readAllLines(source);
        } catch (IOException e) {
            throw new UncheckedIOException("snippet source " + source + " is missing", e);
        }
        int start = indexOf(lines, "// tag::" + tag + "[]", source);
        int end = indexOf(lines, "// end::" + tag + "[]", source);
        List<String> body = lines.subList(start + 1, end);
        int indent = body.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : body) {
            out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return out.toString();
    }

    private static int indexOf(List<String> lines, String marker, Path source) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                return i;
            }
        }
        throw new AssertionError(source + " has no line " + marker);
    }
}
