import cascadekit.load.*;
import cascadekit.profile.*;
import cascadekit.data.PenguinsRaw;
var visits = Datasets.clinicVisits().table();
var penguins = Datasets.penguinsRaw().table();
var profiles = Profiler.profile(visits);
System.out.println("Chapter 03: `visits` (" + visits.rowCount() + " clinic visits) and `penguins` (" + penguins.rowCount() + " rows of penguins_raw) are Tablesaw tables; `profiles` is the profile of visits. Try: profiles.get(4), Coverage.bySlice(penguins, PenguinsRaw.DELTA_15_N, \"Island\")");
