package cascadekit.profile;

import java.util.Arrays;

/**
 * Counts how often each distinct text occurs, exactly, in flat arrays: the characters of every
 * distinct value side by side in one array, an open-addressing table of entry numbers, and a
 * count per entry. A repeated value allocates nothing, and a million distinct values are a few
 * arrays rather than a million map entries for the garbage collector to trace.
 *
 * <pre>{@code
 * DistinctValues values = new DistinctValues();
 * values.add("F"); values.add("M"); values.add("F");
 * values.size();                      // 2
 * values.count(0);                    // 2: entry 0, "F", was added twice
 * }</pre>
 *
 * <p>The check stage counts with it too (uniqueness, distinct counts), for the same reason.
 */
public final class DistinctValues {
  private char[] chars = new char[64];
  private int[] starts = new int[9]; // entry i spans starts[i] to starts[i + 1]
  private int[] hashes = new int[8];
  private long[] counts = new long[8];
  private int[] slots = new int[16]; // entry + 1, or 0 for a free slot
  private int size;

  /** Returns an empty count. */
  public DistinctValues() {}

  /** Returns the entry of {@code value} after counting it once more; a new value gets entry {@link #size()}. */
  public int add(String value) {
    return add(value, 1);
  }

  /** Returns the entry of {@code value} after counting it {@code times} more. */
  int add(String value, long times) {
    int hash = value.hashCode();
    int mask = slots.length - 1;
    int slot = spread(hash) & mask;
    while (slots[slot] != 0) {
      int entry = slots[slot] - 1;
      if (hashes[entry] == hash && holds(entry, value)) {
        counts[entry] += times;
        return entry;
      }
      slot = (slot + 1) & mask;
    }
    int entry = append(value, hash, times);
    slots[slot] = entry + 1;
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    return entry;
  }

  /** Returns how many distinct values there are. */
  public int size() {
    return size;
  }

  /** Returns how often the value of {@code entry} was added. */
  public long count(int entry) {
    return counts[entry];
  }

  /** Returns the value of {@code entry}. */
  public String value(int entry) {
    return new String(chars, starts[entry], starts[entry + 1] - starts[entry]);
  }

  /** Returns the order of two entries' values, as {@link String#compareTo} orders them. */
  int compare(int a, int b) {
    return Arrays.compare(chars, starts[a], starts[a + 1], chars, starts[b], starts[b + 1]);
  }

  private boolean holds(int entry, String value) {
    int start = starts[entry];
    if (starts[entry + 1] - start != value.length()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (chars[start + i] != value.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private int append(String value, int hash, long times) {
    if (size == counts.length) {
      counts = Arrays.copyOf(counts, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
      starts = Arrays.copyOf(starts, size * 2 + 1);
    }
    int start = starts[size];
    if (start + value.length() > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, start + value.length()));
    }
    value.getChars(0, value.length(), chars, start);
    starts[size + 1] = start + value.length();
    hashes[size] = hash;
    counts[size] = times;
    return size++;
  }

  private void rehash(int capacity) {
    slots = new int[capacity];
    for (int entry = 0; entry < size; entry++) {
      int slot = spread(hashes[entry]) & (capacity - 1);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      slots[slot] = entry + 1;
    }
  }

  /** Returns the hash with its high bits mixed into the low ones the table indexes by. */
  private static int spread(int hash) {
    int mixed = hash * 0x9E3779B9;
    return mixed ^ (mixed >>> 16);
  }
}
