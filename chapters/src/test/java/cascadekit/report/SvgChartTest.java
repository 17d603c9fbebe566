package cascadekit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgChartTest {
  private static final SvgChart CHART = SvgChart.of("Scores", "month", "score");

  @ParameterizedTest(name = "{0}..{1}")
  @CsvSource({"0, 0.814", "0, 1137", "0.7, 0.82", "0.000001, 0.0000034", "0, 0.0000007", "5.1, 14.9", "3, 3",
      "0, 0", "-2, 7"})
  void should_draw_four_to_six_ticks_covering_the_data(double low, double high) {
    // WHEN: a chart about change, so that the axis starts at the data
    String svg = CHART.startingAtData().lines(List.of("a", "b"), Map.of("s", List.of(low, high)));
    // THEN
    List<Double> ticks = attributes(svg, "<text class=\"tick\" x=\"[^\"]+\" y=\"([^\"]+)\"").stream()
        .map(Double::parseDouble).toList();
    assertThat(ticks).as("ticks of %s..%s in %s", low, high, svg).hasSizeBetween(4, 6);
    List<Double> points = attributes(svg, "points=\"([^\"]+)\"").stream()
        .flatMap(p -> List.of(p.split(" ")).stream()).map(p -> Double.parseDouble(p.split(",")[1])).toList();
    assertThat(points).as("every point within the axis, top %s bottom %s", Collections.min(ticks) - 4,
        Collections.max(ticks) - 4).allMatch(y -> y >= Collections.min(ticks) - 4 && y <= Collections.max(ticks) - 4);
  }

  @Test
  void should_start_at_zero_unless_asked_and_then_say_where_it_starts() {
    // WHEN
    String fromZero = CHART.lines(List.of("a", "b"), Map.of("s", List.of(0.7, 0.82)));
    String fromData = CHART.startingAtData().lines(List.of("a", "b"), Map.of("s", List.of(0.7, 0.82)));
    // THEN
    assertThat(attributes(fromZero, "<text class=\"tick\"[^>]*>([^<]+)<")).as("ticks from zero")
        .containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1.0");
    assertThat(fromZero).as("no note when the axis starts at zero").doesNotContain("class=\"note\"");
    assertThat(attributes(fromData, "<text class=\"tick\"[^>]*>([^<]+)<")).as("ticks from the data")
        .containsExactly("0.70", "0.75", "0.80", "0.85");
    assertThat(fromData).contains(">y axis starts at 0.70, not 0</text>");
  }

  @Test
  void should_title_both_axes_and_name_the_chart() {
    // WHEN
    String svg = CHART.bars(List.of("a"), List.of(1.0));
    // THEN
    assertThat(svg)
        .contains("role=\"img\" aria-label=\"Scores\"")
        .contains("viewBox=\"0 0 880 ")
        .containsPattern("class=\"x-title\"[^>]*>month</text>")
        .containsPattern("class=\"y-title\"[^>]*>score</text>");
  }

  @Test
  void should_draw_a_threshold_line_on_its_tick() {
    // WHEN: ticks 0, 0.1, ..., 0.4; the threshold 0.2 is on the third
    String svg = CHART.threshold(0.2, "PSI 0.2").lines(List.of("a", "b"), Map.of("psi", List.of(0.1, 0.4)));
    // THEN
    String tickY = attributes(svg, "<line class=\"grid\" x1=\"\\d+\" y1=\"([^\"]+)\"").get(2);
    assertThat(attributes(svg, "<line class=\"threshold\" x1=\"\\d+\" y1=\"([^\"]+)\"")).as("threshold's y in %s", svg)
        .containsExactly(tickY);
    assertThat(svg).contains("stroke-dasharray").contains(">PSI 0.2</text>");
  }

  @Test
  void should_raise_the_axis_to_show_a_threshold_above_the_data() {
    // WHEN
    String svg = CHART.threshold(0.25, "PSI 0.25").lines(List.of("a", "b"), Map.of("psi", List.of(0.01, 0.02)));
    // THEN
    double threshold = Double.parseDouble(attributes(svg, "<line class=\"threshold\" x1=\"\\d+\" y1=\"([^\"]+)\"").get(0));
    assertThat(threshold).as("threshold inside the plot").isBetween((double) ChartFrame.TOP, (double) ChartFrame.BOTTOM);
  }

  @Test
  void should_scale_bars_to_the_axis() {
    // WHEN: ticks 0..10, the plot 190 pixels high
    String svg = CHART.bars(List.of("a", "b"), List.of(10.0, 5.0));
    // THEN
    assertThat(svg).contains("height=\"190.0\"").contains("height=\"95.0\"").contains("<title>b: 5</title>");
  }

  @Test
  void should_thin_many_short_labels_so_that_none_overlap() {
    // GIVEN: 60 months in 802 pixels, 13 pixels each, a label 46 pixels wide
    List<String> months = IntStream.range(0, 60).mapToObj(m -> String.format("%d-%02d", 2020 + m / 12, m % 12 + 1)).toList();
    // WHEN
    String svg = CHART.bars(months, Collections.nCopies(60, 1.0));
    // THEN
    Matcher shown = Pattern.compile("<text x=\"([^\"]+)\" y=\"[^\"]+\" font-size=\"11\" text-anchor=\"middle\">([^<]+)</text>")
        .matcher(svg);
    List<Double> xs = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    while (shown.find()) {
      xs.add(Double.parseDouble(shown.group(1)));
      texts.add(shown.group(2));
    }
    assertThat(texts).as("labels shown").hasSizeBetween(5, 20).startsWith("2020-01");
    for (int i = 1; i < xs.size(); i++) {
      assertThat(xs.get(i) - xs.get(i - 1)).as("gap between %s and %s", texts.get(i - 1), texts.get(i))
          .isGreaterThanOrEqualTo(XLabels.width(texts.get(i)));
    }
  }

  @Test
  void should_turn_and_cut_long_labels_with_the_full_text_on_hover() {
    // GIVEN: 17 columns with long names, as penguins_raw has
    List<String> names = IntStream.range(0, 17).mapToObj(i -> "Culmen Length (mm) " + i).toList();
    // WHEN
    String svg = CHART.bars(names, Collections.nCopies(17, 2.0));
    // THEN
    assertThat(svg.split("rotate\\(-45", -1)).as("every label turned").hasSize(18);
    assertThat(svg).contains("<title>Culmen Length (mm) 16</title>Culmen Length (mm)…</text>");
  }

  @Test
  void should_draw_two_series_side_by_side_with_a_legend() {
    // GIVEN
    Map<String, List<Double>> shares = new LinkedHashMap<>();
    shares.put("training", List.of(0.5, 0.5));
    shares.put("2023-07", List.of(0.25, 0.75));
    // WHEN
    String svg = SvgChart.of("temperature_c", "bin", "share of rows").groupedBars(List.of("< 20", ">= 20"), shares);
    // THEN
    assertThat(attributes(svg, "<title>(training|2023-07), ")).as("bars per series")
        .containsExactly("training", "training", "2023-07", "2023-07");
    assertThat(attributes(svg, "class=\"legend\"[^>]*>([^<]+)<")).containsExactly("training", "2023-07");
  }

  @Test
  void should_refuse_bad_input_naming_the_chart() {
    Map<String, List<Double>> nan = Map.of("psi", List.of(0.1, Double.NaN));
    assertThatThrownBy(() -> CHART.lines(List.of("Jan"), Map.of("psi", List.of(0.1, 0.2))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("chart 'Scores': 1 labels but 2 values in series 'psi'");
    assertThatThrownBy(() -> CHART.lines(List.of("Jan", "Feb"), nan))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("chart 'Scores': value of 'Feb' in series 'psi' is NaN");
    assertThatThrownBy(() -> CHART.bars(List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("chart 'Scores': no values to draw");
    assertThatThrownBy(() -> SvgChart.of("Scores", "month", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("chart 'Scores': needs a title and two axis titles");
  }

  @Test
  void should_place_a_value_exactly_on_its_tick() {
    // WHEN: ticks 0, 200, ..., 1200
    String svg = CHART.bars(List.of("weight"), List.of(1137.0));
    // THEN
    List<String> ticks = attributes(svg, "<text class=\"tick\"[^>]*>([^<]+)<");
    assertThat(ticks).containsExactly("0", "500", "1000", "1500");
    double top = Double.parseDouble(attributes(svg, "<rect x=\"[^\"]+\" y=\"([^\"]+)\"").get(0));
    assertThat(top).as("bar top").isCloseTo(ChartFrame.BOTTOM - ChartFrame.PLOT_HEIGHT * 1137 / 1500.0, within(0.06));
  }

  private static List<String> attributes(String svg, String regex) {
    Matcher m = Pattern.compile(regex).matcher(svg);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
