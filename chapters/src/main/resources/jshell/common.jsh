import static tech.tablesaw.aggregate.AggregateFunctions.*;
import cascadekit.data.*;
import cascadekit.model.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.apache.commons.csv.*;
import tech.tablesaw.api.*;
import tech.tablesaw.io.csv.*;
