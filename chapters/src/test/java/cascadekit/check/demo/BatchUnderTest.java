package cascadekit.check.demo;

import cascadekit.data.ClinicVisits;
import cascadekit.data.Datasets;
import cascadekit.load.CsvLoader;
import cascadekit.load.Loaded;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a data test the batch of clinic visits it is to judge, loaded with the visits' schema and
 * chosen by the configuration parameter {@value #PARAMETER}: a file under {@code datasets/}, or an
 * absolute path. JUnit reads the parameter from the launcher, or else from a system property, so
 * {@code ./mvnw test -Dclinic.batch=clinic-visits/visits.csv} judges the raw file. Without it the
 * data tests are skipped: they judge a batch, not the code.
 */
public final class BatchUnderTest implements ExecutionCondition, ParameterResolver {
  /** The configuration parameter (or system property) that names the batch. */
  public static final String PARAMETER = "clinic.batch";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return batch(context).map(file -> ConditionEvaluationResult.enabled("judging " + file))
        .orElse(ConditionEvaluationResult.disabled("no batch chosen: run with -D" + PARAMETER + "=<file>"));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Loaded.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    String file = batch(context).orElseThrow();
    ExtensionContext.Store store = context.getRoot().getStore(ExtensionContext.Namespace.create(BatchUnderTest.class));
    return store.getOrComputeIfAbsent(file, BatchUnderTest::load, Loaded.class);
  }

  private static Optional<String> batch(ExtensionContext context) {
    return context.getConfigurationParameter(PARAMETER).filter(file -> !file.isBlank());
  }

  private static Loaded load(String file) {
    Path path = Path.of(file).isAbsolute() ? Path.of(file) : Datasets.path(file);
    return CsvLoader.of(ClinicVisits.schema()).load(path);
  }
}
