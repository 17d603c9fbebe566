package cascadekit;

import java.util.List;
import java.util.Optional;

/**
 * The one-way import order of the toolbox, as {@code DESIGN.md} draws it: examples import
 * stages; a stage imports {@code data}, {@code model} and the stages before it in the flow;
 * {@code report} renders the stages' results and no stage imports it.
 *
 * <pre>{@code
 * ImportRules.broken("profile", "report");   // => Optional[a stage never imports report]
 * ImportRules.broken("clean", "load");       // => Optional.empty
 * }</pre>
 */
final class ImportRules {
  /** The stages in the order the data flows through them. */
  static final List<String> STAGES =
      List.of("load", "profile", "clean", "labeling", "check", "split", "monitoring", "document");

  private static final Optional<String> ALLOWED = Optional.empty();
  private static final String REPORT = "report imports only stages and data";

  private ImportRules() {}

  /**
   * Returns why package {@code from} may not import package {@code to}, or empty when it may.
   * Both are named below {@code cascadekit}, such as {@code examples.ch03} or {@code profile}.
   */
  static Optional<String> broken(String from, String to) {
    String source = top(from);
    String target = top(to);
    if (target.equals("examples")) {
      return from.equals(to) ? ALLOWED : why("only examples of the same chapter import an example");
    }
    if (source.equals(target)) {
      return ALLOWED;
    }
    return switch (source) {
      case "examples" -> known(target) ? ALLOWED : unknown(target);
      case "report" -> isStage(target) || target.equals("data") ? ALLOWED : why(REPORT);
      case "data" -> dataMayImport(target);
      case "model" -> target.equals("data") ? ALLOWED : why("model imports no stage and no report");
      default -> isStage(source) ? stageMayImport(source, target) : unknown(source);
    };
  }

  private static Optional<String> stageMayImport(String stage, String target) {
    if (target.equals("data") || target.equals("model")) {
      return ALLOWED;
    }
    if (target.equals("report")) {
      return why("a stage never imports report; report renders the stages' results");
    }
    if (isStage(target) && STAGES.indexOf(target) < STAGES.indexOf(stage)) {
      return ALLOWED;
    }
    return why("a stage imports data, model and earlier stages: " + String.join(" -> ", STAGES));
  }

  private static Optional<String> dataMayImport(String target) {
    // The one exception: the catalogue loads every dataset through the one reader in load.
    if (target.equals("model") || target.equals("load")) {
      return ALLOWED;
    }
    return why("data imports no stage but load, whose reader the catalogue loads with");
  }

  private static Optional<String> unknown(String top) {
    return why("cascadekit." + top + " is in no layer of the order");
  }

  private static Optional<String> why(String reason) {
    return Optional.of(reason);
  }

  private static boolean known(String top) {
    return isStage(top) || List.of("data", "model", "report", "examples").contains(top);
  }

  private static boolean isStage(String top) {
    return STAGES.contains(top);
  }

  private static String top(String pkg) {
    int dot = pkg.indexOf('.');
    return dot < 0 ? pkg : pkg.substring(0, dot);
  }
}
