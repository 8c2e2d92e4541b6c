package dev.stepwise.crash;

import dev.stepwise.domain.RolloutEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one run of the scenario left behind, and the views of it the test compares with the
 * uninterrupted run: the ReplicaSet size sequence, the journal's step trace, the end state.
 *
 * @param name the rollout's name
 * @param hashes its stable and canary pod template hashes
 * @param history every state of its ReplicaSets, as the test's watch saw them
 * @param journal its journal after the run
 * @param status its final .status
 * @param kubeEvents "reason: message" of the Kubernetes Events recorded on it, oldest first
 * @param writes the controller's writes about it, with the kill point marked
 * @param restartedAt when the controller was running again after the kill, or null
 */
record RunRecord(
    String name,
    CanaryScenario.Hashes hashes,
    List<ReplicaSetRecorder.Snapshot> history,
    List<RolloutEvent> journal,
    Map<String, Object> status,
    List<String> kubeEvents,
    List<String> writes,
    Instant restartedAt) {

  /** (stable, canary) spec.replicas after each change, repeats of the same pair collapsed. */
  List<String> sizeSequence() {
    List<String> out = new ArrayList<>();
    for (ReplicaSetRecorder.Snapshot s : history) {
      String pair = s.of(hashes.stable()).spec() + "/" + s.of(hashes.canary()).spec();
      if (out.isEmpty() || !out.get(out.size() - 1).equals(pair)) {
        out.add(pair);
      }
    }
    return out;
  }

  /**
   * Instants where fewer than replicas − maxUnavailable pods were available, once the first
   * revision was fully available.
   */
  List<String> floorViolations() {
    int floor = CanaryScenario.REPLICAS - CanaryScenario.MAX_UNAVAILABLE;
    List<String> out = new ArrayList<>();
    boolean up = false;
    for (ReplicaSetRecorder.Snapshot s : history) {
      int stable = s.of(hashes.stable()).available();
      int canary = s.of(hashes.canary()).available();
      up |= stable == CanaryScenario.REPLICAS;
      if (up && stable + canary < floor) {
        out.add("available " + stable + "+" + canary + " in " + s);
      }
    }
    return out;
  }

  /**
   * The journal as the steps a user sees: revisions, steps completed, pauses started and ended (and
   * by whom), aborts, retries, completion. Equal traces mean no step repeated or skipped.
   */
  List<String> trace() {
    List<String> out = new ArrayList<>();
    for (RolloutEvent e : journal) {
      switch (e) {
        case RolloutEvent.RevisionStarted r -> out.add("revision " + r.revision());
        case RolloutEvent.StepCompleted c -> out.add("step " + c.stepIndex() + " done");
        case RolloutEvent.PauseStarted p ->
            out.add("pause " + p.stepIndex() + (p.deadline() == null ? " indefinite" : " timed"));
        case RolloutEvent.PauseEnded p ->
            out.add("pause " + p.stepIndex() + " ended by " + p.cause().kind());
        case RolloutEvent.StepSkipped s -> out.add("skipped " + s.fromIndex() + "->" + s.toIndex());
        case RolloutEvent.Aborted a -> out.add("aborted by " + a.cause().kind());
        case RolloutEvent.Retried r -> out.add("retried by " + r.cause().kind());
        case RolloutEvent.Completed c -> out.add("completed revision " + c.revision());
        case RolloutEvent.FullPromotionRequested f -> out.add("full promotion");
        case RolloutEvent.ManuallyPaused p -> out.add("paused by user");
        case RolloutEvent.ManuallyResumed r -> out.add("resumed by user");
        case RolloutEvent.Registered r -> {}
        case RolloutEvent.SpecChanged s -> {}
        case RolloutEvent.PausePublished p -> {}
        case RolloutEvent.Deleted d -> out.add("deleted");
        case RolloutEvent.ProgressDeadlineExceeded p -> out.add("progress deadline exceeded");
        case RolloutEvent.AbortPublished p -> {}
        case RolloutEvent.ProgressObserved p -> {}
        case RolloutEvent.Restarted r -> {}
        case RolloutEvent.ServiceSwitched w -> out.add(w.role() + " service to " + w.toHash());
        case RolloutEvent.ScaleDownScheduled d -> {}
        case RolloutEvent.ScaleDownDelayEnded d -> {}
        case RolloutEvent.PromotionGateFinished g -> out.add(g.gate() + " gate " + g.successful());
        case RolloutEvent.AnalysisRunRequested r -> out.add("analysis " + r.request().runName());
        case RolloutEvent.AnalysisRunReported r -> out.add(r.runName() + " " + r.phase().wire());
        case RolloutEvent.AnalysisRunTerminated t -> out.add(t.runName() + " terminated");
      }
    }
    return out;
  }

  /**
   * Timed pauses that did not end at their journaled deadline (or, when the controller was down
   * then, soon after it came back): a pause restarted from zero ends a whole duration late.
   */
  List<String> latePauses(Duration slack) {
    List<String> out = new ArrayList<>();
    Instant deadline = null;
    for (RolloutEvent e : journal) {
      if (e instanceof RolloutEvent.PauseStarted p) {
        deadline = p.deadline();
      } else if (e instanceof RolloutEvent.PauseEnded p && deadline != null) {
        if (p.cause().kind() == dev.stepwise.domain.Cause.Kind.TIMER) {
          Instant due =
              restartedAt != null && restartedAt.isAfter(deadline) ? restartedAt : deadline;
          if (p.at().isBefore(deadline) || p.at().isAfter(due.plus(slack))) {
            out.add("pause " + p.stepIndex() + " due " + deadline + " ended " + p.at());
          }
        }
        deadline = null;
      }
    }
    return out;
  }

  /** The final status with names, hashes and times replaced, comparable across runs. */
  String endState() {
    Map<String, Object> s = new java.util.TreeMap<>(status);
    s.remove("observedGeneration");
    String text = s.toString();
    text = text.replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z", "<time>");
    return text.replace(hashes.canary(), "<canary>")
        .replace(hashes.stable(), "<stable>")
        .replace(name, "<rollout>");
  }

  /** The Kubernetes Events with names and hashes replaced. */
  List<String> normalizedEvents() {
    return kubeEvents.stream()
        .map(
            e ->
                e.replace(hashes.canary(), "<canary>")
                    .replace(hashes.stable(), "<stable>")
                    .replace(name, "<rollout>"))
        .toList();
  }
}
