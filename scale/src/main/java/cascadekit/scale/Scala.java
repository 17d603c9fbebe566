package cascadekit.scale;

import java.io.Serializable;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.function.LongPredicate;
import scala.Function1;
import scala.Option;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/**
 * What Java must spell out to call Deequ: Scala's default arguments ({@code Option.empty()}),
 * its sequences and lists, and assertions as Scala functions on a boxed metric.
 *
 * <pre>{@code
 * check.hasCompleteness("age", Scala.assertion(v -> v >= 0.95), Scala.none(), Scala.none());
 * }</pre>
 */
public final class Scala {
  private Scala() {}

  /** Returns {@code None}, Scala's "no value" for an optional argument left at its default. */
  public static <T> Option<T> none() {
    return Option.empty();
  }

  /** Returns {@code values} as a Scala sequence. */
  public static <T> Seq<T> seq(List<T> values) {
    return JavaConverters.asScalaBuffer(values).toSeq();
  }

  /** Returns {@code values} as a Scala immutable list. */
  public static <T> scala.collection.immutable.List<T> list(List<T> values) {
    return JavaConverters.asScalaBuffer(values).toList();
  }

  /** Returns {@code test} as a Deequ assertion on a double metric ({@code Double => Boolean}). */
  public static Function1<Object, Object> assertion(DoublePredicate test) {
    return (Function1<Object, Object> & Serializable) value -> test.test(((Number) value).doubleValue());
  }

  /** Returns {@code test} as a Deequ assertion on a count ({@code Long => Boolean}), such as a row count. */
  public static Function1<Object, Object> countAssertion(LongPredicate test) {
    return (Function1<Object, Object> & Serializable) value -> test.test(((Number) value).longValue());
  }
}
