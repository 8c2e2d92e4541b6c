package dev.stepwise.kube;

import dev.stepwise.domain.RolloutCommand;
import dev.stepwise.kube.spec.PodTemplateHasher;
import dev.stepwise.kube.spec.RolloutSpecMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;

/** The {@link RolloutDecoder} over kube.spec's tolerant mapper and Go-compatible hasher. */
public final class SpecDecoder implements RolloutDecoder {

  @Override
  public RolloutCommand.Observe observe(GenericKubernetesResource rollout) {
    return RolloutSpecMapper.map(rollout).toObserve();
  }

  /**
   * Hashes only spec.template (with status.collisionCount): the actuator asks on every apply, and
   * mapping the whole Rollout (steps, validation facts) there would be work thrown away.
   */
  @Override
  public String templateHash(GenericKubernetesResource rollout) {
    Map<String, Object> spec = RawMaps.map(rollout.getAdditionalProperties().get("spec"));
    Object collisions =
        RawMaps.map(rollout.getAdditionalProperties().get("status")).get("collisionCount");
    return PodTemplateHasher.hash(
        RawMaps.map(spec.get("template")),
        collisions instanceof Number n ? Integer.valueOf(n.intValue()) : null);
  }
}
