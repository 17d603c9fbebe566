package cascadekit.check;

import java.util.function.Consumer;
import tech.tablesaw.api.Table;

/** The rows of a Tablesaw table, walked once through one moving {@link TableRowView}. */
final class TableSource implements RowSource {
  private final Table table;
  private final RowLayout layout;

  TableSource(Table table) {
    this.table = table;
    this.layout = RowLayout.of(table);
  }

  @Override
  public RowLayout layout() {
    return layout;
  }

  @Override
  public boolean isEmpty() {
    return table.rowCount() == 0;
  }

  @Override
  public void forEach(String idColumn, Consumer<RowView> visitor) {
    TableRowView view = new TableRowView(table, idColumn == null ? -1 : layout.position(idColumn));
    for (int i = 0; i < table.rowCount(); i++) {
      view.moveTo(i);
      visitor.accept(view);
    }
  }
}
