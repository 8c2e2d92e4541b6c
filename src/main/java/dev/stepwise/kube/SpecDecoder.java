package dev.stepwise.kube;

import dev.stepwise.domain.RolloutCommand;
import dev.stepwise.kube.spec.RolloutSpecMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/** The {@link RolloutDecoder} over kube.spec's tolerant mapper and Go-compatible hasher. */
public final class SpecDecoder implements RolloutDecoder {

  @Override
  public RolloutCommand.Observe observe(GenericKubernetesResource rollout) {
    return RolloutSpecMapper.map(rollout).toObserve();
  }

  @Override
  public String templateHash(GenericKubernetesResource rollout) {
    return RolloutSpecMapper.map(rollout).spec().podTemplateHash();
  }
}
