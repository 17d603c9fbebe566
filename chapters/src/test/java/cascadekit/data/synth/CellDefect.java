package cascadekit.data.synth;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A kind of defect that replaces single cells: its name, the columns it may hit, how many cells it
 * hits, and how it turns a true value into the dirty one.
 *
 * @param defect the kind, as the manifest names it
 * @param columns the columns it may hit
 * @param count how many cells it hits
 * @param inject the dirty value for a true value
 */
record CellDefect(
    String defect, List<VisitColumn> columns, int count, BiFunction<Draw, String, String> inject) {}
