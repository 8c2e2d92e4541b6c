package dev.stepwise.domain;

/**
 * The port through which kube/ hands observations to the rollout entities (implemented with Cluster
 * Sharding in entity/), so kube/ never depends on Pekko.
 */
public interface CommandSink {
  void tell(RolloutKey key, RolloutCommand command);
}
