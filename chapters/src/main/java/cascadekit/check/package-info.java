/**
 * The check stage: data unit tests that read as sentences and fail a build. A {@link
 * cascadekit.check.Check} names its intent, has a level ({@code ERROR} fails a run, {@code WARN}
 * reports) and lists constraints column first, threshold last; a {@link
 * cascadekit.check.ValidationSuite} runs checks on a Tablesaw table or a streamed CSV file,
 * lazily (every constraint runs, every failure is collected) and in one pass over the rows.
 *
 * <pre>{@code
 * Check usable = Check.error("visits are usable")
 *     .isComplete("visit_id")
 *     .isUnique("visit_id")
 *     .isBetween("age", 0, 120);
 * ValidationResult result = ValidationSuite.on(visits).idColumn("visit_id").addCheck(usable).run();
 * result.passed();
 * }</pre>
 *
 * <h2>Definitions</h2>
 *
 * <ul>
 *   <li>Completeness: non-missing cells / all rows (Deequ).
 *   <li>Uniqueness: non-missing values that occur exactly once / non-missing values (Deequ);
 *       failing rows are every row of a duplicated value. Over several columns, the same for
 *       combinations; a row is left out only when all its cells there are missing (Deequ).
 *   <li>Contained in, between, non-negative, matches: share of the non-missing cells that meet
 *       the rule, held to {@code mostly} (Great Expectations); a missing cell is neither in nor
 *       out of a set or range, it is completeness' business.
 *   <li>Satisfies: share of all rows the predicate accepts.
 *   <li>Standard deviation: population (divided by n), as Deequ's. Quantile: exact, R-7.
 *   <li>Freshness: the newest value's age in hours at a given moment, no clock.
 * </ul>
 *
 * <h2>JSON shape of {@code ValidationResult.toJson()}</h2>
 *
 * <pre>{@code
 * {
 *   "passed" : false,                  // no ERROR-level constraint failed
 *   "errors" : 1,                      // failed ERROR-level constraints
 *   "warnings" : 0,                    // failed WARN-level constraints
 *   "results" : [ {                    // one per constraint, in the order declared
 *     "check" : "visits are usable",
 *     "level" : "ERROR",               // or "WARN"
 *     "constraint" : "age is between 0 and 120",
 *     "column" : "age",                // null for row count, satisfies and schema
 *     "status" : "FAILED",             // or "PASSED"
 *     "value" : 0.75,                  // the measured metric; null when NaN (nothing to measure)
 *     "threshold" : ">= 1",
 *     "failingCount" : 2,              // failing rows in all
 *     "failingIds" : [ "V00003", "V00007" ]  // the first 20 in row order, or all under ResultFormat.COMPLETE
 *   } ]
 * }
 * }</pre>
 */
package cascadekit.check;
