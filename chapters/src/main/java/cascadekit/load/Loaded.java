package cascadekit.load;

import cascadekit.load.LoadResult;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * What {@link CsvLoader} made of a file: the kept rows and the quarantined ones (reconciled by
 * {@link LoadResult}), every cell it repaired, and the kept rows as a typed Tablesaw table.
 *
 * @param result kept and quarantined rows, with rows read = kept + quarantined
 * @param repairs every cell repaired on the way in
 * @param table the kept rows, one typed column per schema column
 */
public record Loaded(LoadResult<Row> result, List<CellRepair> repairs, Table table) {}
