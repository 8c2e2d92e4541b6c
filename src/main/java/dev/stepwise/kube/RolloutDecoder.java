package dev.stepwise.kube;

import dev.stepwise.domain.RolloutCommand;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/** Turns a raw Rollout object into what the domain needs, tolerating malformed fields. */
public interface RolloutDecoder {

  /** The Observe command for a Rollout as seen on the API server. */
  RolloutCommand.Observe observe(GenericKubernetesResource rollout);

  /** The rollouts-pod-template-hash of the Rollout's current spec.template. */
  String templateHash(GenericKubernetesResource rollout);
}
