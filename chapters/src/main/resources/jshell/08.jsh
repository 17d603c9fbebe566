import cascadekit.monitoring.*;
import java.time.YearMonth;
var training = Datasets.sensorTraining().kept();
var july = Datasets.sensorBatch(YearMonth.of(2023, 7)).kept();
System.out.println("Chapter 08: `training` holds " + training.size() + " sensor readings (Oct-Dec 2022), `july` the " + july.size() + " of 2023-07 (List<SensorReading>). Try: var m = DriftMonitor.of(training, Thresholds.DEFAULT); var w = m.window(YearMonth.of(2023, 7)); july.forEach(w::add); m.check(w)");
