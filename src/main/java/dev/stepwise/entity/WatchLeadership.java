package dev.stepwise.entity;

import dev.stepwise.domain.CborSerializable;
import dev.stepwise.domain.RolloutKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.PostStop;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
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
 * for an observation before it acts, and nothing on the API server may change to send one. So an
 * entity that has recovered and seen no observation for {@link #REFRESH_AFTER} asks the holder to
 * re-send its Rollout ({@link #requestRefresh}). The entities ask, rather than a poll of the shard
 * region reporting every entity new on a node: after a restart that poll re-sent all 10,000
 * Rollouts that the leadership's re-send had just delivered (BENCHMARKS.md).
 */
public final class WatchLeadership {
  /** How long a recovered entity waits for an observation before it asks for one. */
  static final Duration REFRESH_AFTER = Duration.ofSeconds(2);

  /**
   * How often it asks again while none comes (a request lost while the role moved; a Rollout no
   * longer in the cache is not re-sent at all, so not every 2 s).
   */
  static final Duration REFRESH_AGAIN = Duration.ofSeconds(30);

  /** The singleton's proxy per actor system (tests run several nodes in one JVM). */
  private static final Map<ActorSystem<?>, ActorRef<Command>> LEADERS = new ConcurrentHashMap<>();

  private WatchLeadership() {}

  /** Messages of the singleton. */
  public interface Command extends CborSerializable {}

  /** Re-send these Rollouts (entity ids {@code namespace/name}): their entities just started. */
  public record Refresh(List<String> entityIds) implements Command {}

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
    register(
        system, ClusterSingleton.get(system).init(SingletonActor.of(behavior, "watch-leadership")));
  }

  /** Routes {@link #requestRefresh} on {@code system} to {@code leader}. */
  static void register(ActorSystem<?> system, ActorRef<Command> leader) {
    LEADERS.put(system, leader);
    system.getWhenTerminated().thenRun(() -> LEADERS.remove(system));
  }

  /**
   * Asks the node that forwards informer events to re-send the Rollout {@code key}. Before {@link
   * #init} there is nobody to ask yet: the entity asks again later, and a node that gains the role
   * re-sends its whole cache anyway.
   */
  static void requestRefresh(ActorSystem<?> system, RolloutKey key) {
    ActorRef<Command> leader = LEADERS.get(system);
    if (leader != null) {
      leader.tell(new Refresh(List.of(key.entityId())));
    }
  }

  private static RolloutKey key(String entityId) {
    int slash = entityId.indexOf('/');
    return new RolloutKey(entityId.substring(0, slash), entityId.substring(slash + 1));
  }
}
