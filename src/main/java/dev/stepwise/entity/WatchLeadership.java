package dev.stepwise.entity;

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
 */
public final class WatchLeadership {
  private WatchLeadership() {}

  /** The singleton carries no messages: its lifetime on a node is the role. */
  public interface Nothing {}

  /**
   * Runs {@code gained} when this node starts the singleton and {@code lost} when it stops there
   * (hand-over, leaving, downing). Either runs on an actor thread and must not block for long.
   */
  public static void init(ActorSystem<?> system, Runnable gained, Runnable lost) {
    Behavior<Nothing> behavior =
        Behaviors.setup(
            ctx -> {
              ctx.getLog().info("this node now forwards informer events to the rollouts");
              gained.run();
              return Behaviors.receive(Nothing.class)
                  .onSignal(
                      PostStop.class,
                      s -> {
                        ctx.getLog().info("this node no longer forwards informer events");
                        lost.run();
                        return Behaviors.same();
                      })
                  .build();
            });
    ClusterSingleton.get(system).init(SingletonActor.of(behavior, "watch-leadership"));
  }
}
