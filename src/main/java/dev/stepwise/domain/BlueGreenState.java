package dev.stepwise.domain;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The blue-green part of a rollout's state, rebuilt from journaled events: where each Service
 * points, which old ReplicaSets wait for their scale-down deadline, and which promotion gates have
 * passed for the current revision.
 *
 * @param activeHash the hash the active Service selects (null before the first switch)
 * @param previewHash the hash the preview Service selects (null before the first switch)
 * @param scaleDownDeadlines pod template hash → the instant its ReplicaSet may go to 0
 * @param prePromotionPassed the pre-promotion gate passed for the current revision
 * @param postPromotionPassed the post-promotion gate passed for the current revision
 */
public record BlueGreenState(
    String activeHash,
    String previewHash,
    Map<String, Instant> scaleDownDeadlines,
    boolean prePromotionPassed,
    boolean postPromotionPassed)
    implements CborSerializable {
  public static final BlueGreenState EMPTY = new BlueGreenState(null, null, Map.of(), false, false);

  /** Promotion gates, by the name commands and events use (and AnalysisRun infixes). */
  public static final String PRE = "pre";

  public static final String POST = "post";

  /** Null-safe: a journal or snapshot from before blue-green support has no scaleDownDeadlines. */
  public Map<String, Instant> deadlines() {
    return scaleDownDeadlines == null ? Map.of() : scaleDownDeadlines;
  }

  BlueGreenState withActive(String hash) {
    return new BlueGreenState(
        hash, previewHash, deadlines(), prePromotionPassed, postPromotionPassed);
  }

  BlueGreenState withPreview(String hash) {
    return new BlueGreenState(
        activeHash, hash, deadlines(), prePromotionPassed, postPromotionPassed);
  }

  BlueGreenState withDeadline(String hash, Instant deadline) {
    Map<String, Instant> d = new HashMap<>(deadlines());
    if (deadline == null) {
      d.remove(hash);
    } else {
      d.put(hash, deadline);
    }
    return new BlueGreenState(
        activeHash, previewHash, Map.copyOf(d), prePromotionPassed, postPromotionPassed);
  }

  BlueGreenState withGate(String gate, boolean passed) {
    return new BlueGreenState(
        activeHash,
        previewHash,
        deadlines(),
        PRE.equals(gate) ? passed : prePromotionPassed,
        POST.equals(gate) ? passed : postPromotionPassed);
  }

  BlueGreenState resetGates() {
    return new BlueGreenState(activeHash, previewHash, deadlines(), false, false);
  }

  /** The earliest deadline, or null. */
  Instant nextDeadline() {
    return deadlines().values().stream().min(Instant::compareTo).orElse(null);
  }
}
