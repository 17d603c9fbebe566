package cascadekit.report;

import static cascadekit.document.TestRuns.run;
import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.document.EventType;
import cascadekit.document.RunEvent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** Draws a small log: two steps that completed, one that failed, one still running. */
class LineageSectionTest {
  private static final Pattern BOX =
      Pattern.compile(
          "<g class=\"([a-z]+)\" transform=\"translate\\((\\d+),(\\d+)\\)\"><title>([^<]*)");
  private static final String UNITS = "lookups/units<&>.csv";

  private final List<RunEvent> log =
      List.of(
          run(EventType.COMPLETE, 1, "load", List.of("raw.csv"), List.of("loaded.csv")),
          run(EventType.START, 2, "clean", List.of("loaded.csv", UNITS), List.of()),
          run(EventType.COMPLETE, 2, "clean", List.of("loaded.csv", UNITS), List.of("clean.csv")),
          run(EventType.FAIL, 3, "train", List.of("clean.csv"), List.of()),
          run(EventType.START, 4, "export", List.of("clean.csv"), List.of()));

  @Test
  void should_draw_a_box_per_dataset_and_run_and_an_arrow_per_input_and_output() throws Exception {
    // GIVEN the log
    // WHEN it is drawn
    String svg = LineageSection.svg(log);
    // THEN it is well-formed XML with 4 datasets, 4 runs by how they ended, and 7 arrows
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertThat(count(svg, "<g class=\"dataset\"")).as("dataset boxes").isEqualTo(4);
    assertThat(count(svg, "<g class=\"step\"")).as("completed steps").isEqualTo(2);
    assertThat(count(svg, "<g class=\"failed\"")).as("failed steps").isEqualTo(1);
    assertThat(count(svg, "<g class=\"started\"")).as("steps that never ended").isEqualTo(1);
    assertThat(count(svg, "<line class=\"edge\"")).as("arrows").isEqualTo(7);
  }

  @Test
  void should_lay_the_flow_out_from_left_to_right() {
    // GIVEN the log
    // WHEN it is drawn and each box's x is read
    Map<String, Integer> x = new HashMap<>();
    Matcher box = BOX.matcher(LineageSection.svg(log));
    while (box.find()) {
      x.put(box.group(4).split(" ")[0], Integer.parseInt(box.group(2)));
    }
    // THEN each box stands right of what it came from
    assertThat(List.of("raw.csv", "load", "loaded.csv", "clean", "clean.csv", "train"))
        .as("boxes along the flow")
        .extracting(x::get)
        .isSorted()
        .doesNotHaveDuplicates();
    assertThat(x.get("export")).as("x of export, beside train").isEqualTo(x.get("train"));
    assertThat(x.get("lookups/units&lt;&amp;&gt;.csv"))
        .as("x of the source units.csv, just left of clean, its first reader")
        .isEqualTo(x.get("loaded.csv"));
  }

  @Test
  void should_need_nothing_outside_the_page_and_escape_names() {
    // GIVEN the log
    // WHEN it is drawn as a section
    String html = LineageSection.html(log);
    // THEN it has a heading, no script or link, and the odd name escaped
    assertThat(html).as("section").startsWith("<section class=\"lineage\">\n<h2>Lineage</h2>");
    assertThat(html).as("section").doesNotContain("<script", "href", "src=", "@import");
    assertThat(count(html, "http")).as("URLs besides the SVG namespace").isEqualTo(1);
    assertThat(html).as("escaped name").contains("units&lt;&amp;&gt;.csv").doesNotContain("<&>");
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
