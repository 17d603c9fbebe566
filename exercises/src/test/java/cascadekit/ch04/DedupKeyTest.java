package cascadekit.ch04;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.ch04.DedupKey.Deduplicated;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

@DisplayName("04.dedup-key: a normalised key column on a Tablesaw table, and the first row of each key kept")
class DedupKeyTest {
  /** Builds a table of registrations from "id,given,family,clinic" lines, split at run time. */
  private static Table registrations(String... lines) {
    StringColumn id = StringColumn.create("id");
    StringColumn given = StringColumn.create("given");
    StringColumn family = StringColumn.create("family");
    StringColumn clinic = StringColumn.create("clinic");
    for (String line : lines) {
      String[] v = line.split(",", -1);
      id.append(v[0]);
      given.append(v[1]);
      family.append(v[2]);
      clinic.append(v[3]);
    }
    return Table.create("registrations", id, given, family, clinic);
  }

  /** Four people, written untidily: outer spaces, a tab, capitals, a combining accent. */
  private static Table untidy() {
    return registrations("R1, Ana,Silva ,Oslo", "R2,JOSE\u0301,Lima\t,MALMÖ", "R3,Ann,Alee,Oslo", "R4,Anna,Lee,Oslo");
  }

  @Test
  @Tag("task:1")
  @DisplayName("the records table is left as it was")
  void withKeyLeavesInput() {
    Table records = untidy();
    DedupKey.withKey(records, "given", "family", "clinic");
    assertThat(records.columnNames()).as("the records' columns after withKey(records, ...): add the key to a copy%n%s", records.print())
        .containsExactly("id", "given", "family", "clinic");
  }

  @Test
  @Tag("task:1")
  @DisplayName("the copy has the records' columns and rows, and the key column last")
  void withKeyShape() {
    Table keyed = DedupKey.withKey(untidy(), "given", "family", "clinic");
    assertThat(keyed.columnNames()).as("columns of withKey(records, \"given\", \"family\", \"clinic\"):%n%s", keyed.print())
        .containsExactly("id", "given", "family", "clinic", "key");
    assertThat(keyed.rowCount()).as("rows of withKey(...)").isEqualTo(4);
  }

  @Test
  @Tag("task:1")
  @DisplayName("each key is the named columns, composed, stripped and lower-cased, joined by |")
  void keys() {
    Table records = untidy();
    Table keyed = DedupKey.withKey(records, "given", "family", "clinic");
    assertThat(keyed.stringColumn("key").asList())
        .as("keys of%n%s%n'JOSE' + U+0301 composes to 'josé'; the tab after Lima is whitespace; "
            + "'|' keeps Ann Alee and Anna Lee apart. Got:%n%s", records.print(), keyed.print())
        .containsExactly("ana|silva|oslo", "jos\u00e9|lima|malmö", "ann|alee|oslo", "anna|lee|oslo");
  }

  /** R2 and R8 repeat R1; R5 repeats R4 with its accent composed; R3, R6 and R7 are other people. */
  private static Table typedTwice() {
    return registrations("R1,Ana,Silva,Oslo", "R2,ANA, Silva,Oslo", "R3,Ana,Silva,Bergen", "R4,Ine\u0301s,Costa,Oslo",
        "R5,In\u00e9s,Costa,Oslo", "R6,Ann,Alee,Oslo", "R7,Anna,Lee,Oslo", "R8,ana,silva ,OSLO");
  }

  @Test
  @Tag("task:2")
  @DisplayName("the records table is left as it was")
  void keepFirstLeavesInput() {
    Table records = typedTwice();
    DedupKey.keepFirst(records, "id", "given", "family", "clinic");
    assertThat(records.columnNames()).as("the records' columns after keepFirst(records, ...)%n%s", records.print())
        .containsExactly("id", "given", "family", "clinic");
    assertThat(records.rowCount()).as("the records' rows after keepFirst(records, ...)").isEqualTo(8);
  }

  @Test
  @Tag("task:2")
  @DisplayName("the first row of each key is kept, in input order, with its key")
  void keepsFirst() {
    Table records = typedTwice();
    Deduplicated result = DedupKey.keepFirst(records, "id", "given", "family", "clinic");
    assertThat(result.kept().stringColumn("id").asList())
        .as("ids kept from%n%s%nR2 and R8 repeat R1, R5 repeats R4: keep the first of each. Kept:%n%s", records.print(),
            result.kept().print())
        .containsExactly("R1", "R3", "R4", "R6", "R7");
    assertThat(result.kept().columnNames()).as("columns of the kept table").containsExactly("id", "given", "family", "clinic", "key");
  }

  @Test
  @Tag("task:2")
  @DisplayName("the later rows of a key are dropped, and their ids returned in input order")
  void dropsLater() {
    Table records = typedTwice();
    Deduplicated result = DedupKey.keepFirst(records, "id", "given", "family", "clinic");
    assertThat(result.droppedIds())
        .as("ids dropped from%n%s", records.print())
        .containsExactly("R2", "R5", "R8");
  }

  @Test
  @Tag("task:2")
  @DisplayName("rows whose keys all differ are all kept, and none dropped")
  void noDuplicates() {
    Table records = registrations("R1,Ana,Silva,Oslo", "R2,Ana,Silva,Bergen");
    Deduplicated result = DedupKey.keepFirst(records, "id", "given", "family", "clinic");
    assertThat(result.kept().stringColumn("id").asList()).as("ids kept from%n%s", records.print()).containsExactly("R1", "R2");
    assertThat(result.droppedIds()).as("ids dropped from%n%s", records.print()).isEmpty();
  }
}
