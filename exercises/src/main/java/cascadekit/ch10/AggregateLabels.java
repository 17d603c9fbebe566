package cascadekit.ch10;

import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Exercise 10.aggregate-labels: one disease label per visit, from three agronomists of five.
 *
 * <p>{@code labels} ({@code labels.csv}) has visit_id, agronomist, label: three of agr1-agr5 for
 * each visit. They are not equally good, and nobody says who is which. {@code gold} ({@code
 * gold.csv}, visit_id, label) is an expert panel's verdict on 300 visits: the one place you can
 * see who is right. Use the toolbox of chapter 05 ({@code cascadekit.labeling}); how you use gold
 * is your call.
 *
 * <p>Task 1. Return one label per visit of {@code labels}, one of {@code CropSurvey.CLASSES}.
 * <pre>{@code
 * aggregate(labels, gold).get("CS00001")   // => "healthy"   (agr2, agr3, agr5 all said so)
 * }</pre>
 *
 * <p>Task 2. Be right. Graded against the truth: the 300 gold visits carry the panel's label, and
 * at least 95% of the other 2701 visits are right. Majority vote gets 92.1%; the reference 96.3%.
 * <pre>{@code
 * aggregate(labels, gold).get(aGoldVisit)   // => the panel's label, whatever the three said
 * }</pre>
 */
public final class AggregateLabels {
  private AggregateLabels() {}

  /** Returns one label per visit id of {@code labels}, learning whom to trust from {@code gold}. */
  public static Map<String, String> aggregate(Table labels, Table gold) {
    // TODO: tasks 1 and 2: build the visit x agronomist grid, learn whom to trust, pick each label.
    throw new UnsupportedOperationException(
        "10.aggregate-labels: AggregateLabels.aggregate is not written yet; do task 1, then ./kit check 10.aggregate-labels");
  }
}
