package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.RolloutEvent.Aborted;
import dev.stepwise.domain.RolloutEvent.Completed;
import dev.stepwise.domain.RolloutEvent.PauseStarted;
import dev.stepwise.domain.RolloutEvent.RevisionStarted;
import dev.stepwise.domain.RolloutEvent.ScaleDownScheduled;
import dev.stepwise.domain.RolloutEvent.ServiceSwitched;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Given/when/then scenarios of a blue-green rollout (3 replicas, Services "active" and "preview"),
 * driven through decide/apply/desired against a fake cluster.
 */
class BlueGreenScenarioTest {
  FakeCluster c = new FakeCluster();

  static BlueGreenSpec bg(boolean auto, Integer previewCount) {
    return new BlueGreenSpec(
        "active", "preview", previewCount, auto, 0, null, null, null, false, false);
  }

  static RolloutSpec spec(String hash, BlueGreenSpec bg) {
    return spec(hash, bg, null);
  }

  static RolloutSpec spec(String hash, BlueGreenSpec bg, Integer progressDeadline) {
    return new RolloutSpec(
        3,
        Map.of("app", "demo"),
        false,
        Map.of("app", "demo"),
        hash,
        Map.of("demo", "nginx:" + hash),
        0,
        progressDeadline,
        null,
        false,
        null,
        true,
        List.of(),
        false,
        null,
        null,
        null,
        null,
        bg);
  }

  private void givenStableOn(String hash, BlueGreenSpec bg) {
    c.apply(spec(hash, bg));
    c.settle();
    assertThat(c.journal).filteredOn(Completed.class::isInstance).hasSize(1);
    assertThat(c.status.phase()).isEqualTo("Healthy");
    assertThat(selectors()).containsEntry("active", hash);
    if (bg.hasPreview()) {
      assertThat(selectors()).containsEntry("preview", hash);
    }
  }

  /** Service name → the hash its selector must have. */
  private Map<String, String> selectors() {
    Map<String, String> out = new java.util.TreeMap<>();
    for (Desired.ServiceTarget t : c.state.desired(c.context()).services()) {
      out.put(t.name(), t.podTemplateHash());
    }
    return out;
  }

  private <T> List<T> events(Class<T> type) {
    return c.journal.stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void theFirstRevisionBecomesStableAndActive() {
    givenStableOn("h1", bg(true, null));
    assertThat(c.size("h1")).isEqualTo(3);
    assertThat(c.status.blueGreen().activeSelector()).isEqualTo("h1");
    assertThat(c.status.selector()).isEqualTo("app=demo,rollouts-pod-template-hash=h1");
    assertThat(c.status.currentStepIndex()).isNull();
    assertThat(events(Completed.class).get(0).reason()).isEqualTo("Initial deploy");
  }

  @Test
  void anAutoPromotedUpdateSwitchesThenScalesTheOldRevisionDownAfterTheDelay() {
    givenStableOn("h1", bg(true, null));
    c.apply(spec("h2", bg(true, null)));
    // the preview follows the new revision at once; active waits for it to be saturated
    assertThat(selectors()).containsEntry("active", "h1").containsEntry("preview", "h2");
    c.settle();
    assertThat(selectors()).containsEntry("active", "h2").containsEntry("preview", "h2");
    assertThat(events(Completed.class).get(1).reason()).isEqualTo("Completed blue-green update");
    ScaleDownScheduled delay = events(ScaleDownScheduled.class).get(0);
    assertThat(delay.podTemplateHash()).isEqualTo("h1");
    assertThat(delay.deadline()).isEqualTo(c.now.plusSeconds(30));
    assertThat(c.state.desired(c.context()).scaleDownDeadlines())
        .containsEntry("h1", c.now.plusSeconds(30));
    assertThat(c.size("h1")).isEqualTo(3);
    assertThat(c.status.phase()).isEqualTo("Healthy");
    assertThat(c.state.nextWakeup()).contains(c.now.plusSeconds(30));
    // when the delay is over
    c.tickAt(c.now.plusSeconds(29));
    assertThat(c.size("h1")).isEqualTo(3);
    c.tickAt(c.now.plusSeconds(1));
    c.settle();
    assertThat(c.size("h1")).isZero();
    assertThat(c.state.bg().deadlines()).isEmpty();
    assertThat(c.state.nextWakeup()).isEmpty();
    List<KubeEvents.KubeEvent> switched =
        KubeEvents.of(RolloutState.empty(), c.journal).stream()
            .filter(k -> k.reason().equals("SwitchService"))
            .toList();
    assertThat(switched)
        .extracting(KubeEvents.KubeEvent::message)
        .contains("Switched selector for service 'active' from 'h1' to 'h2'");
  }

  @Test
  void manualPromotionWithAPreviewReplicaCount() {
    givenStableOn("h1", bg(false, 1));
    c.apply(spec("h2", bg(false, 1), 60));
    c.settle();
    // then the preview runs 1 replica, paused at BlueGreenPause; active stays on h1
    assertThat(c.size("h2")).isEqualTo(1);
    assertThat(c.size("h1")).isEqualTo(3);
    assertThat(events(PauseStarted.class))
        .extracting(PauseStarted::reason)
        .containsExactly("BlueGreenPause");
    assertThat(c.status.phase()).isEqualTo("Paused");
    assertThat(c.status.message()).isEqualTo("BlueGreenPause");
    assertThat(selectors()).containsEntry("active", "h1").containsEntry("preview", "h2");
    // paused far longer than progressDeadlineSeconds: not degraded
    c.statusWritten();
    c.tickAt(c.now.plusSeconds(600));
    assertThat(c.state.progressDeadlineExceeded()).isFalse();
    assertThat(c.status.phase()).isEqualTo("Paused");
    // when a user promotes (clears the pause conditions, as the plugin does)
    c.observe(
        new ObservedStatus(false, false, 0, true, null, "h2", null, "kubectl-argo-rollouts", null));
    assertThat(c.size("h2")).isEqualTo(3); // scales to full before the switch
    assertThat(selectors()).containsEntry("active", "h1");
    c.settle();
    assertThat(selectors()).containsEntry("active", "h2");
    assertThat(c.status.stableRS()).isEqualTo("h2");
    assertThat(c.status.phase()).isEqualTo("Healthy");
  }

  @Test
  void aFailedPostPromotionGateAbortsAndSwitchesBackThenRetryResumes() {
    BlueGreenSpec gated =
        new BlueGreenSpec("active", "preview", null, true, 0, null, null, 10, false, true);
    givenStableOn("h1", gated);
    c.apply(spec("h2", gated));
    c.settle();
    // switched, but not stable until the post-promotion gate passes
    assertThat(selectors()).containsEntry("active", "h2");
    assertThat(c.status.stableRS()).isEqualTo("h1");
    assertThat(c.status.message()).isEqualTo("waiting for analysis to complete");
    c.send(new RolloutCommand.PromotionGateReported("post", "h2", false, "metric error-rate"));
    Aborted aborted = events(Aborted.class).get(0);
    assertThat(aborted.message())
        .isEqualTo(
            "Rollout aborted update to revision 2: Blue/green post-promotion analysis phase"
                + " error/failed: metric error-rate");
    assertThat(selectors()).containsEntry("active", "h1");
    assertThat(c.status.phase()).isEqualTo("Degraded");
    assertThat(c.status.message())
        .startsWith("RolloutAborted: Rollout aborted update to revision 2");
    c.settle();
    // the preview goes after abortScaleDownDelaySeconds
    assertThat(c.size("h2")).isEqualTo(3);
    c.tickAt(c.now.plusSeconds(10));
    assertThat(c.size("h2")).isZero();
    // when a user retries
    c.statusWritten();
    c.observe(c.writtenStatusWithAbort(false));
    c.settle();
    assertThat(c.state.abort()).isNull();
    assertThat(c.size("h2")).isEqualTo(3);
    assertThat(selectors()).containsEntry("active", "h2");
    c.send(new RolloutCommand.PromotionGateReported("post", "h2", true, null));
    c.settle();
    assertThat(c.status.stableRS()).isEqualTo("h2");
    assertThat(c.status.phase()).isEqualTo("Healthy");
  }

  @Test
  void aFailedPrePromotionGateKeepsTheActiveServiceOnStable() {
    BlueGreenSpec gated =
        new BlueGreenSpec("active", "preview", null, true, 0, null, null, null, true, false);
    givenStableOn("h1", gated);
    c.apply(spec("h2", gated));
    c.settle();
    assertThat(selectors()).containsEntry("active", "h1");
    assertThat(c.status.message()).isEqualTo("active service cutover pending");
    c.send(new RolloutCommand.PromotionGateReported("pre", "h1", false, "stale")); // not current
    assertThat(c.state.abort()).isNull();
    c.send(new RolloutCommand.PromotionGateReported("pre", "h2", false, null));
    assertThat(c.state.abort().message())
        .endsWith("Blue/green pre-promotion analysis phase error/failed");
    assertThat(selectors()).containsEntry("active", "h1");
  }

  @Test
  void goingBackToAStillScaledRevisionSwitchesAtOnce() {
    givenStableOn("h1", bg(false, null));
    c.apply(spec("h2", bg(false, null)));
    c.settle();
    c.statusWritten();
    c.observe(
        new ObservedStatus(false, false, 0, true, null, "h2", null, "kubectl-argo-rollouts", null));
    c.settle();
    assertThat(selectors()).containsEntry("active", "h2");
    assertThat(c.size("h1")).isEqualTo(3); // within its scale-down delay
    // when the old template comes back within the delay
    c.advance(5);
    List<RolloutEvent> back = c.apply(spec("h1", bg(false, null)));
    RevisionStarted started =
        (RevisionStarted)
            back.stream().filter(RevisionStarted.class::isInstance).findFirst().orElseThrow();
    assertThat(started.existingReplicas()).isEqualTo(3);
    // then no pause and no new scale-up: the switch is immediate
    assertThat(back).hasAtLeastOneElementOfType(ServiceSwitched.class);
    assertThat(selectors()).containsEntry("active", "h1");
    assertThat(c.state.pause()).isNull();
    c.settle();
    assertThat(c.status.stableRS()).isEqualTo("h1");
    assertThat(c.state.bg().deadlines()).containsOnlyKeys("h2");
  }

  @Test
  void aNewTemplateWhilePausedReplacesThePreview() {
    givenStableOn("h1", bg(false, null));
    c.apply(spec("h2", bg(false, null)));
    c.settle();
    assertThat(c.state.pause()).isNotNull();
    c.apply(spec("h3", bg(false, null)));
    c.settle();
    assertThat(selectors()).containsEntry("active", "h1").containsEntry("preview", "h3");
    assertThat(c.state.pause()).isNotNull();
    assertThat(c.size("h3")).isEqualTo(3);
    // h2 waits for its delay like any old revision, then goes
    assertThat(c.state.bg().deadlines()).containsKey("h2");
    c.tickAt(c.now.plusSeconds(30));
    assertThat(c.size("h2")).isZero();
    assertThat(c.size("h1")).isEqualTo(3);
  }

  @Test
  void theRevisionLimitScalesOlderRevisionsDownAtOnce() {
    BlueGreenSpec limited =
        new BlueGreenSpec("active", "", null, true, 0, null, 1, null, false, false);
    givenStableOn("h1", limited);
    c.apply(spec("h2", limited));
    c.settle();
    c.apply(spec("h3", limited));
    c.settle();
    // h2 (newest old) keeps its delay; h1 is past the limit of 1 and goes at once
    assertThat(c.size("h2")).isEqualTo(3);
    assertThat(c.size("h1")).isZero();
    assertThat(selectors()).containsOnlyKeys("active");
  }
}
