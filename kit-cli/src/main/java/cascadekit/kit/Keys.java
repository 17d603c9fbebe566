package cascadekit.kit;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.BlockingQueue;

/**
 * Reads the learner's key presses for {@code watch}. In a terminal it switches the terminal to
 * single-key mode with {@code stty} and restores it on exit; elsewhere a key is a line.
 */
final class Keys {
  private Keys() {}

  /** Starts a daemon thread that puts each key read from {@code in} as {@code "key:c"}. */
  static void start(InputStream in, BlockingQueue<String> events) {
    Thread reader =
        new Thread(
            () -> {
              try {
                for (int c = in.read(); c >= 0; c = in.read()) {
                  if (!Character.isWhitespace(c)) {
                    events.put("key:" + (char) c);
                  }
                }
                events.put("key:eof");
              } catch (IOException | InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "kit-keys");
    reader.setDaemon(true);
    reader.start();
  }

  /** Puts the terminal in single-key mode until the JVM exits; does nothing without one. */
  static void singleKeyMode() {
    if (!Terminal.isTerminal() || !stty("-icanon", "-echo", "min", "1")) {
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stty("icanon", "echo")));
  }

  private static boolean stty(String... settings) {
    String command = "stty " + String.join(" ", settings) + " < /dev/tty";
    try {
      return new ProcessBuilder("sh", "-c", command).inheritIO().start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
