package cascadekit.document;

import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/** Run ids for {@link LineageLog}: random version-4 UUIDs, seeded so a test sees fixed ids. */
public final class RunIds {
  private RunIds() {}

  /** Returns a source of version-4 UUIDs drawn from a {@link Random} seeded with {@code seed}. */
  public static Supplier<UUID> seeded(long seed) {
    Random random = new Random(seed);
    return () -> {
      long high = (random.nextLong() & ~0xF000L) | 0x4000L;
      long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
      return new UUID(high, low);
    };
  }
}
