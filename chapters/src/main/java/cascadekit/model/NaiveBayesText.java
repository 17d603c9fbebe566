package cascadekit.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A multinomial naive Bayes text classifier on a bag of words: the smallest text model that
 * still learns what its labels teach it, mistakes included.
 *
 * <p>A text is lower-cased and split into words ({@code [a-z']+}). Training counts each word per
 * class; {@code P(word | class)} is (count + 1) / (class words + vocabulary), Laplace smoothing
 * so an unseen word never zeroes a class. A text's class probabilities are {@code P(class) *
 * prod P(word | class)}, normalised, computed in logs.
 *
 * <pre>{@code
 * NaiveBayesText model = NaiveBayesText.fit(texts, labels, List.of("positive", "negative"));
 * model.predict("The kettle arrived broken!");   // => "negative"
 * }</pre>
 */
public final class NaiveBayesText {
  private final List<String> classes;
  private final double[] logPriors;
  private final List<Map<String, Double>> logLikelihoods;
  private final double[] logUnseen;

  private NaiveBayesText(
      List<String> classes, double[] logPriors, List<Map<String, Double>> logLikelihoods, double[] logUnseen) {
    this.classes = classes;
    this.logPriors = logPriors;
    this.logLikelihoods = logLikelihoods;
    this.logUnseen = logUnseen;
  }

  /** Returns a model trained on {@code texts} and their labels, over {@code classes} in order. */
  public static NaiveBayesText fit(List<String> texts, List<String> labels, List<String> classes) {
    if (texts.isEmpty() || texts.size() != labels.size()) {
      throw new IllegalArgumentException(
          "need one label per text and at least one text: " + texts.size() + " texts, "
              + labels.size() + " labels");
    }
    List<Map<String, Integer>> counts = new ArrayList<>();
    classes.forEach(c -> counts.add(new HashMap<>()));
    Map<String, Integer> vocabulary = new HashMap<>();
    int[] documents = new int[classes.size()];
    int[] words = new int[classes.size()];
    for (int i = 0; i < texts.size(); i++) {
      int k = classes.indexOf(labels.get(i));
      if (k < 0) {
        throw new IllegalArgumentException("label '" + labels.get(i) + "' of text " + i + " is not in " + classes);
      }
      documents[k]++;
      for (String word : words(texts.get(i))) {
        counts.get(k).merge(word, 1, Integer::sum);
        vocabulary.merge(word, 1, Integer::sum);
        words[k]++;
      }
    }
    double[] logPriors = new double[classes.size()];
    double[] logUnseen = new double[classes.size()];
    List<Map<String, Double>> logLikelihoods = new ArrayList<>();
    for (int k = 0; k < classes.size(); k++) {
      // Laplace smoothing on the prior too, so a class with no training text stays possible.
      logPriors[k] = Math.log((documents[k] + 1.0) / (texts.size() + classes.size()));
      double denominator = words[k] + vocabulary.size();
      logUnseen[k] = Math.log(1 / denominator);
      Map<String, Double> logs = new HashMap<>();
      counts.get(k).forEach((word, n) -> logs.put(word, Math.log((n + 1) / denominator)));
      logLikelihoods.add(logs);
    }
    return new NaiveBayesText(List.copyOf(classes), logPriors, logLikelihoods, logUnseen);
  }

  /** Returns the probability of each class for {@code text}, in the order of the classes. */
  public double[] probabilities(String text) {
    double[] log = logPriors.clone();
    for (String word : words(text)) {
      for (int k = 0; k < log.length; k++) {
        log[k] += logLikelihoods.get(k).getOrDefault(word, logUnseen[k]);
      }
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double value : log) {
      max = Math.max(max, value);
    }
    double total = 0;
    for (int k = 0; k < log.length; k++) {
      log[k] = Math.exp(log[k] - max);
      total += log[k];
    }
    for (int k = 0; k < log.length; k++) {
      log[k] /= total;
    }
    return log;
  }

  /** Returns the most probable class for {@code text}; ties go to the first class. */
  public String predict(String text) {
    double[] p = probabilities(text);
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      if (p[k] > p[best]) {
        best = k;
      }
    }
    return classes.get(best);
  }

  /** Returns one prediction per text, in order. */
  public List<String> predictAll(List<String> texts) {
    return texts.stream().map(this::predict).toList();
  }

  /** Returns the words of {@code text}: lower-cased runs of letters and apostrophes. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}
