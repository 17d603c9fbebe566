package cascadekit.data.synth;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws loan applications: applicants with a hidden risk of their own, who apply one to three
 * times, months apart. Whether a loan defaulted depends on the application and on that hidden risk,
 * so an applicant's applications share their fate; {@code collections_flag} is filled in after the
 * outcome and nearly copies it.
 */
final class LoanSampler {
  /** The file header; {@code applied_at} must stay third, the generator sorts on it. */
  static final List<String> HEADER =
      List.of(
          "application_id",
          "applicant_id",
          "applied_at",
          "age",
          "income",
          "employment_years",
          "credit_score",
          "amount",
          "term_months",
          "purpose",
          "collections_flag",
          "defaulted");

  private static final String[] PURPOSES = {
    "car", "home_improvement", "debt_consolidation", "education", "medical", "business"
  };
  private static final double[] PURPOSE_RISK = {0.0, -0.2, 0.3, 0.1, 0.4, 0.6};
  private static final LocalDateTime FIRST = LocalDateTime.of(2021, 1, 4, 8, 0);
  private static final LocalDateTime LAST = LocalDateTime.of(2023, 12, 31, 0, 0);

  private final Draw draw;

  LoanSampler(Draw draw) {
    this.draw = draw;
  }

  /** Returns the applications of one applicant, in time order, without application ids. */
  List<List<String>> applicant(String applicantId) {
    int age = draw.between(21, 68);
    double income = Math.exp(draw.normal(Math.log(48000), 0.45));
    int employment = Math.min(age - 18, draw.between(0, 25));
    double score = Math.max(320, Math.min(840, draw.normal(660, 70)));
    double risk = draw.normal(0, 1.0);
    int applications = 1 + draw.weighted(80, 15, 5);
    LocalDateTime at = FIRST.plusDays(draw.between(0, 900)).plusSeconds(draw.between(0, 36000));
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < applications && at.isBefore(LAST); i++) {
      rows.add(application(applicantId, at, age, income, employment, score, risk));
      int days = draw.between(30, 400);
      at = at.plusDays(days).withHour(8).plusSeconds(draw.between(0, 36000));
      age += days / 365;
      income *= 1 + draw.normal(0.02, 0.05);
      score = Math.max(320, Math.min(840, score + draw.normal(0, 20)));
    }
    return rows;
  }

  private List<String> application(
      String applicantId,
      LocalDateTime at,
      int age,
      double income,
      int employment,
      double score,
      double risk) {
    int purpose = draw.weighted(25, 15, 30, 10, 8, 12);
    int term = draw.pick(12, 24, 36, 60);
    double amount = Math.round(income * Math.max(0.05, draw.normal(0.3, 0.12)) / 100) * 100.0;
    double z =
        -2.0
            - 0.012 * (score - 660)
            + 4.0 * (amount / income - 0.3)
            - 0.04 * employment
            + PURPOSE_RISK[purpose]
            + 0.8 * risk;
    boolean defaulted = draw.chance(1 / (1 + Math.exp(-z)));
    boolean collections = draw.chance(defaulted ? 0.92 : 0.01);
    return new ArrayList<>(
        List.of(
            "",
            applicantId,
            SensorSampler.TIMESTAMP.format(at),
            Integer.toString(age),
            Draw.fixed(Math.round(income / 100) * 100.0, 0),
            Integer.toString(employment),
            Draw.fixed(score, 0),
            Draw.fixed(amount, 0),
            Integer.toString(term),
            PURPOSES[purpose],
            collections ? "1" : "0",
            defaulted ? "1" : "0"));
  }
}
