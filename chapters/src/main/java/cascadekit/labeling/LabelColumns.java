package cascadekit.labeling;

import cascadekit.data.Annotations;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Label aggregation on a Tablesaw table of items: each method takes a table with one row per item
 * and an {@value #ITEM_ID} column, and returns a new table with the aggregate's columns added. The
 * input table is never changed; rows are matched to the annotation grid by item id, so the table
 * may hold the items in any order.
 *
 * <pre>{@code
 * Table labelled = LabelColumns.withMajorityVote(reviews, panel);   // + majority_label, majority_tie
 * labelled = LabelColumns.withDawidSkene(labelled, panel, DawidSkene.fit(panel));
 * labelled.stringColumn(LabelColumns.MAJORITY_LABEL).countByCategory();
 * }</pre>
 */
public final class LabelColumns {
  /** The column that names each item, as in {@link Annotations#items()}. */
  public static final String ITEM_ID = "item_id";

  /** The majority-vote label ({@code null} for an item nobody labelled). */
  public static final String MAJORITY_LABEL = "majority_label";

  /** Whether the item's most-voted classes tied. */
  public static final String MAJORITY_TIE = "majority_tie";

  /** The Dawid-Skene label. */
  public static final String DAWID_SKENE_LABEL = "dawid_skene_label";

  /** The Dawid-Skene posterior probability of that label. */
  public static final String DAWID_SKENE_PROBABILITY = "dawid_skene_probability";

  /** Whether confident learning flags the item's given label as a likely error. */
  public static final String LIKELY_LABEL_ERROR = "likely_label_error";

  private LabelColumns() {}

  /** Returns a copy of {@code items} with {@value #MAJORITY_LABEL} and {@value #MAJORITY_TIE}. */
  public static Table withMajorityVote(Table items, Annotations annotations) {
    int[] rows = gridRows(items, annotations.items());
    int[] labels = MajorityVote.labels(annotations);
    Set<Integer> ties = new HashSet<>(MajorityVote.ties(annotations));
    StringColumn label = StringColumn.create(MAJORITY_LABEL);
    BooleanColumn tie = BooleanColumn.create(MAJORITY_TIE);
    for (int row : rows) {
      label.append(labels[row] == Annotations.MISSING ? null : annotations.classes().get(labels[row]));
      tie.append(ties.contains(row));
    }
    return items.copy().addColumns(label, tie);
  }

  /**
   * Returns a copy of {@code items} with {@value #DAWID_SKENE_LABEL} and {@value
   * #DAWID_SKENE_PROBABILITY} from {@code model}, fitted on {@code annotations}.
   */
  public static Table withDawidSkene(Table items, Annotations annotations, DawidSkene model) {
    int[] rows = gridRows(items, annotations.items());
    int[] labels = model.labels();
    StringColumn label = StringColumn.create(DAWID_SKENE_LABEL);
    DoubleColumn probability = DoubleColumn.create(DAWID_SKENE_PROBABILITY);
    for (int row : rows) {
      label.append(annotations.classes().get(labels[row]));
      probability.append(model.posteriors()[row][labels[row]]);
    }
    return items.copy().addColumns(label, probability);
  }

  /**
   * Returns a copy of {@code items} with {@value #LIKELY_LABEL_ERROR}: whether {@code learning},
   * run on the examples in the order of {@code itemIds}, flags the item.
   */
  public static Table withLabelErrors(Table items, List<String> itemIds, ConfidentLearning learning) {
    int[] rows = gridRows(items, itemIds);
    Set<Integer> issues = new HashSet<>(learning.issues());
    BooleanColumn flag = BooleanColumn.create(LIKELY_LABEL_ERROR);
    for (int row : rows) {
      flag.append(issues.contains(row));
    }
    return items.copy().addColumns(flag);
  }

  /** Returns, for each row of {@code items}, the index of its item in {@code itemIds}. */
  private static int[] gridRows(Table items, List<String> itemIds) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < itemIds.size(); i++) {
      index.put(itemIds.get(i), i);
    }
    StringColumn ids = items.stringColumn(ITEM_ID);
    int[] rows = new int[items.rowCount()];
    for (int r = 0; r < rows.length; r++) {
      Integer row = index.get(ids.get(r));
      if (row == null) {
        throw new IllegalArgumentException("item " + ids.get(r) + " is not in the annotations");
      }
      rows[r] = row;
    }
    return rows;
  }
}
