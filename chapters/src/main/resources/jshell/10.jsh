import cascadekit.load.*;
import cascadekit.load.CsvReader;
var toolA = Datasets.path(CropSurvey.SEASON_1_TOOL_A);
var toolB = Datasets.path(CropSurvey.TOOL_B);
var rowsB = CsvReader.of(CropSurvey.toolB()).rows(toolB);
System.out.println("Chapter 10: `toolA` and `toolB` are season 1's two tool files, `rowsB` tool B's " + rowsB.size() + " rows read in its own dialect (semicolons, Windows-1252). Try: rowsB.get(0), Dialect.sniff(toolB, java.nio.charset.StandardCharsets.UTF_8), Files.readAllLines(toolA).get(1)");
