package dev.stepwise.kube;

import dev.stepwise.domain.RolloutStatusView;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;

/**
 * The status fields the controller writes, for code outside kube/ that stands in for the API server
 * (the benchmark's in-process fake): the same fields and the same "already written" test as {@link
 * StatusWriter}.
 */
public final class StatusFields {
  private StatusFields() {}

  /** The status fields as upstream names them; null means "absent". */
  public static Map<String, Object> of(RolloutStatusView status) {
    return StatusWriter.fields(status);
  }

  /** True when the object's status already holds every field of {@code wanted}. */
  public static boolean upToDate(GenericKubernetesResource rollout, Map<String, Object> wanted) {
    return StatusWriter.upToDate(rollout, wanted);
  }
}
