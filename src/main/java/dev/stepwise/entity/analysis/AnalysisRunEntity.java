package dev.stepwise.entity.analysis;

import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.cluster.sharding.typed.ShardingEnvelope;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.cluster.sharding.typed.javadsl.Entity;
import org.apache.pekko.cluster.sharding.typed.javadsl.EntityTypeKey;

/**
 * AnalysisRuns that users create directly: one sharded entity per run, remembered (reference.conf)
 * so a run in progress resumes by itself after a restart.
 */
public final class AnalysisRunEntity {
  /** Sharding type of user-created runs; entity ids are {@code <namespace>/<name>/<uid>}. */
  public static final EntityTypeKey<Object> ENTITY_TYPE_KEY =
      EntityTypeKey.create(Object.class, "AnalysisRun");

  private AnalysisRunEntity() {}

  /**
   * Starts sharding of user-created runs on this node over {@code numberOfShards} shards (the
   * journal's) and returns the shard region.
   */
  public static ActorRef<ShardingEnvelope<Object>> init(
      ActorSystem<?> system, AnalysisRuntime runtime, int numberOfShards) {
    return ClusterSharding.get(system)
        .init(
            Entity.of(
                    ENTITY_TYPE_KEY,
                    ctx -> {
                      var shard = ctx.getShard();
                      return org.apache.pekko.actor.typed.javadsl.Behaviors.setup(
                          self ->
                              AnalysisRunBehavior.create(
                                  AnalysisRunKey.fromEntityId(ctx.getEntityId()),
                                  new RunOrigin.Standalone(
                                      () ->
                                          shard.tell(
                                              new ClusterSharding.Passivate<>(self.getSelf()))),
                                  runtime));
                    })
                .withMessageExtractor(
                    new org.apache.pekko.cluster.sharding.typed.HashCodeMessageExtractor<Object>(
                        numberOfShards)));
  }

  /** Sends {@code message} to the run {@code key}, starting its entity when needed. */
  public static void tell(ActorSystem<?> system, AnalysisRunKey key, Object message) {
    ClusterSharding.get(system).entityRefFor(ENTITY_TYPE_KEY, key.entityId()).tell(message);
  }
}
