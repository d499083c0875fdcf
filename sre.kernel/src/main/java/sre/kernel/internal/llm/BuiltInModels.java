package sre.kernel.internal.llm;

import java.util.List;
import java.util.Set;
import sre.api.llm.ModelInfo;

/**
 * The model list the runtime knows without configuration: SRE's provider names, public context
 * limits and list prices (USD per million tokens) as of the time of writing. Configuration may
 * override any entry by name (see {@link CustomModel}).
 */
final class BuiltInModels {
  private static final Set<String> CHAT = Set.of("text", "tools", "json");
  private static final Set<String> VISION = Set.of("text", "tools", "json", "image");

  private BuiltInModels() {}

  static List<ModelInfo> all() {
    return List.of(
        model("Echo", "Echo", "Echo", 1_000_000, 1_000_000, Set.of("text"), 0, 0),
        model("gpt-4o", "gpt-4o", "OpenAI", 128_000, 16_384, VISION, 2.5, 10),
        model("gpt-4o-mini", "gpt-4o-mini", "OpenAI", 128_000, 16_384, VISION, 0.15, 0.6),
        model("gpt-4.1", "gpt-4.1", "OpenAI", 1_047_576, 32_768, VISION, 2, 8),
        model("gpt-4.1-mini", "gpt-4.1-mini", "OpenAI", 1_047_576, 32_768, VISION, 0.4, 1.6),
        model("gpt-4.1-nano", "gpt-4.1-nano", "OpenAI", 1_047_576, 32_768, VISION, 0.1, 0.4),
        model("o3-mini", "o3-mini", "OpenAI", 200_000, 100_000, reasoning(), 1.1, 4.4),
        embedding("text-embedding-3-small", "OpenAI", 8_191, 0.02),
        // gpt-image-1 is priced per token (text in, image out); DALL·E per image, which the
        // token ledger cannot price, so their cost reads 0.
        image("gpt-image-1", "OpenAI", 5, 40),
        image("dall-e-3", "OpenAI", 0, 0),
        image("dall-e-2", "OpenAI", 0, 0),
        embedding("text-embedding-3-large", "OpenAI", 8_191, 0.13),
        model(
            "claude-sonnet-4",
            "claude-sonnet-4-20250514",
            "Anthropic",
            200_000,
            64_000,
            VISION,
            3,
            15),
        model(
            "claude-opus-4",
            "claude-opus-4-20250514",
            "Anthropic",
            200_000,
            32_000,
            VISION,
            15,
            75),
        model(
            "claude-3-5-haiku",
            "claude-3-5-haiku-latest",
            "Anthropic",
            200_000,
            8_192,
            VISION,
            0.8,
            4),
        model("gemini-2.5-pro", "gemini-2.5-pro", "GoogleAI", 1_048_576, 65_536, VISION, 1.25, 10),
        model(
            "gemini-2.5-flash",
            "gemini-2.5-flash",
            "GoogleAI",
            1_048_576,
            65_536,
            VISION,
            0.3,
            2.5),
        model(
            "gemini-2.0-flash", "gemini-2.0-flash", "GoogleAI", 1_048_576, 8_192, VISION, 0.1, 0.4),
        embedding("text-embedding-004", "GoogleAI", 2_048, 0),
        image("gemini-2.5-flash-image", "GoogleAI", 0.3, 30),
        // Imagen is priced per image, which the token ledger cannot price
        image("imagen-4.0-generate-001", "GoogleAI", 0, 0),
        model(
            "llama-3.3-70b-versatile",
            "llama-3.3-70b-versatile",
            "Groq",
            131_072,
            32_768,
            CHAT,
            0.59,
            0.79));
  }

  private static Set<String> reasoning() {
    return Set.of("text", "tools", "json", "reasoning");
  }

  private static ModelInfo model(
      String name,
      String id,
      String provider,
      int context,
      int output,
      Set<String> features,
      double in,
      double out) {
    return new ModelInfo(name, id, provider, context, output, features, in, out, "", "", false);
  }

  private static ModelInfo image(String name, String provider, double in, double out) {
    return new ModelInfo(
        name, name, provider, 32_000, 0, Set.of("image-generation"), in, out, "", "", false);
  }

  private static ModelInfo embedding(String name, String provider, int context, double in) {
    return new ModelInfo(
        name, name, provider, context, 0, Set.of("embeddings"), in, 0, "", "", false);
  }
}
