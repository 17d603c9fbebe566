import cascadekit.load.*;
import cascadekit.profile.*;
import cascadekit.examples.ch02.ClinicVisits;
import cascadekit.examples.ch03.PenguinsRaw;
var visits = CsvLoader.of(ClinicVisits.schema()).load(Datasets.path(ClinicVisits.FILE)).table();
var penguins = CsvLoader.of(PenguinsRaw.schema()).load(Datasets.path(PenguinsRaw.FILE)).table();
var profiles = Profiler.profile(visits);
System.out.println("Chapter 03: `visits` (" + visits.rowCount() + " clinic visits) and `penguins` (" + penguins.rowCount() + " rows of penguins_raw) are Tablesaw tables; `profiles` is the profile of visits. Try: profiles.get(4), Coverage.bySlice(penguins, PenguinsRaw.DELTA_15_N, \"Island\")");
