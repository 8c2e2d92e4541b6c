package dev.stepwise.entity;

import dev.stepwise.domain.CborSerializable;
import dev.stepwise.domain.RolloutKey;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.sharding.ShardRegion;
import org.apache.pekko.cluster.sharding.typed.GetShardRegionState;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.cluster.typed.ClusterSingleton;
import org.apache.pekko.cluster.typed.SingletonActor;

/**
 * Which node hands informer events to the rollout entities: a cluster singleton, so that every
 * Observe reaches an entity from one node only, in that node's informer order (two nodes' informers
 * can be at different resourceVersions; their events interleaved would show an entity a newer spec
 * and then an older one). Every node keeps its informers running, since its actuator serves writes
 * from their caches; only the forwarding moves. On gaining the role a node re-sends its whole
 * cache, so an event the previous holder had not forwarded when it died is not lost; observations
 * are level-triggered (the whole object), so a repeat changes nothing.
 *
 * <p>An entity that starts on a node because its shard moved (a node joined, left or died) waits
 * for an observation before it acts, and nothing on the API server may change to send one. So every
 * node looks at the entities it hosts every {@link #HOSTED_POLL} and asks the holder to re-send the
 * Rollouts of those that are new here.
 */
public final class WatchLeadership {
  static final Duration HOSTED_POLL = Duration.ofSeconds(1);

  private WatchLeadership() {}

  /** Messages of the singleton. */
  public interface Command extends CborSerializable {}

  /** Re-send these Rollouts (entity ids {@code namespace/name}): their entities just started. */
  public record Refresh(List<String> entityIds) implements Command {}

  private record Hosted(ShardRegion.CurrentShardRegionState state) implements Command {}

  private enum Poll implements Command {
    INSTANCE
  }

  /**
   * Runs {@code gained} when this node starts the singleton and {@code lost} when it stops there
   * (hand-over, leaving, downing), {@code resend} for each Rollout a starting entity needs. All run
   * on actor threads and must not block for long.
   */
  public static void init(
      ActorSystem<?> system, Runnable gained, Runnable lost, Consumer<RolloutKey> resend) {
    Behavior<Command> behavior =
        Behaviors.setup(
            ctx -> {
              ctx.getLog().info("this node now forwards informer events to the rollouts");
              gained.run();
              return Behaviors.receive(Command.class)
                  .onMessage(
                      Refresh.class,
                      r -> {
                        r.entityIds().forEach(id -> resend.accept(key(id)));
                        return Behaviors.same();
                      })
                  .onSignal(
                      PostStop.class,
                      s -> {
                        ctx.getLog().info("this node no longer forwards informer events");
                        lost.run();
                        return Behaviors.same();
                      })
                  .build();
            });
    ActorRef<Command> leader =
        ClusterSingleton.get(system).init(SingletonActor.of(behavior, "watch-leadership"));
    system.systemActorOf(
        watchHosted(leader), "watch-hosted-rollouts", org.apache.pekko.actor.typed.Props.empty());
  }

  /** Polls the local shard region; entities new since the last poll are sent for a refresh. */
  private static Behavior<Command> watchHosted(ActorRef<Command> leader) {
    return Behaviors.setup(
        ctx ->
            Behaviors.withTimers(
                timers -> {
                  timers.startTimerWithFixedDelay(Poll.INSTANCE, HOSTED_POLL);
                  Set<String> known = new HashSet<>();
                  ActorRef<ShardRegion.CurrentShardRegionState> replies =
                      ctx.messageAdapter(ShardRegion.CurrentShardRegionState.class, Hosted::new);
                  return Behaviors.receive(Command.class)
                      .onMessageEquals(
                          Poll.INSTANCE,
                          () -> {
                            ClusterSharding.get(ctx.getSystem())
                                .shardState()
                                .tell(
                                    new GetShardRegionState(
                                        RolloutEntity.ENTITY_TYPE_KEY, replies));
                            return Behaviors.same();
                          })
                      .onMessage(
                          Hosted.class,
                          h -> {
                            Set<String> now = new HashSet<>();
                            h.state().getShards().forEach(s -> now.addAll(s.getEntityIds()));
                            List<String> fresh =
                                now.stream().filter(id -> !known.contains(id)).toList();
                            known.clear();
                            known.addAll(now);
                            if (!fresh.isEmpty()) {
                              leader.tell(new Refresh(fresh));
                            }
                            return Behaviors.same();
                          })
                      .build();
                }));
  }

  private static RolloutKey key(String entityId) {
    int slash = entityId.indexOf('/');
    return new RolloutKey(entityId.substring(0, slash), entityId.substring(slash + 1));
  }
}
