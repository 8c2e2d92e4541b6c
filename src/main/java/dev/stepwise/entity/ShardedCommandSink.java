package dev.stepwise.entity;

import dev.stepwise.domain.CommandSink;
import dev.stepwise.domain.RolloutCommand;
import dev.stepwise.domain.RolloutKey;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.cluster.sharding.typed.javadsl.EntityRef;

/**
 * The {@link CommandSink} kube/ talks to: routes each command to its rollout's entity, wherever in
 * the cluster it lives, through Cluster Sharding.
 */
public final class ShardedCommandSink implements CommandSink {
  private final ClusterSharding sharding;

  /** A sink on {@code system}; sharding must be initialised there ({@link RolloutEntity#init}). */
  public ShardedCommandSink(ActorSystem<?> system) {
    this.sharding = ClusterSharding.get(system);
  }

  @Override
  public void tell(RolloutKey key, RolloutCommand command) {
    entity(key).tell(new RolloutEntity.Apply(command));
  }

  /** Asks the rollout's entity for its view (starting the entity if it is not running). */
  public CompletionStage<RolloutEntity.View> state(RolloutKey key, Duration timeout) {
    return entity(key).ask(RolloutEntity.GetState::new, timeout);
  }

  private EntityRef<RolloutEntity.Command> entity(RolloutKey key) {
    return sharding.entityRefFor(RolloutEntity.ENTITY_TYPE_KEY, key.entityId());
  }
}
