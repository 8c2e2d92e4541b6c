package dev.stepwise.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import dev.stepwise.domain.RolloutKey;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.sharding.ShardRegion;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.cluster.sharding.typed.javadsl.Entity;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.Join;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal keeps the number of shards its rollouts were first spread over. */
class JournalShardsTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final RolloutKey KEY = new RolloutKey("shop", "checkout");

  @TempDir Path dataDir;

  private Config config(int shards) {
    return StepwiseSystem.loadConfig(
        ConfigFactory.parseMap(
            Map.of(
                "stepwise.data-dir",
                dataDir.toString(),
                "stepwise.cluster.number-of-shards",
                shards)));
  }

  @Test
  void aNewJournalKeepsTheNumberOfItsFirstStart() throws Exception {
    try (StepwiseSystem first = StepwiseSystem.start(config(7), nothing(), Clock.systemUTC())) {
      get(first.shardedCommandSink().state(KEY, TIMEOUT));
      assertThat(shardsOf(first.system())).containsExactly(shardOf(7));
    }
    try (StepwiseSystem second = StepwiseSystem.start(config(13), nothing(), Clock.systemUTC())) {
      get(second.shardedCommandSink().state(KEY, TIMEOUT));
      assertThat(shardsOf(second.system())).containsExactly(shardOf(7));
      assertThat(JournalShards.resolve(second.system(), 13)).isEqualTo(7);
    }
  }

  @Test
  void aJournalShardedBeforeTheRecordKeepsTheThousandOfEarlierVersions() throws Exception {
    // what an earlier version left: sharding's default extractor, a remembered rollout entity
    ActorSystem<Void> old = ActorSystem.create(Behaviors.empty(), "stepwise", config(7));
    try {
      Cluster.get(old).manager().tell(Join.create(Cluster.get(old).selfMember().address()));
      get(JournalSchema.createH2IfNotExists(old));
      ClusterSharding.get(old)
          .init(Entity.of(RolloutEntity.ENTITY_TYPE_KEY, ctx -> Behaviors.ignore()));
      ClusterSharding.get(old)
          .entityRefFor(RolloutEntity.ENTITY_TYPE_KEY, KEY.entityId())
          .tell(new RolloutEntity.GetState(old.ignoreRef()));
      await()
          .atMost(TIMEOUT)
          .untilAsserted(() -> assertThat(shardsOf(old)).containsExactly(shardOf(1000)));
    } finally {
      old.terminate();
      get(old.getWhenTerminated());
    }

    try (StepwiseSystem now = StepwiseSystem.start(config(7), nothing(), Clock.systemUTC())) {
      get(now.shardedCommandSink().state(KEY, TIMEOUT));
      assertThat(shardsOf(now.system())).containsExactly(shardOf(1000));
    }
  }

  @Test
  void nodesStartingTogetherOnANewJournalAgreeOnOneNumber() throws Exception {
    ActorSystem<Void> a = ActorSystem.create(Behaviors.empty(), "stepwise", config(7));
    ActorSystem<Void> b = ActorSystem.create(Behaviors.empty(), "stepwise", config(13));
    try {
      get(JournalSchema.createH2IfNotExists(a));
      // both read "no record" and write one; the journal keeps one, the other asks again
      var first =
          java.util.concurrent.CompletableFuture.supplyAsync(() -> JournalShards.resolve(a, 7));
      var second =
          java.util.concurrent.CompletableFuture.supplyAsync(() -> JournalShards.resolve(b, 13));
      int one = first.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      int other = second.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      assertThat(one).isEqualTo(other).isIn(7, 13);
      assertThat(JournalShards.resolve(a, 99)).isEqualTo(one);
    } finally {
      a.terminate();
      b.terminate();
      get(a.getWhenTerminated());
      get(b.getWhenTerminated());
    }
  }

  private static String shardOf(int shards) {
    return String.valueOf(Math.abs(KEY.entityId().hashCode() % shards));
  }

  static dev.stepwise.domain.RolloutActuator nothing() {
    return new FakeActuator().answering(n -> dev.stepwise.domain.RolloutActuator.Result.NOTHING);
  }

  private static Set<String> shardsOf(ActorSystem<?> system) throws Exception {
    return RolloutShards.on(system, TIMEOUT).stream()
        .filter(shard -> !shard.getEntityIds().isEmpty())
        .map(ShardRegion.ShardState::shardId)
        .collect(Collectors.toSet());
  }

  private static <T> T get(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }
}
