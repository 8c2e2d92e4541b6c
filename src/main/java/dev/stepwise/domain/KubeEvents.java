package dev.stepwise.domain;

import dev.stepwise.domain.RolloutEvent.Aborted;
import dev.stepwise.domain.RolloutEvent.Completed;
import dev.stepwise.domain.RolloutEvent.Deleted;
import dev.stepwise.domain.RolloutEvent.FullPromotionRequested;
import dev.stepwise.domain.RolloutEvent.ManuallyPaused;
import dev.stepwise.domain.RolloutEvent.ManuallyResumed;
import dev.stepwise.domain.RolloutEvent.PauseEnded;
import dev.stepwise.domain.RolloutEvent.PausePublished;
import dev.stepwise.domain.RolloutEvent.PauseStarted;
import dev.stepwise.domain.RolloutEvent.Registered;
import dev.stepwise.domain.RolloutEvent.Retried;
import dev.stepwise.domain.RolloutEvent.RevisionStarted;
import dev.stepwise.domain.RolloutEvent.SpecChanged;
import dev.stepwise.domain.RolloutEvent.StepCompleted;
import dev.stepwise.domain.RolloutEvent.StepSkipped;
import java.util.ArrayList;
import java.util.List;

/**
 * The Kubernetes Events upstream records for what the domain decided (semantics §3.15), so
 * notifications and `kubectl describe` read the same. NewReplicaSetCreated and ScalingReplicaSet
 * come from the actuator, which sees the API calls.
 */
public final class KubeEvents {
  private KubeEvents() {}

  /** One Kubernetes Event: type Normal or Warning, reason, message. */
  public record KubeEvent(String type, String reason, String message) {}

  /** The Kubernetes Events for {@code events}, decided from {@code before} in that order. */
  public static List<KubeEvent> of(RolloutState before, List<RolloutEvent> events) {
    List<KubeEvent> out = new ArrayList<>();
    RolloutState s = before;
    for (RolloutEvent e : events) {
      KubeEvent k = of(s, e);
      if (k != null) {
        out.add(k);
      }
      s = s.apply(e);
    }
    return out;
  }

  private static KubeEvent of(RolloutState s, RolloutEvent event) {
    int steps = Specs.steps(s.spec()).size();
    return switch (event) {
      case RevisionStarted e ->
          e.fastTrack() && steps > 0
              ? normal("SkipSteps", "Rollback to stable ReplicaSets")
              : normal("RolloutUpdated", "Rollout updated to revision " + e.revision());
      case StepCompleted e ->
          normal(
              "RolloutStepCompleted",
              "Rollout step "
                  + (e.stepIndex() + 1)
                  + "/"
                  + steps
                  + " completed ("
                  + e.description()
                  + ")");
      case PauseStarted e -> normal("RolloutPaused", "Rollout is paused (" + e.reason() + ")");
      case ManuallyPaused e -> normal("RolloutPaused", "Rollout is paused");
      case PauseEnded e -> normal("RolloutResumed", "Rollout is resumed");
      case ManuallyResumed e -> normal("RolloutResumed", "Rollout is resumed");
      case StepSkipped e -> null;
      case FullPromotionRequested e -> null;
      case Aborted e -> warning("RolloutAborted", e.message());
      case Retried e -> normal("RolloutRetry", "Retrying Rollout after abort");
      case Completed e ->
          normal(
              "RolloutCompleted",
              "Rollout completed update to revision "
                  + e.revision()
                  + " ("
                  + e.podTemplateHash()
                  + "): "
                  + e.reason());
      case Registered e -> null;
      case SpecChanged e -> null;
      case PausePublished e -> null;
      case Deleted e -> normal("RolloutDeleted", "Rollout deleted");
    };
  }

  private static KubeEvent normal(String reason, String message) {
    return new KubeEvent("Normal", reason, message);
  }

  private static KubeEvent warning(String reason, String message) {
    return new KubeEvent("Warning", reason, message);
  }
}
