package dev.stepwise.entity;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.cluster.sharding.ShardRegion;
import org.apache.pekko.cluster.sharding.typed.GetShardRegionState;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;

/** What a node's rollout shard region hosts, as tests look at it. */
final class RolloutShards {
  private RolloutShards() {}

  /** The shards this node hosts for rollouts, with their running entities. */
  static List<ShardRegion.ShardState> on(ActorSystem<?> system, Duration timeout) throws Exception {
    ShardRegion.CurrentShardRegionState state =
        AskPattern.ask(
                ClusterSharding.get(system).shardState(),
                (ActorRef<ShardRegion.CurrentShardRegionState> replyTo) ->
                    new GetShardRegionState(RolloutEntity.ENTITY_TYPE_KEY, replyTo),
                timeout,
                system.scheduler())
            .toCompletableFuture()
            .get(timeout.toSeconds(), TimeUnit.SECONDS);
    return List.copyOf(state.getShards());
  }
}
