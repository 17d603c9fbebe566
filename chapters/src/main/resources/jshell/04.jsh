import cascadekit.load.*;
import cascadekit.clean.*;
import cascadekit.examples.ch02.ClinicVisits;
var visits = Rows.of("visit_id", CsvLoader.of(ClinicVisits.schema()).load(Datasets.path(ClinicVisits.FILE)).result().kept());
System.out.println("Chapter 04: `visits` holds the " + visits.size() + " clinic visits chapter 02's schema keeps, as Rows for the cleaning toolbox. Try: ExactDuplicates.remove(visits).removed().size(), Fences.robustZ(Values.observed(visits.list(), \"weight_kg\"), 3.5)");
