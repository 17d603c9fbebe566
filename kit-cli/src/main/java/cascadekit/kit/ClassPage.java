package cascadekit.kit;

import java.util.List;
import java.util.Map;

/**
 * The class view as one offline HTML page: a verdict first, chapters finished, every stuck test, and a
 * heat map of learners by exercises whose cells carry a mark as well as a colour. Inline CSS only; every learner-supplied string is escaped.
 */
final class ClassPage {
  private static final String STYLE =
      "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin-bottom:1.5em}"
          + "th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left}td.n{text-align:right}"
          + ".heat td{width:1.6em;text-align:center}.heat th.x{writing-mode:vertical-rl;font-weight:normal}"
          + ".done{background:#4caf50;color:#fff}.failing{background:#e53935;color:#fff}.new{background:#e0e0e0}"
          + ".key{display:inline-block;width:1.2em;margin:0 .3em 0 1em;text-align:center}";

  private ClassPage() {}

  /** Returns the page for {@code roll}, with chapter titles from {@code titles}. */
  static String of(ClassRoll roll, Map<String, String> titles) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Cascade Kit: class view</title>")
        .append("<style>").append(STYLE).append("</style></head><body>\n<h1>Class view</h1>\n")
        .append("<section id=\"verdict\">\n<h2>Verdict</h2>\n<p>").append(verdict(roll))
        .append("</p>\n</section>\n<h2>Chapters done</h2>\n")
        .append("<table><tr><th>chapter</th><th>title</th><th>learners with every exercise done</th></tr>\n");
    int learners = roll.learners().size();
    for (ClassRoll.ChapterCount count : roll.chapters()) {
      html.append(row(count.chapter(), HtmlText.escape(titles.getOrDefault(count.chapter(), "")),
          count.learnersDone() + " of " + learners));
    }
    html.append("</table>\n<h2>Where the class is stuck</h2>\n<table><tr><th>failing</th><th>exercise</th><th>test</th></tr>\n");
    for (ClassRoll.StuckTest test : roll.stuck()) {
      html.append(row(test.failing() + " of " + learners, HtmlText.escape(test.exercise()), HtmlText.escape(test.test())));
    }
    html.append("</table>\n<h2>Learners by exercise</h2>\n<p>");
    for (Status status : Status.values()) {
      html.append("<span class=\"key ").append(status.label()).append("\">").append(status.symbol()).append("</span>")
          .append(status.label());
    }
    html.append("</p>\n<table class=\"heat\"><tr><th>learner</th>");
    roll.exercises().forEach(e -> html.append("<th class=\"x\">").append(HtmlText.escape(e.id())).append("</th>"));
    html.append("</tr>\n");
    for (LearnerFile learner : roll.learners()) {
      html.append("<tr><th>").append(HtmlText.escape(learner.learner())).append("</th>");
      for (Exercise exercise : roll.exercises()) {
        String title = learner.learner() + ", " + exercise.id() + ": " + learner.describe(exercise.id());
        html.append("<td class=\"").append(learner.status(exercise.id()).label())
            .append("\" title=\"").append(HtmlText.escape(title)).append("\">")
            .append(learner.status(exercise.id()).symbol()).append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</table>\n</body></html>\n").toString();
  }

  private static String verdict(ClassRoll roll) {
    int learners = roll.learners().size();
    List<ClassRoll.StuckTest> stuck = roll.stuck();
    if (stuck.isEmpty()) {
      return learners + " learners; none fails a test right now.";
    }
    ClassRoll.StuckTest top = stuck.get(0);
    return learners + " learners. The class is most stuck on " + HtmlText.escape(top.exercise()) + ", &quot;"
        + HtmlText.escape(top.test()) + "&quot;: " + top.failing() + " of " + learners + " learners fail it.";
  }

  private static String row(String first, String second, String third) {
    return "<tr><td class=\"n\">" + first + "</td><td>" + second + "</td><td>" + third + "</td></tr>\n";
  }
}
