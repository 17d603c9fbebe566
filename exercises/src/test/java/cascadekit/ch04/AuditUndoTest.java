package cascadekit.ch04;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import cascadekit.ch04.AuditUndo.Entry;
import cascadekit.ch04.AuditUndo.State;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@DisplayName("04.audit-undo: every change logged, and a step undone")
class AuditUndoTest {
  @Test
  @Tag("task:1")
  @DisplayName("a change sets the cell and logs it, with before, after and rule")
  void setsAndLogs() {
    State after = AuditUndo.set(state("V1/sex", "female", "V2/sex", "M"), "V1/sex", "F", "sex-map");
    assertThat(after.cells()).as("cells after set(V1/sex, F)").isEqualTo(Map.of("V1/sex", "F", "V2/sex", "M"));
    assertThat(after.log()).as("log after set(V1/sex, F)").containsExactly(new Entry("V1/sex", "female", "F", "sex-map"));
  }

  @Test
  @Tag("task:1")
  @DisplayName("no cell changes without a log entry, and the state passed in is left alone")
  void noChangeWithoutEntry() {
    State before = state("V1/sex", "female", "V2/sex", "M");
    State after = AuditUndo.set(AuditUndo.set(before, "V1/sex", "F", "sex-map"), "V3/sex", "M", "add");
    // The input first: when set edits it in place, every later comparison with it is meaningless.
    assertThat(before.cells()).as("the caller's cells after set(...): change a copy").isEqualTo(Map.of("V1/sex", "female", "V2/sex", "M"));
    assertThat(before.log()).as("the caller's log after set(...): append to a copy").isEmpty();
    // every cell that differs between before and after must have an entry saying so
    for (String cell : List.of("V1/sex", "V2/sex", "V3/sex")) {
      boolean changed = !Objects.equals(before.cells().get(cell), after.cells().get(cell));
      boolean logged = after.log().stream().anyMatch(e -> e.cell().equals(cell));
      assertThat(logged).as("%s changed (%s) and so must be in the log %s", cell, changed, after.log()).isEqualTo(changed);
    }
  }

  @Test
  @Tag("task:1")
  @DisplayName("setting a cell to the value it holds logs nothing")
  void noOpIsNotLogged() {
    State after = AuditUndo.set(state("V2/sex", "M"), "V2/sex", "M", "sex-map");
    assertThat(after.log()).as("log after setting V2/sex from M to M").isEmpty();
  }

  @Test
  @Tag("task:2")
  @DisplayName("undo restores every cell the rule changed, and logs the undo")
  void undoRestores() {
    State start = state("V1/sex", "female", "V2/sex", "male", "V3/sex", "M");
    State mapped = AuditUndo.set(AuditUndo.set(start, "V1/sex", "F", "sex-map"), "V2/sex", "M", "sex-map");
    // The rule's name built at run time, as one typed at a prompt is: compare it with equals.
    State undone = AuditUndo.undo(mapped, new String("sex-map"));
    assertThat(undone.cells()).as("cells after undo(new String(\"sex-map\")): pick the rule's entries with equals, not ==").isEqualTo(start.cells());
    assertThat(undone.log()).as("log after undo(sex-map): the two changes, then their undos, last first").containsExactly(
        new Entry("V1/sex", "female", "F", "sex-map"), new Entry("V2/sex", "male", "M", "sex-map"),
        new Entry("V2/sex", "M", "male", "undo sex-map"), new Entry("V1/sex", "F", "female", "undo sex-map"));
  }

  @Test
  @Tag("task:2")
  @DisplayName("a cell the rule changed twice goes back to its first value")
  void undoTwice() {
    State twice = AuditUndo.set(AuditUndo.set(state("V1/age", "430"), "V1/age", "43", "age-fix"), "V1/age", "44", "age-fix");
    assertThat(AuditUndo.undo(twice, "age-fix").cells()).as("V1/age after undoing 430 -> 43 -> 44: undo last first")
        .isEqualTo(Map.of("V1/age", "430"));
  }

  @Test
  @Tag("task:2")
  @DisplayName("undo is refused when a later change would be lost")
  void refusesOverLaterChange() {
    State mapped = AuditUndo.set(state("V1/sex", "female"), "V1/sex", "F", "sex-map");
    State later = AuditUndo.set(mapped, "V1/sex", "M", "manual-fix");
    assertThatExceptionOfType(IllegalStateException.class)
        .as("undo(sex-map) after manual-fix changed V1/sex again must throw IllegalStateException")
        .isThrownBy(() -> AuditUndo.undo(later, "sex-map"))
        .withMessageContaining("V1/sex");
  }

  /** Returns a state of the given cell, value pairs with an empty log, in mutable collections. */
  private static State state(String... cellsAndValues) {
    Map<String, String> cells = new HashMap<>();
    for (int i = 0; i < cellsAndValues.length; i += 2) {
      cells.put(cellsAndValues[i], cellsAndValues[i + 1]);
    }
    return new State(cells, new ArrayList<>());
  }
}
