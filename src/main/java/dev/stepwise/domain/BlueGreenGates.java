package dev.stepwise.domain;

import dev.stepwise.domain.RolloutCommand.PromotionGateReported;
import dev.stepwise.domain.RolloutEvent.Aborted;
import dev.stepwise.domain.RolloutEvent.PromotionGateFinished;
import java.time.Instant;
import java.util.List;

/**
 * Pre- and post-promotion gates of a blue-green rollout (the hooks prePromotionAnalysis and
 * postPromotionAnalysis plug into). A gate the spec configures holds the rollout until its result
 * is reported; a failed gate aborts the update, which switches the active Service back to stable.
 */
final class BlueGreenGates {
  private BlueGreenGates() {}

  static List<RolloutEvent> reported(RolloutState s, PromotionGateReported r, Instant now) {
    BlueGreenSpec bg = Specs.blueGreen(s.spec());
    boolean pre = BlueGreenState.PRE.equals(r.gate());
    boolean post = BlueGreenState.POST.equals(r.gate());
    if (bg == null
        || !(pre || post)
        || s.currentHash() == null
        || !s.currentHash().equals(r.podTemplateHash())
        || s.currentHash().equals(s.stableHash())
        || s.abort() != null) {
      return List.of(); // stale or not for this revision
    }
    boolean passed = pre ? s.bg().prePromotionPassed() : s.bg().postPromotionPassed();
    if (passed && r.successful()) {
      return List.of();
    }
    PromotionGateFinished finished =
        new PromotionGateFinished(r.gate(), r.successful(), r.message(), now);
    if (r.successful()) {
      return List.of(finished);
    }
    String phase = pre ? "pre-promotion" : "post-promotion";
    String why = "Blue/green " + phase + " analysis phase error/failed";
    if (r.message() != null && !r.message().isEmpty()) {
      why += ": " + r.message();
    }
    String message = RolloutDecider.abortMessage(s) + ": " + why;
    return List.of(finished, new Aborted(s.currentRevision(), message, Cause.CONTROLLER, now));
  }

  /** The status message while a configured gate holds the rollout, or null. */
  static String waiting(BlueGreenView v) {
    RolloutState s = v.state();
    if (s.abort() != null || v.promoted()) {
      return null;
    }
    boolean activeOnNew = s.currentHash().equals(s.bg().activeHash());
    // before the switch upstream says "active service cutover pending" (the caller's next rule)
    return activeOnNew && !v.postGateOpen() ? "waiting for analysis to complete" : null;
  }
}
