package cascadekit.data.synth;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Draws the true clinic visits: patients with stable names, sex, birth dates and heights, each seen
 * on distinct days at a home clinic (sometimes another), sorted by date and numbered.
 */
final class VisitSampler {
  /** The clinics; all but Oslo have a letter outside ASCII, so mojibake shows. */
  static final List<String> CLINICS =
      List.of("Zürich", "São Paulo", "Kraków", "Ñuñoa", "Malmö", "Oslo");

  private static final String[] WOMEN = {
    "Anna", "Zoë", "Chloé", "Amara", "Mei", "Inés", "Ana", "Priya", "Agnieszka", "Fatima"
  };
  private static final String[] MEN = {
    "José", "Björn", "Søren", "Lukas", "Olusegun", "François", "Jan", "Mateo", "Noah", "Jürgen"
  };
  private static final String[] LAST_NAMES = {
    "Müller", "Núñez", "García", "Kowalczyk", "Nowak", "Søndergaard", "Björk", "Çelik", "Öztürk",
    "Gonçalves", "Dvořák", "Smith", "Okafor", "Nguyen", "Tanaka", "Silva", "Costa", "Jensen",
    "Peña", "Weiß"
  };
  private static final String[] DIAGNOSES = {
    "J06.9", "I10", "E11.9", "M54.5", "K21.9", "Z00.0", "F41.1", "J45.9"
  };
  private static final double[] DIAGNOSIS_WEIGHTS = {25, 15, 12, 14, 8, 14, 6, 6};
  private static final String[] NOTES = {
    "",
    "Follow-up in 2 weeks",
    "BP 135/85, recheck next visit",
    "Patient says \"much better\"",
    "Referred to physiotherapy",
    "Prescription renewed, no side effects reported",
    "Fasting glucose ordered",
    "Interpreter present (Portuguese)",
    "Lab results pending.\nCall patient when back"
  };
  private static final double[] NOTE_WEIGHTS = {35, 12, 10, 6, 8, 10, 8, 4, 1};
  private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 3);
  private static final int DAYS = 728;

  private record Patient(
      String id, String name, String sex, LocalDate born, int heightCm, double bmi, int clinic) {}

  private record Visit(Patient patient, LocalDate date) {}

  private final Draw draw;

  VisitSampler(Draw draw) {
    this.draw = draw;
  }

  /** Returns {@code visits} true visit rows by {@code patients} patients, in date order. */
  List<List<String>> sample(int patients, int visits) {
    List<Patient> people = new ArrayList<>();
    for (int i = 1; i <= patients; i++) {
      people.add(patient(String.format("P%04d", i)));
    }
    Set<String> seen = new HashSet<>();
    List<Visit> drawn = new ArrayList<>();
    while (drawn.size() < visits) {
      Visit visit = new Visit(draw.pick(people), FIRST_DAY.plusDays(draw.between(0, DAYS)));
      if (seen.add(visit.patient().id() + visit.date())) {
        drawn.add(visit);
      }
    }
    drawn.sort(Comparator.comparing(Visit::date).thenComparing(v -> v.patient().id()));
    List<List<String>> rows = new ArrayList<>();
    for (Visit visit : drawn) {
      rows.add(row(String.format("V%05d", rows.size() + 1), visit));
    }
    return rows;
  }

  private Patient patient(String id) {
    String sex = draw.pick("F", "M");
    LocalDate born = LocalDate.of(1930, 1, 1).plusDays(draw.between(0, 75 * 365));
    double height = sex.equals("F") ? draw.normal(163, 7) : draw.normal(177, 7);
    double bmi = Math.max(17, Math.min(45, draw.normal(26, 4)));
    String name = draw.pick(sex.equals("F") ? WOMEN : MEN) + " " + draw.pick(LAST_NAMES);
    return new Patient(
        id, name, sex, born, (int) Math.round(height), bmi, draw.weighted(30, 20, 15, 15, 10, 10));
  }

  private List<String> row(String visitId, Visit visit) {
    Patient p = visit.patient();
    double metres = p.heightCm() / 100.0;
    double weight = p.bmi() * metres * metres + draw.normal(0, 1.5);
    int clinic = draw.chance(0.9) ? p.clinic() : draw.between(0, CLINICS.size() - 1);
    return new ArrayList<>(
        List.of(
            visitId,
            p.id(),
            p.name(),
            visit.date().toString(),
            Integer.toString(Period.between(p.born(), visit.date()).getYears()),
            Integer.toString(p.heightCm()),
            Draw.fixed(weight, 1),
            p.sex(),
            DIAGNOSES[draw.weighted(DIAGNOSIS_WEIGHTS)],
            CLINICS.get(clinic),
            NOTES[draw.weighted(NOTE_WEIGHTS)]));
  }
}
