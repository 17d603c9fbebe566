package cascadekit.document;

import java.util.List;

/**
 * The questions a kit datasheet answers: 28 of the 59 in <i>Datasheets for Datasets</i> (Gebru et
 * al., v8), in the paper's words and order, at least three in each of its seven sections. Nine are
 * answered from the data ({@link Source#DATA}); the others only a person can answer.
 */
public final class DatasheetQuestions {
  /** Who answers a question. */
  public enum Source {
    /** Figures computed from the files, followed by a person's note when there is one. */
    DATA,
    /** Only a person: the answers file must hold it, or the datasheet shows a TODO. */
    PERSON
  }

  /**
   * One question.
   *
   * @param section the section's heading, such as {@code Composition}
   * @param id the short name the answers file uses, such as {@code instances}
   * @param text the question as the paper asks it
   * @param source who answers it
   */
  public record Question(String section, String id, String text, Source source) {}

  /** The seven sections, in the paper's order. */
  public static final List<String> SECTIONS = List.of("Motivation", "Composition", "Collection process",
      "Preprocessing/cleaning/labeling", "Uses", "Distribution", "Maintenance");

  /** How many questions the paper asks in all. */
  public static final int IN_THE_PAPER = 59;

  /** The questions, section by section. */
  public static final List<Question> ALL = List.of(
      person("Motivation", "purpose", "For what purpose was the dataset created?"),
      person("Motivation", "creators", "Who created the dataset (e.g., which team, research group) and on behalf of"
          + " which entity (e.g., company, institution, organization)?"),
      person("Motivation", "funding", "Who funded the creation of the dataset?"),
      person("Composition", "instances", "What do the instances that comprise the dataset represent (e.g.,"
          + " documents, photos, people, countries)?"),
      data("Composition", "count", "How many instances are there in total (of each type, if appropriate)?"),
      person("Composition", "sample", "Does the dataset contain all possible instances or is it a sample (not"
          + " necessarily random) of instances from a larger set?"),
      data("Composition", "fields", "What data does each instance consist of?"),
      data("Composition", "label", "Is there a label or target associated with each instance?"),
      data("Composition", "missing", "Is any information missing from individual instances?"),
      person("Composition", "splits", "Are there recommended data splits (e.g., training, development/validation,"
          + " testing)?"),
      data("Composition", "errors", "Are there any errors, sources of noise, or redundancies in the dataset?"),
      person("Composition", "individuals", "Is it possible to identify individuals (i.e., one or more natural"
          + " persons), either directly or indirectly (i.e., in combination with other data) from the dataset?"),
      person("Collection process", "acquired", "How was the data associated with each instance acquired?"),
      person("Collection process", "who", "Who was involved in the data collection process (e.g., students,"
          + " crowdworkers, contractors) and how were they compensated (e.g., how much were crowdworkers paid)?"),
      data("Collection process", "timeframe", "Over what timeframe was the data collected?"),
      person("Collection process", "ethics", "Were any ethical review processes conducted (e.g., by an"
          + " institutional review board)?"),
      data("Preprocessing/cleaning/labeling", "preprocessing", "Was any preprocessing/cleaning/labeling of the"
          + " data done (e.g., discretization or bucketing, tokenization, part-of-speech tagging, SIFT feature"
          + " extraction, removal of instances, processing of missing values)?"),
      data("Preprocessing/cleaning/labeling", "raw", "Was the \"raw\" data saved in addition to the"
          + " preprocessed/cleaned/labeled data (e.g., to support unanticipated future uses)?"),
      person("Preprocessing/cleaning/labeling", "software", "Is the software that was used to"
          + " preprocess/clean/label the data available?"),
      person("Uses", "used", "Has the dataset been used for any tasks already?"),
      person("Uses", "tasks", "What (other) tasks could the dataset be used for?"),
      person("Uses", "not", "Are there tasks for which the dataset should not be used?"),
      person("Distribution", "how", "How will the dataset be distributed (e.g., tarball on website, API,"
          + " GitHub)?"),
      person("Distribution", "license", "Will the dataset be distributed under a copyright or other intellectual"
          + " property (IP) license, and/or under applicable terms of use (ToU)?"),
      person("Distribution", "restrictions", "Have any third parties imposed IP-based or other restrictions on"
          + " the data associated with the instances?"),
      person("Maintenance", "maintainer", "Who will be supporting/hosting/maintaining the dataset?"),
      person("Maintenance", "updates", "Will the dataset be updated (e.g., to correct labeling errors, add new"
          + " instances, delete instances)?"),
      data("Maintenance", "versions", "Will older versions of the dataset continue to be"
          + " supported/hosted/maintained?"));

  private DatasheetQuestions() {}

  private static Question person(String section, String id, String text) {
    return new Question(section, id, text, Source.PERSON);
  }

  private static Question data(String section, String id, String text) {
    return new Question(section, id, text, Source.DATA);
  }
}
