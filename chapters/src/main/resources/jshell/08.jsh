import cascadekit.monitoring.*;
import java.time.YearMonth;
var training = Datasets.sensorTrainingTable();
var july = Datasets.sensorBatchTable(YearMonth.of(2023, 7));
System.out.println("Chapter 08: `training` is the Tablesaw table of the " + training.rowCount() + " sensor readings of Oct-Dec 2022, `july` that of the " + july.rowCount() + " of 2023-07. Try: TableDrift.compare(training, july), or var m = DriftMonitor.of(training, Thresholds.DEFAULT); m.check(YearMonth.of(2023, 7), july)");
