package cascadekit.document;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes {@code DATASHEET.md} in every folder under {@code datasets/} from its data, its lock and
 * its {@code datasheet-answers.md}; {@code DatasheetFiguresTest} fails until then. From the kit's root:
 *
 * <pre>
 * ./mvnw -q -pl chapters test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=cascadekit.document.WriteDatasheets
 * </pre>
 */
public final class WriteDatasheets {
  private WriteDatasheets() {}

  /** Writes every datasheet and prints each file with its figure count. */
  public static void main(String[] args) {
    for (Path folder : LockDatasets.folders()) {
      Datasheet sheet = Datasheet.of(folder, Optional.empty());
      System.out.println(sheet.writeTo(folder) + " " + sheet.allFigures().size() + " figures");
    }
  }
}
