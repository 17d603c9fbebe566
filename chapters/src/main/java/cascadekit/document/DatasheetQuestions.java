package cascadekit.document;

import java.util.List;

/**
 * Every question of <i>Datasheets for Datasets</i> (Gebru et al., Communications of the ACM
 * 64(12), 2021; arXiv:1803.09010), in the paper's words and order: 59 in seven sections
 * (Motivation 4, Composition 17, Collection process 13, Preprocessing/cleaning/labeling 4, Uses 6,
 * Distribution 7, Maintenance 8). The texts are those of arXiv v8 (December 2021), which v7 words
 * the same but for two questions (v7: "Is the software used to preprocess/clean/label the
 * instances available?" and "Who is supporting/hosting/maintaining the dataset?"); the paper's
 * "How will the dataset will be distributed" is quoted as printed, curly quotes as straight ones.
 * Only the question is kept, not the prompts in italics after it. Nine are answered from the data
 * ({@link Source#DATA}); the others only a person can answer.
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

  private static final String M = "Motivation";
  private static final String C = "Composition";
  private static final String K = "Collection process";
  private static final String P = "Preprocessing/cleaning/labeling";
  private static final String U = "Uses";
  private static final String D = "Distribution";
  private static final String X = "Maintenance";
  private static final String OTHER = "Any other comments?";
  private static final String PEOPLE = "Does the dataset relate to people?";

  /** The seven sections, in the paper's order. */
  public static final List<String> SECTIONS = List.of(M, C, K, P, U, D, X);

  /** How many questions the paper asks in all. */
  public static final int IN_THE_PAPER = 59;

  /** The questions, section by section. */
  public static final List<Question> ALL = List.of(
      person(M, "purpose", "For what purpose was the dataset created?"),
      person(M, "creators", "Who created the dataset (e.g., which team, research group) and on behalf of which entity"
          + " (e.g., company, institution, organization)?"),
      person(M, "funding", "Who funded the creation of the dataset?"),
      person(M, "motivation-other", OTHER),
      person(C, "instances", "What do the instances that comprise the dataset represent (e.g., documents, photos,"
          + " people, countries)?"),
      data(C, "count", "How many instances are there in total (of each type, if appropriate)?"),
      person(C, "sample", "Does the dataset contain all possible instances or is it a sample (not necessarily"
          + " random) of instances from a larger set?"),
      data(C, "fields", "What data does each instance consist of?"),
      data(C, "label", "Is there a label or target associated with each instance?"),
      data(C, "missing", "Is any information missing from individual instances?"),
      person(C, "relationships", "Are relationships between individual instances made explicit (e.g., users'"
          + " movie ratings, social network links)?"),
      person(C, "splits", "Are there recommended data splits (e.g., training, development/validation, testing)?"),
      data(C, "errors", "Are there any errors, sources of noise, or redundancies in the dataset?"),
      person(C, "self-contained", "Is the dataset self-contained, or does it link to or otherwise rely on external"
          + " resources (e.g., websites, tweets, other datasets)?"),
      person(C, "confidential", "Does the dataset contain data that might be considered confidential (e.g., data"
          + " that is protected by legal privilege or by doctor-patient confidentiality, data that includes the"
          + " content of individuals' non-public communications)?"),
      person(C, "offensive", "Does the dataset contain data that, if viewed directly, might be offensive,"
          + " insulting, threatening, or might otherwise cause anxiety?"),
      person(C, "people", PEOPLE),
      person(C, "subpopulations", "Does the dataset identify any subpopulations (e.g., by age, gender)?"),
      person(C, "individuals", "Is it possible to identify individuals (i.e., one or more natural persons), either"
          + " directly or indirectly (i.e., in combination with other data) from the dataset?"),
      person(C, "sensitive", "Does the dataset contain data that might be considered sensitive in any way (e.g.,"
          + " data that reveals racial or ethnic origins, sexual orientations, religious beliefs, political"
          + " opinions or union memberships, or locations; financial or health data; biometric or genetic data;"
          + " forms of government identification, such as social security numbers; criminal history)?"),
      person(C, "composition-other", OTHER),
      person(K, "acquired", "How was the data associated with each instance acquired?"),
      person(K, "mechanisms", "What mechanisms or procedures were used to collect the data (e.g., hardware"
          + " apparatus or sensor, manual human curation, software program, software API)?"),
      person(K, "sampling", "If the dataset is a sample from a larger set, what was the sampling strategy (e.g.,"
          + " deterministic, probabilistic with specific sampling probabilities)?"),
      person(K, "who", "Who was involved in the data collection process (e.g., students, crowdworkers,"
          + " contractors) and how were they compensated (e.g., how much were crowdworkers paid)?"),
      data(K, "timeframe", "Over what timeframe was the data collected?"),
      person(K, "ethics", "Were any ethical review processes conducted (e.g., by an institutional review board)?"),
      person(K, "collection-people", PEOPLE),
      person(K, "third-parties", "Did you collect the data from the individuals in question directly, or obtain it"
          + " via third parties or other sources (e.g., websites)?"),
      person(K, "notified", "Were the individuals in question notified about the data collection?"),
      person(K, "consent", "Did the individuals in question consent to the collection and use of their data?"),
      person(K, "revoke", "If consent was obtained, were the consenting individuals provided with a mechanism to"
          + " revoke their consent in the future or for certain uses?"),
      person(K, "impact-analysis", "Has an analysis of the potential impact of the dataset and its use on data"
          + " subjects (e.g., a data protection impact analysis) been conducted?"),
      person(K, "collection-other", OTHER),
      data(P, "preprocessing", "Was any preprocessing/cleaning/labeling of the data done (e.g., discretization or"
          + " bucketing, tokenization, part-of-speech tagging, SIFT feature extraction, removal of instances,"
          + " processing of missing values)?"),
      data(P, "raw", "Was the \"raw\" data saved in addition to the preprocessed/cleaned/labeled data (e.g., to"
          + " support unanticipated future uses)?"),
      person(P, "software", "Is the software that was used to preprocess/clean/label the data available?"),
      person(P, "preprocessing-other", OTHER),
      person(U, "used", "Has the dataset been used for any tasks already?"),
      person(U, "repository", "Is there a repository that links to any or all papers or systems that use the"
          + " dataset?"),
      person(U, "tasks", "What (other) tasks could the dataset be used for?"),
      person(U, "impact", "Is there anything about the composition of the dataset or the way it was collected and"
          + " preprocessed/cleaned/labeled that might impact future uses?"),
      person(U, "not", "Are there tasks for which the dataset should not be used?"),
      person(U, "uses-other", OTHER),
      person(D, "third-party", "Will the dataset be distributed to third parties outside of the entity (e.g.,"
          + " company, institution, organization) on behalf of which the dataset was created?"),
      person(D, "how", "How will the dataset will be distributed (e.g., tarball on website, API, GitHub)?"),
      person(D, "when", "When will the dataset be distributed?"),
      person(D, "license", "Will the dataset be distributed under a copyright or other intellectual property (IP)"
          + " license, and/or under applicable terms of use (ToU)?"),
      person(D, "restrictions", "Have any third parties imposed IP-based or other restrictions on the data"
          + " associated with the instances?"),
      person(D, "export", "Do any export controls or other regulatory restrictions apply to the dataset or to"
          + " individual instances?"),
      person(D, "distribution-other", OTHER),
      person(X, "maintainer", "Who will be supporting/hosting/maintaining the dataset?"),
      person(X, "contact", "How can the owner/curator/manager of the dataset be contacted (e.g., email address)?"),
      person(X, "erratum", "Is there an erratum?"),
      person(X, "updates", "Will the dataset be updated (e.g., to correct labeling errors, add new instances,"
          + " delete instances)?"),
      person(X, "retention", "If the dataset relates to people, are there applicable limits on the retention of the"
          + " data associated with the instances (e.g., were individuals in question told that their data"
          + " would be retained for a fixed period of time and then deleted)?"),
      data(X, "versions", "Will older versions of the dataset continue to be supported/hosted/maintained?"),
      person(X, "extend", "If others want to extend/augment/build on/contribute to the dataset, is there a"
          + " mechanism for them to do so?"),
      person(X, "maintenance-other", OTHER));

  private DatasheetQuestions() {}

  private static Question person(String section, String id, String text) {
    return new Question(section, id, text, Source.PERSON);
  }

  private static Question data(String section, String id, String text) {
    return new Question(section, id, text, Source.DATA);
  }
}
