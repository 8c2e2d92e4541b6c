package dev.stepwise.analysis.job;

import dev.stepwise.domain.analysis.AnalysisPhase;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Reads a Job's outcome the way upstream does. */
final class JobStatus {
  /** Container waiting reasons meaning the Job can never run as written. */
  static final Set<String> IMAGE_ERRORS =
      Set.of("ErrImagePull", "ImagePullBackOff", "InvalidImageName");

  /** A decided phase and, for an image error, why. */
  record Outcome(AnalysisPhase phase, String message) {}

  private JobStatus() {}

  /** The decided outcome, or null while the Job is still running. */
  static Outcome outcome(KubernetesClient client, Job job) {
    var status = job.getStatus();
    if (status != null && status.getConditions() != null) {
      for (var c : status.getConditions()) {
        if (!"True".equals(c.getStatus())) {
          continue;
        }
        if ("Complete".equals(c.getType())) {
          return new Outcome(AnalysisPhase.SUCCESSFUL, null);
        }
        if ("Failed".equals(c.getType())) {
          return new Outcome(AnalysisPhase.FAILED, c.getMessage());
        }
      }
    }
    String ns = job.getMetadata().getNamespace();
    List<Pod> pods =
        client
            .pods()
            .inNamespace(ns)
            .withLabel("job-name", job.getMetadata().getName())
            .list()
            .getItems();
    for (Pod pod : pods) {
      if (pod.getStatus() == null) {
        continue;
      }
      List<ContainerStatus> all =
          Stream.concat(
                  nullSafe(pod.getStatus().getInitContainerStatuses()).stream(),
                  nullSafe(pod.getStatus().getContainerStatuses()).stream())
              .toList();
      for (ContainerStatus cs : all) {
        var waiting = cs.getState() == null ? null : cs.getState().getWaiting();
        if (waiting != null && IMAGE_ERRORS.contains(waiting.getReason())) {
          return new Outcome(
              AnalysisPhase.INCONCLUSIVE,
              "pod "
                  + pod.getMetadata().getName()
                  + " container "
                  + cs.getName()
                  + ": "
                  + waiting.getReason());
        }
      }
    }
    return null;
  }

  private static <T> List<T> nullSafe(List<T> l) {
    return l == null ? List.of() : l;
  }
}
