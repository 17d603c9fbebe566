package cascadekit.data.synth;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Enters some of tool A's visits a second time, a little later in the same file and under a new
 * visit id: exactly (every other value equal), or near (same plot, enumerator and day, entered 3 to
 * 25 minutes later with a yield 1-3% off). Only rows without cell defects are copied.
 */
final class CropDuplicates {
  static final int EXACT = 40;
  static final int NEAR = 40;

  private final Draw draw;

  CropDuplicates(Draw draw) {
    this.draw = draw;
  }

  /**
   * Returns {@code dirty} with the duplicates inserted; adds one entry per duplicate naming its
   * original.
   */
  List<List<String>> insert(
      List<List<String>> dirty,
      List<Integer> allowed,
      CropCellDefects cells,
      List<ManifestEntry> manifest) {
    List<Integer> untouched =
        allowed.stream()
            .filter(
                r ->
                    !cells.isHit(r)
                        && !CropSurveyGenerator.fileOf(dirty.get(r))
                            .equals(CropSurveyGenerator.TOOL_B_FILE))
            .toList();
    List<Integer> sources = draw.sample(untouched, EXACT + NEAR);
    TreeMap<Integer, List<List<String>>> after = new TreeMap<>();
    for (int s = 0; s < sources.size(); s++) {
      List<String> copy = new ArrayList<>(dirty.get(sources.get(s)));
      String id = String.format("CS%05d", dirty.size() + s + 1);
      String original = CropColumn.VISIT_ID.of(copy);
      copy.set(CropColumn.VISIT_ID.ordinal(), id);
      boolean near = s >= EXACT;
      if (near) {
        nudge(copy);
      }
      int position = Math.min(dirty.size() - 1, sources.get(s) + draw.between(1, 150));
      after.computeIfAbsent(position, p -> new ArrayList<>()).add(copy);
      manifest.add(
          new ManifestEntry(id, "", near ? "near_duplicate" : "exact_duplicate", original));
    }
    List<List<String>> out = new ArrayList<>();
    for (int r = 0; r < dirty.size(); r++) {
      out.add(dirty.get(r));
      out.addAll(after.getOrDefault(r, List.of()));
    }
    return out;
  }

  /** Moves the visit 3-25 minutes later the same day and its yield 1-3% up or down. */
  private void nudge(List<String> row) {
    int at = CropColumn.VISITED_AT.ordinal();
    row.set(
        at,
        SensorSampler.TIMESTAMP.format(
            LocalDateTime.parse(row.get(at)).plusMinutes(draw.between(3, 25))));
    int kg = Integer.parseInt(CropColumn.YIELD.of(row));
    int change = Math.max(1, Math.round(kg * draw.between(1, 3) / 100f));
    row.set(
        CropColumn.YIELD.ordinal(), Integer.toString(kg + (draw.chance(0.5) ? change : -change)));
  }
}
