package cascadekit.examples.ch10;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.clean.DetectionScore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapstonePageTest {
  private static final CapstoneFixture FIXTURE = CapstoneFixture.INSTANCE;

  @Test
  void should_open_with_the_verdict_listing_every_defect_kind_the_pipeline_found() throws Exception {
    // GIVEN the report written
    Path file = CapstonePage.write(FIXTURE.run, FIXTURE.scores, FIXTURE.costs, FIXTURE.folder.resolve("capstone.html"));
    // WHEN its verdict is read
    String html = Files.readString(file);
    int verdictStart = html.indexOf("<section id=\"verdict\">");
    String verdict = html.substring(verdictStart, html.indexOf("</section>", verdictStart));
    // THEN the verdict is the first section, and names each kind found
    assertThat(verdictStart).as("position of the verdict").isPositive();
    assertThat(html.indexOf("<h2")).as("the first heading is the verdict's").isEqualTo(html.indexOf("<h2>Verdict</h2>"));
    assertThat(FIXTURE.scores).extracting(KindScore::kind).as("kinds scored")
        .containsExactlyInAnyOrderElementsOf(FIXTURE.manifest.kinds());
    for (KindScore score : FIXTURE.scores) {
      if (score.score().recall() > 0) {
        assertThat(verdict).as("verdict names %s", score.kind()).contains(score.kind() + " found by the " + score.stage());
      }
    }
  }

  @Test
  void should_state_a_kind_no_stage_found_as_not_found() {
    // GIVEN a kind of which nothing was found
    KindScore missed = new KindScore("shadow_rows", "clean", "a.csv", new DetectionScore(3, 0, 5));
    KindScore found = new KindScore("unit_acre", "clean", "a.csv area", new DetectionScore(4, 4, 5));
    // WHEN
    var items = CapstoneVerdict.of(List.of(missed, found));
    // THEN
    assertThat(items.get(0).what()).as("verdict of a kind not found").isEqualTo("shadow_rows not found by any stage");
    assertThat(items.get(1).what()).as("verdict of a kind found").isEqualTo("unit_acre found by the clean stage");
    assertThat(items.get(1).howBad()).as("how much of it").isEqualTo("4 of 5 found (precision 1.000, recall 0.800)");
  }
}
