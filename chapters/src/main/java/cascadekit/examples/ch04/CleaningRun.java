package cascadekit.examples.ch04;

import cascadekit.clean.AuditLog;
import cascadekit.clean.DetectionScore;
import cascadekit.clean.NearDuplicates;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import tech.tablesaw.api.Table;

/**
 * What cleaning {@code clinic-visits} gave.
 *
 * @param reconciliation the loader's count: rows read = kept + quarantined
 * @param raw the table as loaded
 * @param cleaned the table after every step
 * @param log every change, in order
 * @param steps one report per step
 * @param unmapped category values no map knew, with their counts
 * @param byDate the near-duplicate pairs found blocking on the date alone
 * @param byDateScore the later rows of those pairs against the listed near duplicates
 * @param near the near-duplicate pairs found blocking on date and patient, which the run removed
 * @param outliersBeforeUnits each outlier rule on the weights before pounds were converted
 * @param outliersAfterUnits each outlier rule on the weights after
 */
record CleaningRun(String reconciliation, Table raw, Table cleaned, AuditLog log, List<StepRecorder.StepReport> steps,
    SortedMap<String, Integer> unmapped, NearDuplicates.Found byDate, DetectionScore byDateScore,
    NearDuplicates.Found near,
    Map<String, DetectionScore> outliersBeforeUnits, Map<String, DetectionScore> outliersAfterUnits) {}
