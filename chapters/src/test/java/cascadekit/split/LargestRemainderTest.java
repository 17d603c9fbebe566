package cascadekit.split;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Largest-remainder shares, worked out by hand. */
class LargestRemainderTest {
  @Test
  void should_give_the_items_left_to_the_largest_remainders() {
    // GIVEN counts 5, 3, 2 and 3 items: quotas 1.5, 0.9, 0.6
    // WHEN shared
    int[] shares = LargestRemainder.of(new int[] {5, 3, 2}, 3);
    // THEN floors 1, 0, 0; the 2 left go to .9 and .6
    assertThat(shares).as("shares").containsExactly(1, 1, 1);
  }

  @Test
  void should_break_a_tie_for_the_class_listed_first() {
    // GIVEN counts 3, 3, 4 and 5 items: quotas 1.5, 1.5, 2
    // WHEN shared
    int[] shares = LargestRemainder.of(new int[] {3, 3, 4}, 5);
    // THEN the one item left goes to the first of the tied classes
    assertThat(shares).as("shares").containsExactly(2, 1, 2);
  }

  @Test
  void should_compare_remainders_exactly_for_large_counts() {
    // GIVEN counts 1,000,000,001 and 999,999,999 and 3 items: quotas 1.5000000015, 1.4999999985
    // WHEN shared (as doubles the two remainders would be .5000000015 and .4999999985)
    int[] shares = LargestRemainder.of(new int[] {999_999_999, 1_000_000_001}, 3);
    // THEN the larger class's remainder wins though it is listed second
    assertThat(shares).as("shares").containsExactly(1, 2);
  }
}
