package cascadekit.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What only a person can say about a dataset for its Croissant file: the fields Croissant 1.0
 * requires besides the files and their schema, which come from the data.
 *
 * @param name the dataset's name, such as {@code clinic-visits}
 * @param description what the dataset holds, in a sentence or two
 * @param license the licence's URL, such as {@code https://spdx.org/licenses/CC0-1.0.html}
 * @param url the dataset's web page
 * @param creators who made it
 * @param datePublished when it was published
 */
public record CroissantCard(
    String name,
    String description,
    String license,
    String url,
    List<Creator> creators,
    LocalDate datePublished) {
  /**
   * A creator of the dataset.
   *
   * @param type {@code sc:Person} or {@code sc:Organization}
   * @param name the person's or organisation's name
   */
  public record Creator(String type, String name) {
    /** Returns a person. */
    public static Creator person(String name) {
      return new Creator("sc:Person", name);
    }

    /** Returns an organisation. */
    public static Creator organization(String name) {
      return new Creator("sc:Organization", name);
    }
  }

  /** Refuses a missing or blank required field, naming it. */
  public CroissantCard {
    require(name, "name");
    require(description, "description");
    require(license, "license");
    require(url, "url");
    creators = List.copyOf(creators);
    if (creators.isEmpty()) {
      throw new IllegalArgumentException("Croissant requires a creator; none given");
    }
    if (datePublished == null) {
      throw new IllegalArgumentException("Croissant requires a datePublished; none given");
    }
  }

  private static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Croissant requires a " + field + "; it is blank");
    }
  }
}
