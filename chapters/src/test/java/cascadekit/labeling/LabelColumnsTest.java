package cascadekit.labeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cascadekit.data.Annotations;
import cascadekit.data.Datasets;
import cascadekit.data.ReviewLabels;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class LabelColumnsTest {
  private static final int P = 0;
  private static final int N = 1;
  private static final int NONE = Annotations.MISSING;
  // a1 and a2 always side with the majority; a3 dissents on i3, i4 and i5.
  private static final Annotations PANEL =
      new Annotations(
          List.of("i1", "i2", "i3", "i4", "i5"),
          List.of("a1", "a2", "a3"),
          List.of("positive", "negative"),
          new int[][] {{P, P, P}, {N, N, N}, {P, P, N}, {N, N, P}, {P, NONE, N}});

  /** Returns the items as a table, out of grid order, with a text column to keep. */
  private static Table items() {
    return Table.create(
        "items",
        StringColumn.create(LabelColumns.ITEM_ID, "i5", "i1", "i2", "i3", "i4"),
        StringColumn.create("text", "e", "a", "b", "c", "d"));
  }

  @Test
  void should_add_the_majority_label_and_tie_flag_matched_by_item_id() {
    // GIVEN items in another order than the grid
    Table items = items();
    // WHEN
    Table labelled = LabelColumns.withMajorityVote(items, PANEL);
    // THEN: i5 ties positive 1 to negative 1 and goes to positive, the first class
    assertThat(labelled.stringColumn(LabelColumns.MAJORITY_LABEL).asList())
        .containsExactly("positive", "positive", "negative", "positive", "negative");
    assertThat(labelled.booleanColumn(LabelColumns.MAJORITY_TIE).asList())
        .containsExactly(true, false, false, false, false);
    assertThat(labelled.stringColumn("text").asList()).containsExactly("e", "a", "b", "c", "d");
  }

  @Test
  void should_add_the_dawid_skene_label_and_its_probability() {
    // GIVEN: a1 and a2 are near-perfect, a3 no better than chance, so every item goes the way a1
    // votes, i5 included (a1 says positive; a3's negative hardly counts)
    Table items = items();
    // WHEN
    Table labelled = LabelColumns.withDawidSkene(items, PANEL, DawidSkene.fit(PANEL));
    // THEN
    assertThat(labelled.stringColumn(LabelColumns.DAWID_SKENE_LABEL).asList())
        .containsExactly("positive", "positive", "negative", "positive", "negative");
    assertThat(labelled.doubleColumn(LabelColumns.DAWID_SKENE_PROBABILITY).asList())
        .allSatisfy(p -> assertThat(p).isBetween(0.9, 1.0));
  }

  @Test
  void should_flag_the_label_confident_learning_finds_wrong() {
    // GIVEN: thresholds 0.5 (class 0: mean of 0.9 and 0.1) and 0.85 (class 1: mean of 0.8 and
    // 0.9); e1 is labelled 0 but passes only class 1's threshold, e2 passes none
    ConfidentLearning learning =
        ConfidentLearning.of(
            new int[] {0, 0, 1, 1},
            new double[][] {{0.9, 0.1}, {0.1, 0.9}, {0.2, 0.8}, {0.1, 0.9}});
    Table items = Table.create("items", StringColumn.create(LabelColumns.ITEM_ID, "e3", "e1", "e0"));
    // WHEN
    Table flagged = LabelColumns.withLabelErrors(items, List.of("e0", "e1", "e2", "e3"), learning);
    // THEN
    assertThat(flagged.booleanColumn(LabelColumns.LIKELY_LABEL_ERROR).asList())
        .containsExactly(false, true, false);
  }

  @Test
  void should_leave_the_input_table_unchanged() {
    // GIVEN
    Table items = items();
    // WHEN
    LabelColumns.withMajorityVote(items, PANEL);
    LabelColumns.withDawidSkene(items, PANEL, DawidSkene.fit(PANEL));
    // THEN
    assertThat(items.columnNames()).containsExactly(LabelColumns.ITEM_ID, "text");
    assertThat(items.stringColumn(LabelColumns.ITEM_ID).asList())
        .containsExactly("i5", "i1", "i2", "i3", "i4");
  }

  @Test
  void should_refuse_an_item_the_annotations_do_not_hold() {
    // GIVEN
    Table items = Table.create("items", StringColumn.create(LabelColumns.ITEM_ID, "i1", "x9"));
    // WHEN / THEN
    assertThatThrownBy(() -> LabelColumns.withMajorityVote(items, PANEL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x9");
  }

  @Test
  void should_agree_with_the_array_path_on_the_review_labels() {
    // GIVEN
    ReviewLabels data = Datasets.reviewLabels();
    Annotations panel = data.annotations();
    DawidSkene model = DawidSkene.fit(panel);
    // WHEN
    Table labelled =
        LabelColumns.withDawidSkene(
            LabelColumns.withMajorityVote(Datasets.reviewsTable(), panel), panel, model);
    // THEN
    int[] ds = model.labels();
    assertThat(labelled.stringColumn(LabelColumns.MAJORITY_LABEL).asList())
        .isEqualTo(panel.names(MajorityVote.labels(panel)));
    assertThat(IntStream.range(0, labelled.rowCount()).filter(labelled.booleanColumn(LabelColumns.MAJORITY_TIE)::get).boxed().toList())
        .isEqualTo(MajorityVote.ties(panel));
    assertThat(labelled.stringColumn(LabelColumns.DAWID_SKENE_LABEL).asList()).isEqualTo(panel.names(ds));
    assertThat(labelled.doubleColumn(LabelColumns.DAWID_SKENE_PROBABILITY).asDoubleArray())
        .containsExactly(IntStream.range(0, ds.length).mapToDouble(i -> model.posteriors()[i][ds[i]]).toArray());
  }
}
