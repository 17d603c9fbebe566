import java.io.File;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Prints PIT's mutation score per chapter package ({@code cascadekit.chNN}) and, under each
 * chapter, per exercise class, from its {@code mutations.xml}; a class below {@value #CLASS_FLOOR}%
 * is flagged. Run as {@code java ChapterScores.java target/pit-reports/mutations.xml}.
 */
public final class ChapterScores {
  /** Every exercise class should reach this score; one below it is flagged. */
  private static final int CLASS_FLOOR = 90;

  public static void main(String[] args) throws Exception {
    NodeList mutations =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(args[0])).getElementsByTagName("mutation");
    // chapter -> exercise class (simple name, nested classes counted with their outer one) -> killed, total
    Map<String, Map<String, int[]>> byChapter = new TreeMap<>();
    for (int i = 0; i < mutations.getLength(); i++) {
      Element mutation = (Element) mutations.item(i);
      String type = mutation.getElementsByTagName("mutatedClass").item(0).getTextContent();
      String chapter = type.substring(0, type.lastIndexOf('.'));
      String simpleName = type.substring(type.lastIndexOf('.') + 1);
      String exercise = simpleName.contains("$") ? simpleName.substring(0, simpleName.indexOf('$')) : simpleName;
      int[] counts = byChapter.computeIfAbsent(chapter, k -> new TreeMap<>()).computeIfAbsent(exercise, k -> new int[2]);
      counts[0] += "true".equals(mutation.getAttribute("detected")) ? 1 : 0;
      counts[1]++;
    }
    System.out.println("mutation score per chapter and exercise class (killed/total; ! marks a class below " + CLASS_FLOOR + "%):");
    int killed = 0;
    int total = 0;
    int flagged = 0;
    for (Map.Entry<String, Map<String, int[]>> chapter : byChapter.entrySet()) {
      int chapterKilled = 0;
      int chapterTotal = 0;
      for (int[] counts : chapter.getValue().values()) {
        chapterKilled += counts[0];
        chapterTotal += counts[1];
      }
      System.out.println(line("  ", chapter.getKey(), chapterKilled, chapterTotal, ""));
      for (Map.Entry<String, int[]> exercise : chapter.getValue().entrySet()) {
        int[] counts = exercise.getValue();
        boolean below = percent(counts[0], counts[1]) < CLASS_FLOOR;
        flagged += below ? 1 : 0;
        System.out.println(line("    ", exercise.getKey(), counts[0], counts[1], below ? "  ! below " + CLASS_FLOOR + "%" : ""));
      }
      killed += chapterKilled;
      total += chapterTotal;
    }
    System.out.println(line("  ", "all chapters", killed, total, ""));
    System.out.println("  classes below " + CLASS_FLOOR + "%: " + flagged);
  }

  private static double percent(int killed, int total) {
    return total == 0 ? 0 : 100.0 * killed / total;
  }

  private static String line(String indent, String name, int killed, int total, String flag) {
    return String.format(
        Locale.ROOT, "%s%-" + (28 - indent.length()) + "s %5d/%-5d %5.1f%%%s", indent, name, killed, total, percent(killed, total), flag);
  }
}
