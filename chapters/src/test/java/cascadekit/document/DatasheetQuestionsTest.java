package cascadekit.document;

import static org.assertj.core.api.Assertions.assertThat;

import cascadekit.document.DatasheetQuestions.Question;
import cascadekit.document.DatasheetQuestions.Source;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The question list against the paper's own count, section by section. */
class DatasheetQuestionsTest {
  @Test
  void should_ask_every_question_of_the_paper_section_by_section() {
    // GIVEN the paper's counts (Gebru et al., arXiv:1803.09010v8, counted by hand)
    Map<String, Long> paper = new LinkedHashMap<>();
    paper.put("Motivation", 4L);
    paper.put("Composition", 17L);
    paper.put("Collection process", 13L);
    paper.put("Preprocessing/cleaning/labeling", 4L);
    paper.put("Uses", 6L);
    paper.put("Distribution", 7L);
    paper.put("Maintenance", 8L);
    // WHEN
    Map<String, Long> kit = DatasheetQuestions.ALL.stream()
        .collect(Collectors.groupingBy(Question::section, LinkedHashMap::new, Collectors.counting()));
    // THEN
    assertThat(kit).as("questions per section, in the paper's order").containsExactlyEntriesOf(paper);
    assertThat(DatasheetQuestions.ALL).as("all of them").hasSize(DatasheetQuestions.IN_THE_PAPER);
    assertThat(DatasheetQuestions.ALL.stream().map(Question::id).distinct()).as("distinct ids")
        .hasSize(DatasheetQuestions.IN_THE_PAPER);
    assertThat(DatasheetQuestions.ALL.stream().filter(q -> q.source() == Source.DATA).map(Question::id))
        .as("questions the data answers").containsExactly(
            "count", "fields", "label", "missing", "errors", "timeframe", "preprocessing", "raw", "versions");
  }
}
