package dev.stepwise.sandbox;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import io.fabric8.kubernetes.api.model.batch.v1.JobConditionBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plays the Job controller, deterministically by image name, once a Job has existed for the
 * simulator's ready delay:
 *
 * <ul>
 *   <li>an image containing {@code "imagepull"}: one pod is created whose container waits in {@code
 *       ErrImagePull}; the Job stays active (never finishes);
 *   <li>an image containing {@code "fail"}: the Job gets {@code failed: 1} and condition {@code
 *       Failed=True} (reason BackoffLimitExceeded);
 *   <li>any other image: {@code succeeded: 1} and condition {@code Complete=True}.
 * </ul>
 *
 * A Job that already has a finished condition or an active pod is left alone.
 */
final class JobController {
  static final String PULL_MARKER = "imagepull";
  static final String FAIL_MARKER = "fail";

  private final KubernetesClient client;
  private final Clock clock;

  JobController(KubernetesClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  void reconcile(String namespace, String name) {
    Job job = client.batch().v1().jobs().inNamespace(namespace).withName(name).get();
    if (job == null || job.getMetadata().getDeletionTimestamp() != null || finished(job)) {
      return;
    }
    List<String> images =
        job.getSpec().getTemplate().getSpec().getContainers().stream()
            .map(Container::getImage)
            .map(i -> i == null ? "" : i.toLowerCase(Locale.ROOT))
            .toList();
    String now = clock.instant().toString();
    JobStatus status;
    if (images.stream().anyMatch(i -> i.contains(PULL_MARKER))) {
      if (job.getStatus() != null && Integer.valueOf(1).equals(job.getStatus().getActive())) {
        return;
      }
      client.pods().inNamespace(namespace).resource(pullingPod(job)).create();
      status = new JobStatusBuilder().withActive(1).withStartTime(now).build();
    } else if (images.stream().anyMatch(i -> i.contains(FAIL_MARKER))) {
      status =
          new JobStatusBuilder()
              .withFailed(1)
              .withStartTime(now)
              .withConditions(condition("Failed", "BackoffLimitExceeded", now))
              .build();
    } else {
      status =
          new JobStatusBuilder()
              .withSucceeded(1)
              .withStartTime(now)
              .withCompletionTime(now)
              .withConditions(condition("Complete", null, now))
              .build();
    }
    client
        .batch()
        .v1()
        .jobs()
        .inNamespace(namespace)
        .withName(name)
        .subresource("status")
        .patch(
            io.fabric8.kubernetes.client.dsl.base.PatchContext.of(
                io.fabric8.kubernetes.client.dsl.base.PatchType.JSON_MERGE),
            Serialization.asJson(Map.of("status", status)));
  }

  private static boolean finished(Job job) {
    return job.getStatus() != null
        && job.getStatus().getConditions() != null
        && job.getStatus().getConditions().stream()
            .anyMatch(
                c ->
                    ("Complete".equals(c.getType()) || "Failed".equals(c.getType()))
                        && "True".equals(c.getStatus()));
  }

  private static JobCondition condition(String type, String reason, String now) {
    return new JobConditionBuilder()
        .withType(type)
        .withStatus("True")
        .withReason(reason)
        .withLastProbeTime(now)
        .withLastTransitionTime(now)
        .build();
  }

  private static Pod pullingPod(Job job) {
    var meta = job.getMetadata();
    var spec = job.getSpec().getTemplate().getSpec();
    return new PodBuilder()
        .withNewMetadata()
        .withName(meta.getName().replace('.', '-') + "-sim")
        .withNamespace(meta.getNamespace())
        .addToLabels("job-name", meta.getName())
        .addToLabels("batch.kubernetes.io/job-name", meta.getName())
        .addToLabels("controller-uid", meta.getUid())
        .addNewOwnerReference()
        .withApiVersion("batch/v1")
        .withKind("Job")
        .withName(meta.getName())
        .withUid(meta.getUid())
        .withController(true)
        .endOwnerReference()
        .endMetadata()
        .withSpec(spec)
        .withNewStatus()
        .withPhase("Pending")
        .withContainerStatuses(
            spec.getContainers().stream()
                .map(
                    c ->
                        new ContainerStatusBuilder()
                            .withName(c.getName())
                            .withImage(c.getImage())
                            .withReady(false)
                            .withNewState()
                            .withNewWaiting()
                            .withReason("ErrImagePull")
                            .withMessage("pull access denied for " + c.getImage())
                            .endWaiting()
                            .endState()
                            .build())
                .toList())
        .endStatus()
        .build();
  }
}
