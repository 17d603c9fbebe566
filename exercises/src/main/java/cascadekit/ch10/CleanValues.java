package cascadekit.ch10;

import tech.tablesaw.api.Table;

/**
 * Exercise 10.clean-values: district, variety and enumerator names written one way each.
 *
 * <p>The visits come as {@code LoadVisits} gives them (the test gives you each season: every
 * row, text as written). Enumerators typed districts and seed varieties by hand ({@code
 * bouaké}, {@code Seguela}, {@code YAMOUSSOUKRO}, {@code EV8728}, {@code Local }), and one
 * export of tool A turned accented names into mojibake ({@code BouakÃ©}, {@code JÃ©rÃ´me
 * TraorÃ©}). The canonical values: districts Daloa, Bouaké, Gagnoa, Séguéla, Yamoussoukro;
 * varieties Obatanpa, EV 8728, DK 8031, Local. Use the toolbox's audited steps ({@code
 * cascadekit.clean}, {@code Mojibake}); which steps, and in which order, is yours.
 *
 * <p>Task 1. Repair the mojibake in {@code district} and {@code enumerator}, on a copy, every row
 * kept in order. Graded: at least 95% of the 40 mojibake cells equal the truth (the reference:
 * 100%); the input table unchanged; the same visit ids, in the same order.
 * <pre>{@code
 * "BouakÃ©"   // => "Bouaké"
 * }</pre>
 *
 * <p>Task 2. Map every spelling of a district and a variety to its canonical value. Graded: at
 * least 95% of the 120 misspelt cells equal the truth, and at least 99.9% of all district,
 * variety and enumerator cells that are not missing (the reference: 100% of both; the table as
 * given: 98.2%).
 * <pre>{@code
 * "Seguela", "SÉGUÉLA", "Séguéla "   // => "Séguéla"
 * "EV8728", "ev 8728"                // => "EV 8728"
 * }</pre>
 */
public final class CleanValues {
  private CleanValues() {}

  /** Returns a copy of {@code visits} with every known spelling made canonical; no row dropped. */
  public static Table clean(Table visits) {
    // TODO: tasks 1-2: repair the mojibake, then map the spellings, on a copy.
    throw new UnsupportedOperationException(
        "10.clean-values: CleanValues.clean is not written yet; do task 1, then ./kit check 10.clean-values");
  }
}
