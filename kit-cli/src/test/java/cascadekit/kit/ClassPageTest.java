package cascadekit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClassPageTest extends FixtureTest {
  private String page;

  @BeforeEach
  void writePage() throws Exception {
    ClassFixture.addSecondChapter(root);
    kit.kit("class", ClassFixture.classFolder(root).toString());
    page = KitTestFiles.read(root.resolve("reports/class.html"));
  }

  @Test
  void should_colour_one_heat_map_cell_per_learner_and_exercise_with_a_title() {
    // THEN
    assertThat(page)
        .contains("<td class=\"done\" title=\"Ada, 01.double-it: done, 2 of 2 tests pass\">✓</td>")
        .contains("<td class=\"failing\" title=\"Ada, 02.halve-it: failing, 0 of 2 tests pass\">✗</td>")
        .contains("title=\"&lt;b&gt;Ann &amp; Bo&lt;/b&gt;, 01.double-it: failing, does not compile\"")
        .contains("<td class=\"new\" title=\"&lt;b&gt;Ann &amp; Bo&lt;/b&gt;, 02.quarter-it: new\">·</td>");
    assertThat(Pattern.compile("<td class=\"(done|failing|new)\" title=").matcher(page).results().count())
        .as("heat map cells, 2 learners by 3 exercises")
        .isEqualTo(6);
  }

  @Test
  void should_escape_learner_names_and_show_the_legend() {
    // THEN
    assertThat(page).contains("<th>&lt;b&gt;Ann &amp; Bo&lt;/b&gt;</th>").doesNotContain("<b>Ann");
    assertThat(page).contains("<span class=\"key done\">✓</span>done").contains("key failing").contains("key new");
  }

  @Test
  void should_stay_offline_with_the_chapter_and_stuck_tables() {
    // THEN
    assertThat(page).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
    assertThat(page).contains("<td class=\"n\">01</td><td>Doubling</td><td>1 of 2</td>");
    assertThat(page).contains("<td class=\"n\">2 of 2</td><td>02.halve-it</td><td>half of 4 is 2</td>");
    assertThat(page).contains("most stuck on 02.halve-it, &quot;half of 4 is 2&quot;: 2 of 2 learners fail it.");
    assertThat(page).as("the verdict, first after the title").contains("<h1>Class view</h1>\n<section id=\"verdict\">");
  }
}
