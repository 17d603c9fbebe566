package cascadekit.data.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * Enters some visits a second time, a little later in the file and under a new visit id: exactly,
 * or with the name in another case, with stray whitespace, or with a typo. Only rows without cell
 * defects are copied, so a duplicate differs from its original in name at most.
 */
final class ClinicDuplicates {
  private record Kind(String defect, int count, BiFunction<Draw, String, String> name) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("exact_duplicate", 30, (d, name) -> name),
          new Kind("near_duplicate_case", 10, ClinicVariants::nameCase),
          new Kind("near_duplicate_whitespace", 10, ClinicVariants::nameSpace),
          new Kind("near_duplicate_typo", 10, ClinicVariants::nameTypo));

  private final Draw draw;

  ClinicDuplicates(Draw draw) {
    this.draw = draw;
  }

  /**
   * Returns {@code dirty} with the duplicates inserted; adds one entry per duplicate naming the
   * visit it copies.
   */
  List<List<String>> insert(
      List<List<String>> dirty, ClinicCellDefects cells, List<ManifestEntry> manifest) {
    List<Integer> untouched =
        IntStream.range(0, dirty.size()).filter(r -> !cells.isHit(r)).boxed().toList();
    int total = KINDS.stream().mapToInt(Kind::count).sum();
    List<Integer> sources = draw.sample(untouched, total);
    TreeMap<Integer, List<List<String>>> after = new TreeMap<>();
    int next = dirty.size() + 1;
    int s = 0;
    for (Kind kind : KINDS) {
      for (int i = 0; i < kind.count(); i++, s++) {
        List<String> copy = new ArrayList<>(dirty.get(sources.get(s)));
        String id = String.format("V%05d", next++);
        String original = VisitColumn.VISIT_ID.of(copy);
        copy.set(VisitColumn.VISIT_ID.ordinal(), id);
        copy.set(VisitColumn.NAME.ordinal(), kind.name().apply(draw, VisitColumn.NAME.of(copy)));
        int position = Math.min(dirty.size() - 1, sources.get(s) + draw.between(1, 150));
        after.computeIfAbsent(position, p -> new ArrayList<>()).add(copy);
        manifest.add(new ManifestEntry(id, "", kind.defect(), original));
      }
    }
    List<List<String>> out = new ArrayList<>();
    for (int r = 0; r < dirty.size(); r++) {
      out.add(dirty.get(r));
      out.addAll(after.getOrDefault(r, List.of()));
    }
    return out;
  }
}
