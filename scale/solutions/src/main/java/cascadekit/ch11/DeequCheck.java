package cascadekit.ch11;

import com.amazon.deequ.checks.Check;
import com.amazon.deequ.checks.CheckLevel;
import java.util.List;
import scala.Function1;
import scala.Option;
import scala.collection.JavaConverters;

/**
 * Chapter 06's constraints as a Deequ check, written from Java: every Scala default spelled out.
 */
public final class DeequCheck {
  private DeequCheck() {}

  public static Check usable() {
    // CheckLevel is a Scala Enumeration: its values are methods. The third argument is the
    // constraints the check starts with, a Scala Seq; the Scala default is an empty one.
    return new Check(CheckLevel.Error(), "visits are usable", JavaConverters.asScalaBuffer(List.<com.amazon.deequ.constraints.Constraint>of()).toSeq());
  }

  public static Check ageMostlyComplete(Check check) {
    // hasCompleteness(column, assertion, hint, analyzerOptions): 0.95 itself passes, as the kit's hasCompletenessAtLeast.
    Function1<Object, Object> atLeast95 = v -> (Double) v >= 0.95;
    return check.hasCompleteness("age", atLeast95, Option.empty(), Option.empty());
  }

  public static Check ageInRange(Check check) {
    // isContainedIn(column, lower, upper, includeLower, includeUpper, hint, analyzerOptions) counts a
    // null as compliant among all rows; the kit judges present cells, so filter the nulls out.
    return check.isContainedIn("age", 0.0, 120.0, true, true, Option.empty(), Option.empty()).where("age IS NOT NULL");
  }

  public static Check onePerPatientDay(Check check) {
    // hasUniqueness(columns, assertion, hint, analyzerOptions). Uniqueness is the share of rows whose pair occurs once (distinctness would count each pair once).
    Function1<Object, Object> every = v -> (Double) v == 1.0;
    return check.hasUniqueness(JavaConverters.asScalaBuffer(List.of("patient_id", "visit_date")).toSeq(), every, Option.empty(), Option.empty());
  }
}
