package cascadekit;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.SourceImports.Import;
import cascadekit.data.Datasets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks that the toolbox's imports run one way: examples -> stages -> data, model. */
class ImportOrderTest {
  private static final Path ROOT = Datasets.root();
  private static final Path MAIN = ROOT.resolve("chapters/src/main/java");

  @Test
  void should_find_no_import_against_the_order_in_the_main_sources() {
    // GIVEN every import of a cascadekit package in the chapters' main sources
    List<Import> imports = SourceImports.under(MAIN);
    // WHEN each is held against the order
    List<String> broken =
        imports.stream()
            .flatMap(i -> ImportRules.broken(i.from(), i.to()).map(why -> shown(i, why)).stream())
            .toList();
    // THEN none runs against it
    assertThat(broken).as("imports against the order of DESIGN.md's Top level").isEmpty();
  }

  @Test
  void should_read_the_imports_of_every_stage_and_example() {
    // GIVEN the chapters' main sources
    // WHEN their imports are read
    List<String> importers =
        SourceImports.under(MAIN).stream().map(i -> i.from().split("\\.")[0]).distinct().toList();
    // THEN the stages, the catalogue and the examples are among them, so the check above saw them
    // (clean imports no other package of the kit: its steps work on Tablesaw tables alone)
    assertThat(importers)
        .as("packages whose imports were read")
        .contains("load", "profile", "labeling", "monitoring")
        .contains("data", "report", "examples");
  }

  @ParameterizedTest(name = "{0} may not import {1}")
  @CsvSource({
    "profile, report",
    "load, profile",
    "clean, labeling",
    "monitoring, examples.ch08",
    "data, clean",
    "model, load",
    "report, model",
    "examples.ch04, examples.ch02",
    "labeling, synth"
  })
  void should_refuse_an_import_against_the_order(String from, String to) {
    // GIVEN a package and a package it must not import
    // WHEN the import is held against the order
    // THEN it is refused with a reason
    assertThat(ImportRules.broken(from, to)).as(from + " importing " + to).isPresent();
  }

  @ParameterizedTest(name = "{0} may import {1}")
  @CsvSource({
    "clean, load",
    "labeling, model",
    "monitoring, data",
    "report, profile",
    "data, load",
    "examples.ch03, report",
    "examples.ch03, examples.ch03"
  })
  void should_allow_an_import_along_the_order(String from, String to) {
    // GIVEN a package and a package it may import
    // WHEN the import is held against the order
    // THEN it is allowed
    assertThat(ImportRules.broken(from, to)).as(from + " importing " + to).isEmpty();
  }

  private static String shown(Import i, String why) {
    return ROOT.relativize(i.file()) + ": " + i.line() + " (" + why + ")";
  }
}
