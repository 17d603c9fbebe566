package cascadekit.model;

import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A k-nearest-neighbours classifier: it keeps every training row and scores a new row by the share
 * of its k nearest training rows (Euclidean distance; on equal distance the earlier training row
 * wins) that carry a label. It memorises, which is the point here: a test row whose copy, or whose
 * applicant's other application, sits in training finds it among its neighbours and borrows its
 * label. Scale the rows first ({@link Scaler}): the model uses them as given.
 *
 * <pre>{@code
 * NearestNeighbours model = NearestNeighbours.fit(rows, labels, 15);
 * double risk = model.share(row, "1");   // share of the 15 nearest that defaulted
 * }</pre>
 */
public final class NearestNeighbours {
  private final List<double[]> rows;
  private final List<String> labels;
  private final int k;

  private NearestNeighbours(List<double[]> rows, List<String> labels, int k) {
    this.rows = rows;
    this.labels = labels;
    this.k = k;
  }

  /** Returns a model over {@code rows} and their labels, voting with {@code k} neighbours. */
  public static NearestNeighbours fit(List<double[]> rows, List<String> labels, int k) {
    if (rows.isEmpty() || rows.size() != labels.size()) {
      throw new IllegalArgumentException(
          "need one label per row and at least one row, got " + rows.size() + " rows and " + labels.size() + " labels");
    }
    if (k < 1 || k > rows.size()) {
      throw new IllegalArgumentException("k must be 1 to " + rows.size() + " (the training rows), got " + k);
    }
    return new NearestNeighbours(List.copyOf(rows), List.copyOf(labels), k);
  }

  /** Returns the share of the k training rows nearest to {@code row} labelled {@code label}. */
  public double share(double[] row, String label) {
    int votes = 0;
    for (int neighbour : nearest(row)) {
      votes += labels.get(neighbour).equals(label) ? 1 : 0;
    }
    return (double) votes / k;
  }

  /** Returns the label most of the k nearest training rows carry; a tie goes to the label that sorts first. */
  public String predict(double[] row) {
    SortedMap<String, Integer> votes = new TreeMap<>();
    for (int neighbour : nearest(row)) {
      votes.merge(labels.get(neighbour), 1, Integer::sum);
    }
    int most = Collections.max(votes.values());
    return votes.entrySet().stream().filter(e -> e.getValue() == most).findFirst().orElseThrow().getKey();
  }

  /** Returns the indexes of the k training rows nearest to {@code row}. */
  private List<Integer> nearest(double[] row) {
    // a max-heap of the k nearest so far: {distance, index}, the farthest (then latest) on top
    PriorityQueue<double[]> nearest = new PriorityQueue<>(
        (a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(b[1], a[1]));
    for (int i = 0; i < rows.size(); i++) {
      double[] candidate = {Scaler.squaredDistance(row, rows.get(i)), i};
      if (nearest.size() < k) {
        nearest.add(candidate);
      } else if (candidate[0] < nearest.peek()[0]) {
        nearest.poll();
        nearest.add(candidate);
      }
    }
    return nearest.stream().map(n -> (int) n[1]).toList();
  }

  /** Returns {@link #share} for each row, in order. */
  public double[] shares(List<double[]> rows, String label) {
    double[] shares = new double[rows.size()];
    for (int i = 0; i < shares.length; i++) {
      shares[i] = share(rows.get(i), label);
    }
    return shares;
  }
}
