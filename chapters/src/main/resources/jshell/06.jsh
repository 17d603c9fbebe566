import cascadekit.check.*;
import java.time.*;
var visits = Datasets.clinicVisits().table();
var clean = Datasets.clinicVisitsClean().table();
System.out.println("Chapter 06: `visits` is the Tablesaw table of the " + visits.rowCount() + " clinic visits chapter 02's schema keeps, `clean` the " + clean.rowCount() + " true visits. Try: var usable = Check.error(\"usable\").isContainedIn(\"sex\", Set.of(\"F\", \"M\")).isBetween(\"age\", 0, 120); ValidationSuite.on(visits).idColumn(\"visit_id\").addCheck(usable).run().failures(), or System.out.println(Suggestions.of(clean).toCode())");
