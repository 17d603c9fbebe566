package cascadekit.ch07;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Expected folds worked out by hand from scikit-learn 1.6's GroupKFold._iter_test_indices. */
@DisplayName("07.group-k-fold: scikit-learn's GroupKFold, customers by size to the lightest fold")
class GroupKFoldTest {
  /** The customer of each of ten orders: a 3, b 3, c 2, d 1, e 1 (split at run time). */
  private static List<String> orders() {
    return Arrays.asList("c a b a e b c a d b".split(" "));
  }

  @Test
  @Tag("task:1")
  @DisplayName("customers are placed by size, largest first, equal sizes by id descending")
  void order() {
    assertThat(GroupKFold.order(orders()))
        .as("order([c, a, b, a, e, b, c, a, d, b]): sizes a 3, b 3, c 2, d 1, e 1; ties by id descending")
        .containsExactly("b", "a", "c", "e", "d");
    assertThat(GroupKFold.order(Arrays.asList("x y z y".split(" "))))
        .as("order([x, y, z, y]): y 2, then z and x (1 each) by id descending").containsExactly("y", "z", "x");
  }

  @Test
  @Tag("task:2")
  @DisplayName("each customer goes to the fold with the fewest rows so far, the lowest-numbered on a tie")
  void twoFolds() {
    // b -> 0 (3, 0); a -> 1 (3, 3); c -> 0 (5, 3); e -> 1 (5, 4); d -> 1 (5, 5)
    assertThat(GroupKFold.foldOf(orders(), 2)).as("foldOf(orders, 2): rows per fold after each step 3/0, 3/3, 5/3, 5/4, 5/5")
        .isEqualTo(Map.of("a", 1, "b", 0, "c", 0, "d", 1, "e", 1));
  }

  @Test
  @Tag("task:2")
  @DisplayName("three folds: the fifth customer meets three tied folds and takes fold 0")
  void threeFolds() {
    // b -> 0 (3,0,0); a -> 1 (3,3,0); c -> 2 (3,3,2); e -> 2 (3,3,3); d -> 0 (4,3,3)
    assertThat(GroupKFold.foldOf(orders(), 3)).as("foldOf(orders, 3): rows per fold 3/0/0, 3/3/0, 3/3/2, 3/3/3, 4/3/3")
        .isEqualTo(Map.of("a", 1, "b", 0, "c", 2, "d", 0, "e", 2));
  }

  @Test
  @Tag("task:2")
  @DisplayName("fewer than 2 folds, or more folds than customers, is refused in scikit-learn's words")
  void refusals() {
    assertThatIllegalArgumentException()
        .as("foldOf(orders, 1): the message names the value as scikit-learn does, n_splits=1")
        .isThrownBy(() -> GroupKFold.foldOf(orders(), 1))
        .withMessageContaining("n_splits=1");
    assertThatIllegalArgumentException()
        .as("foldOf(orders of 5 customers, 6): scikit-learn's message, with n_splits=6 and groups: 5")
        .isThrownBy(() -> GroupKFold.foldOf(orders(), 6))
        .withMessageContaining("n_splits=6").withMessageContaining("groups: 5");
    assertThat(GroupKFold.foldOf(orders(), 5)).as("foldOf(orders, 5): one customer per fold, in placing order")
        .isEqualTo(Map.of("b", 0, "a", 1, "c", 2, "e", 3, "d", 4));
  }

  @Test
  @Tag("task:3")
  @DisplayName("each fold's test rows are its customers' orders, ascending, and no customer is in two folds")
  void testRows() {
    assertThat(GroupKFold.testRows(orders(), 2)).as("testRows([c, a, b, a, e, b, c, a, d, b], 2): fold 0 has b and c")
        .containsExactly(List.of(0, 2, 5, 6, 9), List.of(1, 3, 4, 7, 8));
    assertThat(GroupKFold.testRows(orders(), 3)).as("testRows(orders, 3): fold 0 b and d, fold 1 a, fold 2 c and e")
        .containsExactly(List.of(2, 5, 8, 9), List.of(1, 3, 7), List.of(0, 4, 6));
  }
}
