import cascadekit.load.*;
import cascadekit.clean.*;
var loaded = Datasets.clinicVisits();
var visits = loaded.table();
System.out.println("Chapter 04: `visits` is the Tablesaw table of the " + visits.rowCount() + " clinic visits chapter 02's schema keeps; every cleaning step takes it and returns a new table plus its changes. Try: visits.dropDuplicateRows().rowCount(), ExactDuplicates.remove(visits).removed().rowCount(), Fences.robustZ(Values.observed(visits, \"weight_kg\"), 3.5)");
