package dev.stepwise.kube;

import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records Kubernetes Events on a Rollout with upstream reasons and messages, so `kubectl describe
 * rollout` and notification tooling see what they expect. Failures are logged, never thrown: an
 * Event is not worth stalling a rollout for.
 */
public final class EventRecorder {
  private static final Logger log = LoggerFactory.getLogger(EventRecorder.class);
  private static final String COMPONENT = "rollouts-controller";

  private final KubernetesClient client;
  private final Clock clock;

  public EventRecorder(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  void normal(GenericKubernetesResource rollout, String reason, String message) {
    record(rollout, "Normal", reason, message);
  }

  /** Records one Event of the given type ("Normal" or "Warning"). */
  public void record(
      GenericKubernetesResource rollout, String type, String reason, String message) {
    var meta = rollout.getMetadata();
    String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    var event =
        new EventBuilder()
            .withNewMetadata()
            .withName(
                meta.getName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()))
            .withNamespace(meta.getNamespace())
            .endMetadata()
            .withNewInvolvedObject()
            .withApiVersion(Rollouts.API_VERSION)
            .withKind(Rollouts.KIND)
            .withName(meta.getName())
            .withNamespace(meta.getNamespace())
            .withUid(meta.getUid())
            .withResourceVersion(meta.getResourceVersion())
            .endInvolvedObject()
            .withType(type)
            .withReason(reason)
            .withMessage(message)
            .withCount(1)
            .withFirstTimestamp(now)
            .withLastTimestamp(now)
            .withNewSource()
            .withComponent(COMPONENT)
            .endSource()
            .withReportingComponent(COMPONENT)
            .build();
    try {
      client.v1().events().inNamespace(meta.getNamespace()).resource(event).create();
    } catch (RuntimeException e) {
      log.warn("could not record event {} on {}: {}", reason, meta.getName(), e.toString());
    }
  }
}
