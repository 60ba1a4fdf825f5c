package io.github.cognitofake.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.cognitofake.internal.fidelity.Behaviour;
import io.github.cognitofake.internal.fidelity.Behaviours;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the fidelity ledger (docs/fidelity.md) and the {@link Behaviour} marks in the main classes in step: every
 * mark has its row with the same status, every row has its mark, and each id is one row and one place. A changed
 * behaviour therefore changes its row, and a row cannot outlive the code it describes.
 */
class FidelityLedgerTest {

    private static final Path LEDGER = Path.of("docs/fidelity.md");

    /** A ledger row: {@code | `id` | STATUS | ...}. */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|\\s*([A-Z_]+)\\s*\\|");

    private static final Pattern ID = Pattern.compile("[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Rows whose place is in code under rework on another branch (the protocol's answer, the fault defaults, the
     * strictness refusal): they get their marks when that work lands. A mark for one of them fails this test, so
     * the list only shrinks.
     */
    private static final Set<String> AWAITING_A_MARK = Set.of();

    private static List<Mark> marks;
    private static List<Row> rows;

    @BeforeAll
    static void read() throws IOException {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.cognitofake");
        marks = marksOf(main);
        rows = rowsOf(Files.readAllLines(LEDGER));
    }

    @Test
    void theMarksAndTheLedgerAreFound() {
        assertThat(marks).as("marks in the main classes").hasSizeGreaterThan(150);
        assertThat(rows).as("rows of %s", LEDGER).hasSizeGreaterThan(150);
    }

    @Test
    void everyMarkHasItsRowWithTheSameStatus() {
        Map<String, String> statusById = rows.stream().collect(Collectors.toMap(Row::id, Row::status, (a, b) -> a));
        List<String> drift = new ArrayList<>();
        for (Mark mark : marks) {
            String status = statusById.get(mark.id());
            if (status == null) {
                drift.add(mark + ": no row in " + LEDGER);
            } else if (!status.equals(mark.status().name())) {
                drift.add(mark + ": the ledger says " + status);
            }
        }
        assertThat(drift).as("marks the ledger does not match").isEmpty();
    }

    @Test
    void everyRowHasItsMark() {
        Set<String> marked = marks.stream().map(Mark::id).collect(Collectors.toSet());
        List<String> unmarked = rows.stream()
                .map(Row::id)
                .filter(id -> !marked.contains(id) && !AWAITING_A_MARK.contains(id))
                .toList();
        assertThat(unmarked)
                .as("rows of %s without a @Behaviour mark in the code", LEDGER)
                .isEmpty();
        assertThat(AWAITING_A_MARK.stream().filter(marked::contains))
                .as("marked now: remove them from AWAITING_A_MARK")
                .isEmpty();
        assertThat(AWAITING_A_MARK.stream()
                        .filter(id -> rows.stream().noneMatch(row -> row.id().equals(id))))
                .as("AWAITING_A_MARK names rows the ledger does not have")
                .isEmpty();
    }

    @Test
    void eachIdIsOneRowAndOnePlace() {
        assertThat(duplicates(rows.stream().map(Row::id)))
                .as("ids of several rows")
                .isEmpty();
        assertThat(duplicates(marks.stream().map(Mark::id)))
                .as("ids marked in several places")
                .isEmpty();
        assertThat(rows.stream().map(Row::id).filter(id -> !ID.matcher(id).matches()))
                .as("ids not of the form <family>.<what>")
                .isEmpty();
        assertThat(rows.stream()
                        .filter(row -> Stream.of(Behaviour.Status.values())
                                .noneMatch(status -> status.name().equals(row.status())))
                        .map(Row::id))
                .as("rows whose status is none of %s", List.of(Behaviour.Status.values()))
                .isEmpty();
    }

    private static Set<String> duplicates(Stream<String> ids) {
        Set<String> seen = new TreeSet<>();
        return ids.filter(id -> !seen.add(id)).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theCountsAtTheTopAreTheRowsOfTheLedger() throws IOException {
        long confirmed =
                rows.stream().filter(row -> row.status().equals("CONFIRMED")).count();
        long fixed = rows.stream()
                .filter(row -> row.status().equals("REFUTED_AND_FIXED"))
                .count();
        long unconfirmed =
                rows.stream().filter(row -> row.status().equals("UNCONFIRMED")).count();
        String text = String.join(" ", Files.readAllLines(LEDGER)).replaceAll("\\s+", " ");
        assertThat(text)
                .contains("**Where we stand:** " + (confirmed + fixed) + " rows rest on a public source: " + confirmed
                        + " CONFIRMED")
                .contains("and " + fixed + " REFUTED_AND_FIXED")
                .contains("; " + unconfirmed + " are still UNCONFIRMED");
    }

    private static List<Row> rowsOf(List<String> lines) {
        List<Row> found = new ArrayList<>();
        for (String line : lines) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                found.add(new Row(row.group(1), row.group(2)));
            }
        }
        return found;
    }

    private static List<Mark> marksOf(JavaClasses classes) {
        List<Mark> found = new ArrayList<>();
        for (JavaClass type : classes) {
            Map<String, HasAnnotations<?>> places = new LinkedHashMap<>();
            places.put(type.getName(), type);
            type.getFields().forEach(field -> places.put(field.getFullName(), field));
            type.getCodeUnits().forEach(unit -> places.put(unit.getFullName(), unit));
            places.forEach((place, annotated) -> {
                annotated
                        .tryGetAnnotationOfType(Behaviour.class)
                        .ifPresent(mark -> found.add(new Mark(mark.id(), mark.status(), place)));
                annotated.tryGetAnnotationOfType(Behaviours.class).ifPresent(container -> {
                    for (Behaviour mark : container.value()) {
                        found.add(new Mark(mark.id(), mark.status(), place));
                    }
                });
            });
        }
        return found;
    }

    private record Row(String id, String status) {}

    private record Mark(String id, Behaviour.Status status, String place) {
        @Override
        public String toString() {
            return id + " (" + status + ") at " + place;
        }
    }
}
