package dev.stepwise.domain;

/**
 * The port through which kube/ hands observations to the rollout entities (implemented with Cluster
 * Sharding in entity/), so kube/ never depends on Pekko.
 */
public interface CommandSink {
  void tell(RolloutKey key, RolloutCommand command);

  /**
   * False while commands told would be dropped (this node does not forward informer events): an
   * observer may skip building them. Whoever starts accepting re-sends what it skipped.
   */
  default boolean accepting() {
    return true;
  }
}
