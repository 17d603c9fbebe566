package cascadekit.scale;

import cascadekit.check.Suggestion;
import cascadekit.check.Suggestions;
import com.amazon.deequ.suggestions.ConstraintSuggestion;
import com.amazon.deequ.suggestions.ConstraintSuggestionResult;
import com.amazon.deequ.suggestions.ConstraintSuggestionRunner;
import com.amazon.deequ.suggestions.Rules;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import scala.collection.JavaConverters;
import tech.tablesaw.api.Table;

/**
 * The constraint kinds the kit's {@link Suggestions} and Deequ's {@code ConstraintSuggestionRunner}
 * suggest for each column, named by Deequ's rule classes ({@code CompleteIfCompleteRule}...).
 * Deequ runs its default rules and its {@code UniqueIfApproximatelyUniqueRule}, the kit's set, on
 * the cells as text, as Deequ reads a CSV file, so it infers their types as it would there.
 *
 * <pre>{@code
 * SuggestionParity.kit(table);                          // {age=[CompleteIfCompleteRule, ...], ...}
 * SuggestionParity.deequ(Frames.of(spark, table));
 * }</pre>
 */
public final class SuggestionParity {
  /**
   * Deequ rules the kit leaves out on purpose: a range with a share of outliers allowed
   * ({@code FractionalCategoricalRangeRule}).
   */
  public static final Set<String> DEEQU_ONLY = Set.of("FractionalCategoricalRangeRule");

  private SuggestionParity() {}

  /** Returns the kit's suggested kinds per column of {@code table}, by Deequ's rule names. */
  public static Map<String, Set<String>> kit(Table table) {
    Map<String, Set<String>> kinds = new TreeMap<>();
    for (Suggestion s : Suggestions.of(table).all()) {
      kinds.computeIfAbsent(s.column(), c -> new TreeSet<>()).add(s.rule().deequName());
    }
    return kinds;
  }

  /** Returns Deequ's suggested kinds per column of {@code frame}, its cells cast to text, without {@link #DEEQU_ONLY}. */
  public static Map<String, Set<String>> deequ(Dataset<Row> frame) {
    Column[] text = Arrays.stream(frame.columns()).map(c -> functions.col(c).cast("string").as(c)).toArray(Column[]::new);
    ConstraintSuggestionResult result = new ConstraintSuggestionRunner().onData(frame.select(text))
        .addConstraintRules(Rules.DEFAULT()).addConstraintRules(Rules.COMMON()).run();
    Map<String, Set<String>> kinds = new TreeMap<>();
    JavaConverters.mapAsJavaMap(result.constraintSuggestions()).forEach((column, suggestions) -> {
      for (ConstraintSuggestion s : JavaConverters.seqAsJavaList(suggestions)) {
        String rule = s.suggestingRule().getClass().getSimpleName();
        if (!DEEQU_ONLY.contains(rule)) {
          kinds.computeIfAbsent(column, c -> new TreeSet<>()).add(rule);
        }
      }
    });
    return kinds;
  }
}
