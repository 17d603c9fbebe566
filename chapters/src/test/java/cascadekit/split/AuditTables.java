package cascadekit.split;

import java.time.LocalDateTime;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small loan tables for the leakage audit's tests: id, applicant, applied_at, income, purpose, flag, y. */
final class AuditTables {
  static final ColumnRoles ROLES = ColumnRoles.of("y", java.util.List.of("income", "purpose", "flag"))
      .withId("id").withGroup("applicant").withTime("applied_at");

  private AuditTables() {}

  /** Returns a table of rows {@code id, applicant, day of Jan 2021, income, purpose, flag, y}. */
  static Table loans(String name, Object[]... rows) {
    StringColumn id = StringColumn.create("id");
    StringColumn applicant = StringColumn.create("applicant");
    DateTimeColumn time = DateTimeColumn.create("applied_at");
    DoubleColumn income = DoubleColumn.create("income");
    StringColumn purpose = StringColumn.create("purpose");
    IntColumn flag = IntColumn.create("flag");
    IntColumn y = IntColumn.create("y");
    for (Object[] row : rows) {
      id.append((String) row[0]);
      applicant.append((String) row[1]);
      time.append(LocalDateTime.of(2021, 1, (Integer) row[2], 9, 0));
      income.append(((Number) row[3]).doubleValue());
      purpose.append((String) row[4]);
      flag.append((Integer) row[5]);
      y.append((Integer) row[6]);
    }
    return Table.create(name, id, applicant, time, income, purpose, flag, y);
  }

  /** Returns one row. */
  static Object[] loan(String id, String applicant, int day, double income, String purpose, int flag, int y) {
    return new Object[] {id, applicant, day, income, purpose, flag, y};
  }
}
