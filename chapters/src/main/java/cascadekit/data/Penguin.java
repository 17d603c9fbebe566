package cascadekit.data;

/**
 * One penguin from {@code penguins/penguins.csv} (Palmer Station LTER, CC0).
 *
 * @param line the 1-based line of the file this row was read from
 * @param species Adelie, Chinstrap or Gentoo
 * @param island where the penguin was measured
 * @param billLengthMm bill (culmen) length in millimetres
 * @param billDepthMm bill (culmen) depth in millimetres
 * @param flipperLengthMm flipper length in millimetres
 * @param bodyMassG body mass in grams
 * @param sex male, female, or NA when not recorded
 * @param year the field season: 2007, 2008 or 2009
 */
public record Penguin(
    long line,
    String species,
    String island,
    double billLengthMm,
    double billDepthMm,
    double flipperLengthMm,
    double bodyMassG,
    String sex,
    int year) {

  /** Returns the four body measurements, in the order of the record's fields. */
  public double[] measurements() {
    return new double[] {billLengthMm, billDepthMm, flipperLengthMm, bodyMassG};
  }

  /** Returns a copy with another body mass, as a defect or a repair would leave it. */
  public Penguin withBodyMassG(double grams) {
    return new Penguin(
        line, species, island, billLengthMm, billDepthMm, flipperLengthMm, grams, sex, year);
  }
}
