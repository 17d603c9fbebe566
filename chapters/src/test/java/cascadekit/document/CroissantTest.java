package cascadekit.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascadekit.document.CroissantCard.Creator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Describes a one-file dataset in Croissant 1.0 and reads the JSON back with Jackson. */
class CroissantTest {
  // printf 'age,city\n30,Lyon\n' | sha256sum
  private static final String VISITS_SHA256 =
      "6ca89297b5c2baeec9ca1c4bbbdb74d10f1eada952b76d401b30ef95d54f340e";
  private static final CroissantCard CARD =
      new CroissantCard(
          "clinic-visits",
          "Synthetic clinic visits.",
          "https://spdx.org/licenses/CC0-1.0.html",
          "https://example.org/clinic-visits",
          List.of(Creator.organization("Cascade Kit")),
          LocalDate.of(2024, 5, 8));

  @TempDir Path dataset;
  private final Table visits =
      Table.create(IntColumn.create("age", new int[] {30}), StringColumn.create("city", "Lyon"));

  @BeforeEach
  void write_the_dataset() throws IOException {
    Files.writeString(dataset.resolve("visits.csv"), "age,city\n30,Lyon\n");
  }

  @Test
  void should_carry_every_field_croissant_1_0_requires() throws IOException {
    // GIVEN the locked dataset and its card
    DatasetLock lock = DatasetLock.of(dataset);
    // WHEN it is described and the JSON parsed back
    JsonNode json = new ObjectMapper().readTree(Croissant.json(CARD, lock, "visits.csv", visits));
    // THEN the dataset-level fields are there
    assertThat(json.at("/@context/@vocab").asText()).as("@vocab").isEqualTo("https://schema.org/");
    assertThat(json.at("/@context/cr").asText())
        .as("cr")
        .isEqualTo("http://mlcommons.org/croissant/");
    assertThat(json.at("/@type").asText()).as("@type").isEqualTo("sc:Dataset");
    assertThat(json.at("/conformsTo").asText()).as("conformsTo").isEqualTo(Croissant.CONFORMS_TO);
    assertThat(json.at("/name").asText()).as("name").isEqualTo("clinic-visits");
    assertThat(json.at("/description").asText()).as("description").isNotBlank();
    assertThat(json.at("/license").asText()).as("license").startsWith("https://spdx.org/");
    assertThat(json.at("/url").asText()).as("url").startsWith("https://");
    assertThat(json.at("/creator/0/name").asText()).as("creator").isEqualTo("Cascade Kit");
    assertThat(json.at("/datePublished").asText()).as("datePublished").isEqualTo("2024-05-08");
    // AND the file, with its raw-byte hash
    JsonNode file = json.at("/distribution/0");
    assertThat(file.at("/@type").asText()).as("file @type").isEqualTo("cr:FileObject");
    assertThat(file.at("/contentUrl").asText()).as("contentUrl").isEqualTo("visits.csv");
    assertThat(file.at("/encodingFormat").asText()).as("encodingFormat").isEqualTo("text/csv");
    assertThat(file.at("/sha256").asText()).as("sha256").isEqualTo(VISITS_SHA256);
    assertThat(file.at("/contentSize").asText()).as("contentSize").isEqualTo("17 B");
    // AND one record set with a typed field per column, read from the file's column
    JsonNode records = json.at("/recordSet/0");
    assertThat(records.at("/@type").asText()).as("record set @type").isEqualTo("cr:RecordSet");
    assertThat(records.at("/field").findValuesAsText("dataType"))
        .as("data types of age, city")
        .containsExactly("sc:Integer", "sc:Text");
    assertThat(records.at("/field/1/@type").asText()).as("field @type").isEqualTo("cr:Field");
    assertThat(records.at("/field/1/source/extract/column").asText())
        .as("column")
        .isEqualTo("city");
    assertThat(records.at("/field/1/source/fileObject/@id").asText()).isEqualTo("visits.csv");
  }

  @Test
  void should_refuse_a_record_file_the_lock_does_not_list() {
    // GIVEN the locked dataset
    DatasetLock lock = DatasetLock.of(dataset);
    // WHEN a record set is asked for from another file
    // THEN it is refused by name
    assertThatThrownBy(() -> Croissant.of(CARD, lock, "visits_clean.csv", visits))
        .as("a file outside the lock")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("visits_clean.csv");
  }

  @Test
  void should_refuse_a_card_without_a_licence() {
    // GIVEN a card whose licence is blank
    // WHEN it is made
    // THEN it is refused, naming the field
    assertThatThrownBy(
            () -> new CroissantCard("n", "d", " ", "https://x", CARD.creators(), LocalDate.EPOCH))
        .as("a blank licence")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("license");
  }

  @Test
  void should_give_each_column_type_its_croissant_data_type() {
    // GIVEN a table with a date, a double, a boolean and a long column
    Table typed =
        Table.create(
            DateColumn.create("visit_date", LocalDate.of(2024, 5, 8)),
            DoubleColumn.create("weight_kg", 61.5),
            BooleanColumn.create("smoker", true),
            LongColumn.create("patient_id", 7L));
    // WHEN it is described
    JsonNode fields =
        Croissant.of(CARD, DatasetLock.of(dataset), "visits.csv", typed).at("/recordSet/0/field");
    // THEN each column has its schema.org type
    assertThat(fields.findValuesAsText("dataType"))
        .as("data types of visit_date, weight_kg, smoker, patient_id")
        .containsExactly("sc:Date", "sc:Float", "sc:Boolean", "sc:Integer");
  }
}
