import cascadekit.load.*;
var visits = Datasets.clinicVisits();
System.out.println("Chapter 02: `visits` holds clinic-visits loaded with its schema: " + visits.result().reconciliation() + ". Try: visits.table().structure(), visits.result().quarantined().get(0), Mojibake.repair(\"ZÃ¼rich\")");
