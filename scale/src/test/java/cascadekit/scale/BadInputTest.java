package cascadekit.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascadekit.data.Datasets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class BadInputTest {
  @Test
  void should_name_every_flag_to_add_when_java_started_without_them() {
    // GIVEN a JVM where no package of java.base is open
    // WHEN the check runs
    // THEN one line names a closed package and the whole flag list
    assertThatThrownBy(() -> JdkFlags.require(p -> !p.equals("sun.nio.ch")))
        .as("a JVM without --add-opens for sun.nio.ch")
        .isInstanceOf(ScaleException.class)
        .hasMessageContaining("e.g. sun.nio.ch")
        .hasMessageContaining("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED")
        .hasMessageContaining("--add-opens=java.base/sun.util.calendar=ALL-UNNAMED")
        .hasMessageNotContaining("\n");
  }

  @Test
  void should_list_the_fourteen_packages_spark_needs_and_find_them_open_under_surefire() {
    // GIVEN the flags the build wrote
    // WHEN this test JVM (started with Surefire's argLine) is checked
    // THEN all 14 packages are listed and none is closed
    assertThat(JdkFlags.packages()).as("packages opened for Spark").hasSize(14).contains("java.lang", "sun.nio.ch");
    JdkFlags.require();
  }

  @Test
  void should_name_the_pinned_version_when_another_spark_is_on_the_class_path() {
    // GIVEN Spark 3.4.1 on the class path, WHEN the version is checked, THEN one line names the version to use
    assertThatThrownBy(() -> SparkVersion.require("3.4.1"))
        .as("Spark 3.4.1 against the pinned " + SparkVersion.pinned())
        .isInstanceOf(ScaleException.class)
        .hasMessageContaining("Spark 3.4.1 is on the class path")
        .hasMessageContaining("spark-sql_2.12:" + SparkVersion.pinned())
        .hasMessageNotContaining("\n");
    assertThat(SparkVersion.running()).as("the Spark this module runs").isEqualTo(SparkVersion.pinned());
  }

  @Test
  void should_name_a_missing_column_and_the_available_ones_before_deequ_runs() {
    // GIVEN clinic-visits and a check on a column it lacks
    Table visits = Datasets.clinicVisits().table();
    ParityCheck typo = new ParityCheck("ages are plausible", true, List.of(DeequForms.between("agee", 0, 120)));
    // WHEN both sides run, THEN one line names the column and the ones there are
    assertThatThrownBy(() -> Parity.run(visits, Frames.of(SharedSpark.get(), visits), List.of(typo)))
        .as("a check on column 'agee'")
        .isInstanceOf(ScaleException.class)
        .hasMessageContaining("check 'ages are plausible' reads column 'agee'")
        .hasMessageContaining("it has visit_id, patient_id, name, visit_date, age,")
        .hasMessageNotContaining("\n");
  }
}
