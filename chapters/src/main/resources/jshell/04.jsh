import cascadekit.load.*;
import cascadekit.clean.*;
var loaded = Datasets.clinicVisits();
var visits = loaded.table();
var rows = Rows.of("visit_id", loaded.result().kept());
System.out.println("Chapter 04: `visits` is the Tablesaw table of the " + visits.rowCount() + " clinic visits chapter 02's schema keeps; `rows` holds them as Rows for the cleaning toolbox. Try: visits.dropDuplicateRows().rowCount(), ExactDuplicates.remove(rows).removed().size(), Fences.robustZ(Values.observed(rows.list(), \"weight_kg\"), 3.5)");
