package cascadekit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascadekit.load.LoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewLabelsTest {
  @Test
  void should_load_every_review_label_and_confusion_matrix() {
    // WHEN
    ReviewLabels data = Datasets.reviewLabels();
    // THEN: the counts the datasheet states
    assertThat(data.reviews()).hasSize(2000);
    assertThat(data.gold()).hasSize(200);
    assertThat(data.annotations().annotators()).containsExactly("a1", "a2", "a3", "a4", "a5");
    Map<String, Long> shares =
        data.truth().values().stream().collect(Collectors.groupingBy(l -> l, Collectors.counting()));
    assertThat(shares).containsEntry("positive", 1372L).containsEntry("neutral", 425L).containsEntry("negative", 203L);
    assertThat(Arrays.stream(data.annotations().counts()).mapToInt(row -> row[0] + row[1] + row[2])).containsOnly(5);
    assertThat(data.trueConfusions().get("a4")[2][1]).isEqualTo(0.87);
  }

  @Test
  void should_name_file_line_and_column_of_an_unknown_label(@TempDir Path folder) throws IOException {
    // GIVEN a copy whose second annotation is misspelt
    write(folder);
    Files.writeString(
        folder.resolve("annotations.csv"),
        "annotation_id,item_id,annotator_id,label\nA1,R1,a1,positive\nA2,R1,a2,postive\n");
    // WHEN / THEN
    assertThatThrownBy(() -> ReviewLabels.read(folder))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("annotations.csv, line 3, column 'label': unknown label")
        .hasMessageContaining("'postive'");
  }

  @Test
  void should_refuse_a_second_label_from_one_annotator(@TempDir Path folder) throws IOException {
    // GIVEN a1 labels R1 twice
    write(folder);
    Files.writeString(
        folder.resolve("annotations.csv"),
        "annotation_id,item_id,annotator_id,label\nA1,R1,a1,positive\nA2,R1,a1,neutral\n");
    // WHEN / THEN
    assertThatThrownBy(() -> ReviewLabels.read(folder))
        .isInstanceOf(LoadException.class)
        .hasMessageContaining("annotations.csv, line 3, column 'label': a second label from a1 for R1");
  }

  private static void write(Path folder) throws IOException {
    Files.writeString(folder.resolve("reviews.csv"), "item_id,text\nR1,Fine.\n");
    Files.writeString(folder.resolve("truth.csv"), "item_id,true_label\nR1,positive\n");
    Files.writeString(folder.resolve("gold.csv"), "item_id,gold_label\nR1,positive\n");
    StringBuilder annotators = new StringBuilder("annotator_id,profile,true_label,p_positive,p_neutral,p_negative\n");
    for (String annotator : new String[] {"a1", "a2"}) {
      for (String label : ReviewLabels.CLASSES) {
        annotators.append(annotator).append(",x,").append(label).append(",0.4,0.3,0.3\n");
      }
    }
    Files.writeString(folder.resolve("annotators.csv"), annotators.toString());
  }
}
