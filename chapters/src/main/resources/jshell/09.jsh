import cascadekit.document.*;
var folder = Datasets.folder().resolve("clinic-visits");
var visits = Datasets.clinicVisitsClean().table();
var lock = DatasetLock.read(folder);
var sheet = Datasheet.of(folder, Optional.empty());
System.out.println("Chapter 09: `visits` is the Tablesaw table of visits_clean.csv, `lock` the lock of datasets/clinic-visits (version " + lock.version().substring(0, 12) + "...), `sheet` its datasheet generated from the data. Try: sheet.allFigures(), DatasetLock.check(folder).lines(), ContentHash.ofFile(Datasets.path(\"clinic-visits/visits.csv\")), TableFacts.of(visits)");
