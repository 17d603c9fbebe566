package cascadekit.kit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A class's learners rolled up against the exercise index: who finished each chapter, and which
 * tests the class fails now, the most failed first.
 *
 * <pre>{@code
 * ClassRoll roll = new ClassRoll(index, LearnerFiles.read(folder).learners());
 * roll.stuck().get(0);  // => StuckTest[exercise=05.cohens-kappa, test=kappa is 0 ..., failing=7]
 * }</pre>
 */
final class ClassRoll {
  /** How many learners have every exercise of a chapter done. */
  record ChapterCount(String chapter, int exercises, long learnersDone) {}

  /** How many learners fail one test of one exercise now. */
  record StuckTest(String exercise, String test, long failing) {}

  private final List<Exercise> exercises;
  private final List<LearnerFile> learners;

  ClassRoll(ExerciseIndex index, List<LearnerFile> learners) {
    this.exercises = index.exercises();
    this.learners = List.copyOf(learners);
  }

  /** Returns the exercises, in index order: the heat map's columns. */
  List<Exercise> exercises() {
    return exercises;
  }

  /** Returns the learners, in file name order: the heat map's rows. */
  List<LearnerFile> learners() {
    return learners;
  }

  /** Returns, per chapter in index order, how many learners have all its exercises done. */
  List<ChapterCount> chapters() {
    List<ChapterCount> counts = new ArrayList<>();
    for (String chapter : exercises.stream().map(Exercise::chapter).distinct().toList()) {
      List<Exercise> inChapter = exercises.stream().filter(e -> e.chapter().equals(chapter)).toList();
      long done =
          learners.stream()
              .filter(l -> inChapter.stream().allMatch(e -> l.status(e.id()) == Status.DONE))
              .count();
      counts.add(new ChapterCount(chapter, inChapter.size(), done));
    }
    return counts;
  }

  /** Returns every test some learner fails now: the most failing first, then in index order. */
  List<StuckTest> stuck() {
    Map<List<String>, Long> failing = new LinkedHashMap<>();
    for (Exercise exercise : exercises) {
      for (LearnerFile learner : learners) {
        for (String test : learner.failingTests(exercise.id())) {
          failing.merge(List.of(exercise.id(), test), 1L, Long::sum);
        }
      }
    }
    List<StuckTest> stuck = new ArrayList<>();
    failing.forEach((key, count) -> stuck.add(new StuckTest(key.get(0), key.get(1), count)));
    stuck.sort(Comparator.comparingLong(StuckTest::failing).reversed());
    return stuck;
  }
}
