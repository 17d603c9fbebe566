// Mistake: checks only that cells are filled in: a frozen clock and an empty district fill every cell.
package cascadekit.ch10;

import cascadekit.check.Check;
import cascadekit.check.ValidationResult;
import cascadekit.check.ValidationSuite;
import tech.tablesaw.api.Table;

public final class SeasonGate {
  private SeasonGate() {}

  public static ValidationResult validate(Table batch) {
    Check complete = Check.error("each visit is complete enough")
        .isComplete("visit_id");
    for (String column : batch.columnNames()) {
      complete = complete.hasCompletenessAtLeast(column, 0.95);
    }
    return ValidationSuite.on(batch).idColumn("visit_id").addCheck(complete).run();
  }
}
