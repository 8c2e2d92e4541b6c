package dev.stepwise.entity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.apache.pekko.actor.Address;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.cluster.ClusterEvent;
import org.apache.pekko.cluster.Member;
import org.apache.pekko.cluster.sharding.ShardRegion;
import org.apache.pekko.cluster.sharding.typed.GetClusterShardingStats;
import org.apache.pekko.cluster.sharding.typed.GetShardRegionState;
import org.apache.pekko.cluster.sharding.typed.javadsl.ClusterSharding;
import org.apache.pekko.cluster.typed.Cluster;

/**
 * What {@code stepwise cluster} shows: the members as this node sees them and how many rollout
 * entities each one hosts (asked of every shard region, so a node that does not answer in time
 * shows as unknown rather than zero).
 */
public final class ClusterStatus {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ClusterStatus() {}

  /**
   * The status as JSON: {@code {"self":..,"leader":..,"members":[{address,status,reachable,
   * rollouts}],"hostedHere":[namespace/name,..]}}.
   */
  public static CompletionStage<String> json(ActorSystem<?> system, Duration timeout) {
    CompletionStage<ShardRegion.ClusterShardingStats> stats =
        AskPattern.ask(
            ClusterSharding.get(system).shardState(),
            reply -> new GetClusterShardingStats(RolloutEntity.ENTITY_TYPE_KEY, timeout, reply),
            timeout.plusSeconds(1),
            system.scheduler());
    CompletionStage<ShardRegion.CurrentShardRegionState> local =
        AskPattern.ask(
            ClusterSharding.get(system).shardState(),
            reply -> new GetShardRegionState(RolloutEntity.ENTITY_TYPE_KEY, reply),
            timeout,
            system.scheduler());
    return stats
        .handle((s, error) -> render(system, s))
        .thenCombine(
            local.handle((l, error) -> l),
            (root, l) -> {
              ArrayNode here = root.putArray("hostedHere");
              if (l != null) {
                l.getShards().stream()
                    .flatMap(shard -> shard.getEntityIds().stream())
                    .sorted()
                    .forEach(here::add);
              }
              return root;
            })
        .thenApply(
            node -> {
              try {
                return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
              } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
              }
            });
  }

  private static ObjectNode render(ActorSystem<?> system, ShardRegion.ClusterShardingStats stats) {
    Cluster cluster = Cluster.get(system);
    ClusterEvent.CurrentClusterState state = cluster.state();
    Set<Member> unreachable = new HashSet<>(state.getUnreachable());
    Map<Address, ShardRegion.ShardRegionStats> regions =
        stats == null ? Map.of() : stats.getRegions();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("self", cluster.selfMember().address().toString());
    Address leader = state.getLeader();
    root.put("leader", leader == null ? null : leader.toString());
    ArrayNode members = root.putArray("members");
    for (Member m : state.getMembers()) {
      ObjectNode n = members.addObject();
      n.put("address", m.address().toString());
      n.put("status", m.status().toString());
      n.put("reachable", !unreachable.contains(m));
      ArrayNode roles = n.putArray("roles");
      m.getRoles().stream().filter(r -> !r.startsWith("dc-")).forEach(roles::add);
      ShardRegion.ShardRegionStats region = regions.get(m.address());
      if (region == null || !region.getFailed().isEmpty()) {
        n.putNull("rollouts"); // did not answer in time: unknown, not zero
      } else {
        n.put("rollouts", region.getStats().values().stream().mapToInt(v -> (Integer) v).sum());
        n.put("shards", region.getStats().size());
      }
    }
    return root;
  }
}
