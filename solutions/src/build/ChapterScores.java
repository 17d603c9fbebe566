import java.io.File;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Prints PIT's mutation score per chapter package ({@code cascadekit.chNN}) from its
 * {@code mutations.xml}; run as {@code java ChapterScores.java target/pit-reports/mutations.xml}.
 */
public final class ChapterScores {
  public static void main(String[] args) throws Exception {
    NodeList mutations =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(args[0])).getElementsByTagName("mutation");
    Map<String, int[]> killedAndTotal = new TreeMap<>();
    for (int i = 0; i < mutations.getLength(); i++) {
      Element mutation = (Element) mutations.item(i);
      String type = mutation.getElementsByTagName("mutatedClass").item(0).getTextContent();
      int[] counts = killedAndTotal.computeIfAbsent(type.substring(0, type.lastIndexOf('.')), k -> new int[2]);
      counts[0] += "true".equals(mutation.getAttribute("detected")) ? 1 : 0;
      counts[1]++;
    }
    System.out.println("mutation score per chapter (killed/total):");
    int killed = 0;
    int total = 0;
    for (Map.Entry<String, int[]> chapter : killedAndTotal.entrySet()) {
      int[] counts = chapter.getValue();
      System.out.println(line(chapter.getKey(), counts[0], counts[1]));
      killed += counts[0];
      total += counts[1];
    }
    System.out.println(line("all chapters", killed, total));
  }

  private static String line(String name, int killed, int total) {
    return String.format(Locale.ROOT, "  %-16s %5d/%-5d %5.1f%%", name, killed, total, total == 0 ? 0 : 100.0 * killed / total);
  }
}
