package cascadekit.report;

import cascadekit.data.Datasets;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where the chapter examples write their reports: {@code reports/} under the kit's root, or the
 * folder named by {@code -Dcascadekit.reports=...} (the browser test writes them under
 * {@code target/}).
 *
 * <pre>{@code
 * Path page = report.writeTo(ReportFolder.path().resolve("03-health.html"));
 * System.out.println("Report: " + ReportFolder.display(page));
 * }</pre>
 */
public final class ReportFolder {
  /** The system property that moves the folder. */
  public static final String PROPERTY = "cascadekit.reports";

  private ReportFolder() {}

  /** Returns the folder the reports go to. */
  public static Path path() {
    String property = System.getProperty(PROPERTY);
    return property == null || property.isBlank()
        ? Datasets.root().resolve("reports")
        : Paths.get(property).toAbsolutePath().normalize();
  }

  /** Returns {@code file} as a learner types it: relative to the kit's root when inside it. */
  public static String display(Path file) {
    Path root = Datasets.root();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
  }
}
