package cascadekit.data.synth;

import java.util.List;
import java.util.Map;

/** Returns short product reviews made from templates, worded for their true label. */
final class ReviewTexts {
  private static final List<String> SUBJECTS =
      List.of(
          "The kettle",
          "This blender",
          "The headphones",
          "My new lamp",
          "The phone case",
          "This backpack",
          "The toaster",
          "The desk chair",
          "This umbrella",
          "The coffee grinder");
  private static final Map<String, List<String>> PHRASES =
      Map.of(
          "positive",
          List.of(
              "works perfectly",
              "exceeded my expectations",
              "is great value for the price",
              "is sturdy and well made",
              "is exactly what I needed",
              "is a joy to use"),
          "neutral",
          List.of(
              "does what it says",
              "is okay, nothing special",
              "works as described",
              "is fine for the price",
              "is average quality",
              "arrived on time and works"),
          "negative",
          List.of(
              "stopped working after a week",
              "arrived broken",
              "is a waste of money",
              "feels cheap and flimsy",
              "is much smaller than pictured",
              "broke on first use"));
  private static final List<String> ENDINGS =
      List.of(
          ".",
          "!",
          ". Delivery was quick.",
          ". The box was plain.",
          ", I think.",
          ". Would tell a friend.",
          ". Read the manual first.");

  private ReviewTexts() {}

  /** Returns a review whose wording fits {@code label}, e.g. "The kettle arrived broken!". */
  static String review(Draw draw, String label) {
    return draw.pick(SUBJECTS) + " " + draw.pick(PHRASES.get(label)) + draw.pick(ENDINGS);
  }
}
