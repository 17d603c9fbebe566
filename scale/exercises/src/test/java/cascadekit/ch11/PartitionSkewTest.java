package cascadekit.ch11;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PartitionSkewTest {
  @Test
  @Tag("task:1")
  @DisplayName("skew is the largest partition over the mean: [10, 10, 40] is 2.0")
  void skewOfOneLargePartition() {
    assertThat(PartitionSkew.skew(new long[] {10, 10, 40})).as("skew of [10, 10, 40]: 40 / (60 / 3)").isCloseTo(2.0, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("a mean that is no whole number stays a fraction: [1, 2, 2] is 1.2")
  void skewWithAFractionalMean() {
    assertThat(PartitionSkew.skew(new long[] {1, 2, 2}))
        .as("skew of [1, 2, 2]: 2 / (5 / 3); 2.0 means the mean was divided as whole numbers")
        .isCloseTo(1.2, within(1e-12));
  }

  @Test
  @Tag("task:1")
  @DisplayName("no rows at all is even (1.0), and no partitions are refused")
  void skewOfNothing() {
    assertThat(PartitionSkew.skew(new long[] {0, 0})).as("skew of [0, 0]").isEqualTo(1.0);
    assertThatThrownBy(() -> PartitionSkew.skew(new long[0])).as("skew of no partitions").isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @Tag("task:2")
  @DisplayName("a partition above factor x mean is a straggler, one exactly on it is not")
  void stragglersAboveTheFactor() {
    long[] sizes = {10, 10, 40};
    assertThat(PartitionSkew.stragglers(sizes, 1.5)).as("stragglers of [10, 10, 40] above 1.5 x 20 = 30").containsExactly(2);
    assertThat(PartitionSkew.stragglers(sizes, 2.0)).as("stragglers of [10, 10, 40] above 2.0 x 20 = 40: 40 is not more").isEmpty();
  }

  @Test
  @Tag("task:2")
  @DisplayName("stragglers are listed by index, in order")
  void stragglersInOrder() {
    assertThat(PartitionSkew.stragglers(new long[] {30, 1, 2, 30, 2}, 1.2))
        .as("stragglers of [30, 1, 2, 30, 2] above 1.2 x 13 = 15.6").containsExactly(0, 3);
  }

  @Test
  @Tag("task:3")
  @DisplayName("rows that do not divide evenly need one partition more: 10 rows, 3 a partition, 4 partitions")
  void partitionsRoundUp() {
    assertThat(PartitionSkew.partitionsFor(10, 3)).as("partitions for 10 rows, at most 3 each").isEqualTo(4);
    assertThat(PartitionSkew.partitionsFor(9, 3)).as("partitions for 9 rows, at most 3 each: no remainder, no extra").isEqualTo(3);
    assertThat(PartitionSkew.partitionsFor(10_000_001L, 1_000_000L)).as("partitions for 10,000,001 rows, at most 1,000,000 each")
        .isEqualTo(11);
  }

  @Test
  @Tag("task:3")
  @DisplayName("no rows still need one partition, and a size below 1 is refused")
  void partitionsEdgeCases() {
    assertThat(PartitionSkew.partitionsFor(0, 3)).as("partitions for 0 rows").isEqualTo(1);
    assertThatThrownBy(() -> PartitionSkew.partitionsFor(10, 0)).as("at most 0 rows a partition").isInstanceOf(IllegalArgumentException.class);
  }
}
