package cascadekit.data.synth;

import cascadekit.data.CropSurvey;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws the true visits of {@code crop-survey}: maize plots in five districts, each visited in the
 * 2024 long rains (season 1, April-July) and short rains (season 2, September-November), some twice
 * in a season. The disease depends on rainfall, variety, irrigation and the plot's own hidden
 * susceptibility, so a plot's visits share their fate; it cuts the yield; the treatment is chosen
 * after the diagnosis and nearly copies it. Season 2 is drier, and Séguéla is barely visited.
 */
final class CropSampler {
  static final List<String> DISTRICTS =
      List.of("Daloa", "Bouaké", "Gagnoa", "Séguéla", "Yamoussoukro");

  /** Two enumerators per district, in district order; enumerator {@code i} carries tablet i+1. */
  static final List<String> ENUMERATORS =
      List.of(
          "Aïcha Koné",
          "Yao Kouadio",
          "Désiré Kouassi",
          "Mariam Ouattara",
          "Hervé Gnagne",
          "Adjoua N'Guessan",
          "Sékou Diabaté",
          "Fatou Bamba",
          "Jérôme Traoré",
          "Koffi Brou");

  /** The enumerators who used tool B in season 1. */
  static final List<String> TOOL_B =
      List.of("Aïcha Koné", "Désiré Kouassi", "Hervé Gnagne", "Sékou Diabaté");

  static final List<String> VARIETIES = List.of("Obatanpa", "EV 8728", "DK 8031", "Local");
  static final List<String> LABELS = CropSurvey.CLASSES;
  static final String DROPPED_DISTRICT = "Séguéla";
  static final int PLOTS = 1680;

  private static final double[][] CENTRES = {
    {6.877, -6.450}, {7.690, -5.030}, {6.131, -5.951}, {7.961, -6.673}, {6.820, -5.276}
  };
  private static final double[] RAIN_OFFSET = {40, -30, 60, -50, 0};
  private static final double[] BASE_YIELD = {2600, 3000, 3400, 1700};
  private static final double[] DISEASE_LOSS = {1.0, 0.78, 0.62, 0.5};
  private static final String[] TREATMENTS = {"none", "fungicide", "fungicide", "roguing"};
  private static final LocalDate[] SEASON_START = {
    LocalDate.of(2024, 4, 8), LocalDate.of(2024, 9, 9)
  };
  private static final LocalDate[] SEASON_END = {
    LocalDate.of(2024, 7, 31), LocalDate.of(2024, 11, 29)
  };

  private record Plot(
      String id,
      int district,
      int enumerator,
      double lat,
      double lon,
      double area,
      int variety,
      boolean irrigated,
      double fertiliserRate,
      double susceptibility) {}

  private final Draw draw;

  CropSampler(Draw draw) {
    this.draw = draw;
  }

  /**
   * Returns every true visit as a truth row ({@link CropColumn} values, season, file, label), in
   * time order.
   */
  List<List<String>> sample() {
    List<List<String>> rows = new ArrayList<>();
    for (int p = 1; p <= PLOTS; p++) {
      Plot plot = plot(String.format("P%04d", p));
      for (int season = 1; season <= 2; season++) {
        boolean dropped = season == 2 && DISTRICTS.get(plot.district()).equals(DROPPED_DISTRICT);
        if (draw.chance(dropped ? 0.12 : season == 1 ? 0.85 : 0.8)) {
          LocalDate day =
              SEASON_START[season - 1].plusDays(draw.between(0, season == 1 ? 100 : 70));
          rows.add(visit(plot, season, day));
          LocalDate followUp = day.plusDays(draw.between(14, 40));
          if (draw.chance(0.2) && !followUp.isAfter(SEASON_END[season - 1])) {
            rows.add(visit(plot, season, followUp));
          }
        }
      }
    }
    rows.sort(
        Comparator.comparing((List<String> r) -> CropColumn.VISITED_AT.of(r))
            .thenComparing(CropColumn.PLOT_ID::of));
    for (int r = 0; r < rows.size(); r++) {
      rows.get(r).set(CropColumn.VISIT_ID.ordinal(), String.format("CS%05d", r + 1));
    }
    return rows;
  }

  private Plot plot(String id) {
    int district = draw.between(0, DISTRICTS.size() - 1);
    return new Plot(
        id,
        district,
        2 * district + draw.between(0, 1),
        CENTRES[district][0] + draw.normal(0, 0.12),
        CENTRES[district][1] + draw.normal(0, 0.12),
        Math.min(6, Math.max(0.1, Math.exp(draw.normal(Math.log(0.8), 0.5)))),
        draw.weighted(35, 25, 15, 25),
        draw.chance(0.15),
        draw.chance(0.3) ? 0 : Math.max(10, draw.normal(110, 35)),
        draw.normal(0, 1));
  }

  private List<String> visit(Plot plot, int season, LocalDate day) {
    LocalDateTime at = day.atTime(draw.between(7, 16), draw.between(0, 59));
    double rain =
        Math.max(
            40,
            draw.normal(
                (season == 1 ? 430 : 270) + RAIN_OFFSET[plot.district()], season == 1 ? 80 : 60));
    int label = label(plot, season, rain);
    double perHa =
        BASE_YIELD[plot.variety()]
            * (1 + 0.25 * Math.min(plot.fertiliserRate() / 100, 1.5))
            * Math.sqrt(Math.min(1, rain / 380))
            * (plot.irrigated() ? 1.15 : 1)
            * DISEASE_LOSS[label]
            * Math.exp(draw.normal(0, 0.15));
    double fertiliser = plot.fertiliserRate() * plot.area() * Math.max(0.5, draw.normal(1, 0.1));
    int treatment = draw.chance(0.94) ? label : draw.between(0, LABELS.size() - 1);
    String enumerator = ENUMERATORS.get(plot.enumerator());
    String file =
        season == 2
            ? "season2/tool-a.csv"
            : TOOL_B.contains(enumerator) ? "season1/tool-b.csv" : "season1/tool-a.csv";
    return new ArrayList<>(
        List.of(
            "",
            plot.id(),
            DISTRICTS.get(plot.district()),
            enumerator,
            String.format("TAB-%02d", plot.enumerator() + 1),
            SensorSampler.TIMESTAMP.format(at),
            Draw.fixed(plot.lat() + draw.normal(0, 0.0003), 5),
            Draw.fixed(plot.lon() + draw.normal(0, 0.0003), 5),
            Draw.fixed(plot.area(), 2),
            "ha",
            Draw.fixed(perHa * plot.area(), 0),
            "kg",
            Draw.fixed(fertiliser, 0),
            VARIETIES.get(plot.variety()),
            plot.irrigated() ? "yes" : "no",
            Draw.fixed(rain, 0),
            TREATMENTS[treatment],
            Integer.toString(season),
            file,
            LABELS.get(label)));
  }

  /**
   * Draws the disease: blight likes rain and irrigation, rust spares DK 8031, mosaic likes Local
   * seed.
   */
  private int label(Plot plot, int season, double rain) {
    double s = plot.susceptibility();
    double[] scores = {
      1.3,
      -0.1 + 0.8 * s + (plot.variety() == 2 ? -1.2 : 0) + (season == 2 ? 0.3 : 0),
      -0.6 + 0.006 * (rain - 380) + 0.8 * s + (plot.irrigated() ? 0.6 : 0),
      -1.0 + (plot.variety() == 3 ? 1.2 : 0) + 0.6 * s
    };
    double[] weights = new double[scores.length];
    for (int i = 0; i < scores.length; i++) {
      weights[i] = Math.exp(scores[i]);
    }
    return draw.weighted(weights);
  }
}
