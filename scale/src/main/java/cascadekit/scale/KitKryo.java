package cascadekit.scale;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * Teaches Spark's Kryo the JDK's immutable lists and sets ({@code List.of}, {@code Set.copyOf}),
 * which the kit's profiler holds: Kryo would rebuild them by calling {@code add}, which they
 * refuse. Each is written as its elements and read back through {@code List.of} or {@code Set.of}.
 */
public final class KitKryo implements KryoRegistrator {
  @Override
  public void registerClasses(Kryo kryo) {
    Serializer<Collection<Object>> lists = elements(List::of);
    Serializer<Collection<Object>> sets = elements(Set::of);
    for (Object list : List.of(List.of(), List.of(1), List.of(1, 2, 3))) {
      kryo.register(list.getClass(), lists);
    }
    for (Object set : List.of(Set.of(), Set.of(1), Set.of(1, 2, 3))) {
      kryo.register(set.getClass(), sets);
    }
  }

  private static Serializer<Collection<Object>> elements(Function<Object[], Collection<Object>> rebuild) {
    return new Serializer<>(false, true) {
      @Override
      public void write(Kryo kryo, Output output, Collection<Object> collection) {
        output.writeInt(collection.size(), true);
        collection.forEach(element -> kryo.writeClassAndObject(output, element));
      }

      @Override
      public Collection<Object> read(Kryo kryo, Input input, Class<Collection<Object>> type) {
        Object[] elements = new Object[input.readInt(true)];
        for (int i = 0; i < elements.length; i++) {
          elements[i] = kryo.readClassAndObject(input);
        }
        return rebuild.apply(elements);
      }
    };
  }
}
