import cascadekit.data.*;
import cascadekit.model.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import tech.tablesaw.api.*;
