package sre.connector.local.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic offline embeddings for the Echo provider: {@value #DIMENSIONS} dimensions, unit
 * length. Each text's vector is the sum of
 *
 * <ul>
 *   <li>its words and character trigrams, feature-hashed (FNV-1a) into signed dimensions, so texts
 *       sharing words score high by cosine and a vector store ranks them sensibly; and
 *   <li>a small component seeded by the hash of the whole text, so two different texts (say, one a
 *       prefix of the other, or the same words repeated) never get the same vector.
 * </ul>
 *
 * The same text always gets the same vector, in every JVM.
 */
final class EchoEmbeddings {

  static final int DIMENSIONS = 256;

  /** Weight of the whole-text component against the (unit) feature component. */
  private static final double TEXT_WEIGHT = 0.2;

  float[] embed(String text) {
    double[] features = new double[DIMENSIONS];
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        add(features, "w:" + word);
      }
    }
    String padded = " " + lower + " ";
    for (int i = 0; i + 3 <= padded.length(); i++) {
      add(features, "t:" + padded.substring(i, i + 3));
    }
    normalise(features);

    SplittableRandom random = new SplittableRandom(fnv1a("x:" + text));
    double[] whole = new double[DIMENSIONS];
    for (int i = 0; i < DIMENSIONS; i++) {
      whole[i] = random.nextDouble(-1, 1);
    }
    normalise(whole);

    double[] sum = new double[DIMENSIONS];
    for (int i = 0; i < DIMENSIONS; i++) {
      sum[i] = features[i] + TEXT_WEIGHT * whole[i];
    }
    normalise(sum);
    float[] vector = new float[DIMENSIONS];
    for (int i = 0; i < DIMENSIONS; i++) {
      vector[i] = (float) sum[i];
    }
    return vector;
  }

  private static void add(double[] features, String feature) {
    long hash = fnv1a(feature);
    int index = (int) Long.remainderUnsigned(hash, DIMENSIONS);
    features[index] += (hash & (1L << 62)) == 0 ? 1 : -1;
  }

  private static void normalise(double[] vector) {
    double norm = 0;
    for (double v : vector) {
      norm += v * v;
    }
    if (norm == 0) {
      return;
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < vector.length; i++) {
      vector[i] /= norm;
    }
  }

  private static long fnv1a(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
