package cascadekit.data.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * The small table every file of {@code encodings} holds: twelve clinic cities, most with a letter
 * outside ASCII, every letter one Windows-1252 can encode. Visits and waiting times are drawn from
 * the seed; cities and managers are fixed.
 */
final class CitiesTable {
  /** The table's header: six columns. */
  static final List<String> HEADER =
      List.of("id", "city", "country", "manager", "visits", "mean_wait_min");

  private static final String[][] CITIES = {
    {"Zürich", "Switzerland", "Jürg Meier"},
    {"São Paulo", "Brazil", "João Pereira"},
    {"Kraków", "Poland", "Zofia Wójcik"},
    {"Ñuñoa", "Chile", "Martín Muñoz"},
    {"Malmö", "Sweden", "Åsa Lindström"},
    {"Reykjavík", "Iceland", "Guðrún Jónsdóttir"},
    {"Besançon", "France", "Renée Faure"},
    {"Bogotá", "Colombia", "Andrés Gómez"},
    {"Düsseldorf", "Germany", "Jörg Schäfer"},
    {"Ålesund", "Norway", "Øyvind Bråten"},
    {"Córdoba", "Argentina", "Inés Peña"},
    {"Oslo", "Norway", "Kari Nordmann"}
  };

  private CitiesTable() {}

  /** Returns the table's rows, e.g. {@code [1, Zürich, Switzerland, Jürg Meier, 1204, 12.5]}. */
  static List<List<String>> rows(Draw draw) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < CITIES.length; i++) {
      rows.add(
          List.of(
              Integer.toString(i + 1),
              CITIES[i][0],
              CITIES[i][1],
              CITIES[i][2],
              Integer.toString(draw.between(300, 2500)),
              Draw.fixed(Math.max(2, draw.normal(18, 6)), 1)));
    }
    return rows;
  }

  /** Returns {@code rows} as mojibake: every value's UTF-8 bytes read as Windows-1252. */
  static List<List<String>> mojibake(List<List<String>> rows) {
    return rows.stream().map(row -> row.stream().map(Mojibake::of).toList()).toList();
  }
}
