package dev.stepwise.domain;

import java.nio.charset.StandardCharsets;

/**
 * Upstream's pod-template hash (semantics §3.2): FNV-1a-32 over the Go JSON of the template (plus 8
 * collision bytes when status.collisionCount is set), printed in decimal and then "safe-encoded" so
 * it contains no vowels. Also used for status.currentStepHash over the steps.
 */
public final class PodTemplateHash {
  private static final String SAFE = "bcdfghjklmnpqrstvwxz2456789";
  private static final int FNV_OFFSET = 0x811c9dc5;
  private static final int FNV_PRIME = 0x01000193;

  private PodTemplateHash() {}

  /** Hash of a JSON document (UTF-8), with an optional collision count. */
  public static String of(String json, Integer collisionCount) {
    return of(json.getBytes(StandardCharsets.UTF_8), collisionCount);
  }

  /** Hash of raw bytes, with an optional collision count (null = none written). */
  public static String of(byte[] bytes, Integer collisionCount) {
    int h = FNV_OFFSET;
    for (byte b : bytes) {
      h = (h ^ (b & 0xff)) * FNV_PRIME;
    }
    if (collisionCount != null) {
      int c = collisionCount;
      byte[] extra = {(byte) c, (byte) (c >>> 8), (byte) (c >>> 16), (byte) (c >>> 24), 0, 0, 0, 0};
      for (byte b : extra) {
        h = (h ^ (b & 0xff)) * FNV_PRIME;
      }
    }
    return safeEncode(Long.toString(Integer.toUnsignedLong(h)));
  }

  private static String safeEncode(String decimal) {
    StringBuilder out = new StringBuilder(decimal.length());
    for (char c : decimal.toCharArray()) {
      out.append(SAFE.charAt(c % SAFE.length()));
    }
    return out.toString();
  }
}
