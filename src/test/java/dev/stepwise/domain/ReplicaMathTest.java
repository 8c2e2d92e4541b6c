package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ReplicaMath.Counts;
import dev.stepwise.domain.ReplicaMath.Fenceposts;
import dev.stepwise.domain.ReplicaMath.Rs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The upstream unit vectors of utils/replicaset/canary_test.go (argoproj/argo-rollouts), as tables:
 * TestApproximateWeightedNewStableReplicaCounts and the basic-canary rows of
 * TestCalculateReplicaCountsForCanary, TestCalculateReplicaCountsForNewDeployment and
 * TestCalculateReplicaCountsForCanaryStableRSdEdgeCases.
 */
class ReplicaMathTest {

  @ParameterizedTest(name = "replicas {0}, weight {1}, surge {2} -> canary {3}, stable {4}")
  @CsvSource({
    "0,0,0,0,0",
    "0,50,0,0,0",
    "0,100,0,0,0",
    "0,0,1,0,0",
    "0,50,1,0,0",
    "0,100,1,0,0",
    "1,0,0,0,1",
    "1,1,0,0,1",
    "1,49,0,0,1",
    "1,50,0,1,0",
    "1,99,0,1,0",
    "1,100,0,1,0",
    "1,0,1,0,1",
    "1,1,1,1,1",
    "1,49,1,1,1",
    "1,50,1,1,1",
    "1,99,1,1,1",
    "1,100,1,1,0",
    "2,0,0,0,2",
    "2,1,0,1,1",
    "2,50,0,1,1",
    "2,99,0,1,1",
    "2,100,0,2,0",
    "2,0,1,0,2",
    "2,1,1,1,2",
    "2,50,1,1,1",
    "2,99,1,2,1",
    "2,100,1,2,0",
    "3,10,0,1,2",
    "3,25,0,1,2",
    "3,33,0,1,2",
    "3,34,0,1,2",
    "3,49,0,1,2",
    "3,50,0,2,1",
    "3,10,1,1,3",
    "3,25,1,1,3",
    "3,33,1,1,2",
    "3,34,1,1,2",
    "3,49,1,2,2",
    "3,50,1,2,2",
    "10,0,1,0,10",
    "10,1,0,1,9",
    "10,14,0,1,9",
    "10,15,0,2,8",
    "10,16,0,2,8",
    "10,99,0,9,1",
    "10,100,1,10,0",
    "10,0,1,0,10",
    "10,1,1,1,10",
    "10,18,1,2,9",
    "10,19,1,2,9",
    "10,20,1,2,8",
    "10,23,1,2,8",
    "10,24,1,3,8",
    "10,25,1,3,8",
    "10,99,1,10,1",
    "10,100,1,10,0",
  })
  void approximateWeightedCanaryStableReplicaCounts(
      int replicas, int weight, int surge, int canary, int stable) {
    assertThat(ReplicaMath.approximateWeighted(replicas, weight, surge))
        .isEqualTo(new Counts(canary, stable));
  }

  /** Semantics §3.3 examples (N,w → canary,stable); default 25% surge unless noted. */
  @ParameterizedTest(name = "N={0} w={1} surge={2} -> {3},{4}")
  @CsvSource({
    "10,10,1,1,9",
    "10,41,1,4,6",
    "3,50,1,2,2",
    "2,50,1,1,1",
    "4,25,1,1,3",
    "1,25,1,1,1",
    "1,25,0,0,1",
    "10,5,1,1,10",
    "10,5,0,1,9",
    "4,10,1,1,4",
    "5,20,1,1,4",
  })
  void semanticsExamples(int replicas, int weight, int surge, int canary, int stable) {
    assertThat(ReplicaMath.approximateWeighted(replicas, weight, surge))
        .isEqualTo(new Counts(canary, stable));
  }

  /**
   * Columns: replicas, weight (promoteFull rows carry 100, abort rows 0, as upstream's
   * GetCanaryReplicasOrWeight resolves them), maxSurge, maxUnavailable, stable spec/available,
   * canary spec/available, older spec/available (-1 = none), expected stable, expected canary.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Do not add extra RSs in scaleDownCount when .Spec.Replica < AvailableReplicas"
            + "|10|100|3|0|7|8|6|3|-1|-1|7|6",
        "Use max surge int to scale up canary|10|20|2|0|10|10|0|0|-1|-1|10|2",
        "Use max surge percentage to scale up canary|10|20|20%|0|10|10|0|0|-1|-1|10|2",
        "Scale down extra stable replicas|10|20|20%|0|10|10|2|2|-1|-1|8|2",
        "Do not go past max surge|10|30|2|0|10|10|0|0|-1|-1|10|2",
        "Use max unavailable int to scale down stableRS|10|20|0|2|10|10|0|0|-1|-1|8|0",
        "Use max surge percentage to scale down stableRS|10|20|0|20%|10|10|0|0|-1|-1|8|0",
        "Do not go past max unavailable|10|30|0|2|10|10|0|0|-1|-1|8|0",
        "Use Max Surge and Max Unavailable|10|50|2|1|10|10|0|0|-1|-1|9|2",
        "Scale canaryRS to zero on setWeight of 0%|10|0|1|1|10|10|1|1|-1|-1|10|0",
        "Scale stable to zero on setWeight of 100%|10|100|1|1|1|1|10|10|-1|-1|0|10",
        "Do not scale newRS down to zero on non-zero weight|1|20|1|0|1|1|0|0|-1|-1|1|1",
        "Do not scale canaryRS down to zero on non-100 weight|1|90|1|0|1|1|0|0|-1|-1|1|1",
        "Scale up Stable before newRS|10|30|1|0|1|1|0|0|3|3|7|1",
        "Scale down newRS and stable|10|30|0|3|8|5|4|4|-1|-1|7|3",
        "Scale down stable and canary available|10|100|1|0|10|2|10|8|-1|-1|2|9",
        "Do not scale down newRS or stable when older RS count >= scaleDownCount"
            + "|10|30|0|1|8|6|4|2|3|3|8|4",
        "Do not round past maxSurge with uneven setWeight divisor|10|5|0|1|10|10|0|0|-1|-1|9|0",
        "Do not round past maxSurge with uneven setWeight divisor (part 2)"
            + "|10|5|0|1|9|9|0|0|-1|-1|9|1",
        "Use maxUnavailable of 1 when percentages of maxUnavailable and maxSurge give 0"
            + "|10|10|0%|0%|10|10|0|0|-1|-1|9|0",
        "Ignore setCanaryScale when trafficRouting is missing and use setWeight for replicas"
            + "|10|20|20%|0|10|10|0|0|-1|-1|10|2",
        "honor maxSurge during scale up when stableRS unavailable|4|100|1|0|4|1|0|0|-1|-1|4|1",
        "scale down to maxunavailable without exceeding maxSurge|3|99|0|2|3|3|0|0|-1|-1|1|0",
        "scale down to maxunavailable without exceeding maxSurge (part 2)"
            + "|3|99|0|2|1|1|0|0|-1|-1|1|2",
        "honor maxUnavailable during scale down stableRS unavailable"
            + "|4|100|1|0|4|1|1|1|-1|-1|3|1",
        "honor maxUnavailable when aborting or reducing weight part 1|4|0|1|0|0|0|4|4|-1|-1|1|4",
        "honor maxUnavailable when aborting or reducing weight part 2|4|0|1|0|1|0|4|4|-1|-1|1|4",
        "honor maxUnavailable when aborting or reducing weight part 3|4|0|1|0|1|1|4|4|-1|-1|1|3",
        "promote full does not consider weight|4|100|4|4|4|4|0|0|-1|-1|0|4",
        "promote full still honors maxSurge/maxUnavailable|4|100|3|0|4|4|0|0|-1|-1|4|3",
      })
  void calculateReplicaCountsForBasicCanary(
      String name,
      int replicas,
      int weight,
      String surge,
      String unavailable,
      int stableSpec,
      int stableAvailable,
      int canarySpec,
      int canaryAvailable,
      int olderSpec,
      int olderAvailable,
      int expectedStable,
      int expectedCanary) {
    Fenceposts f = ReplicaMath.resolve(intOrPercent(surge), intOrPercent(unavailable), replicas);
    List<Rs> older = new ArrayList<>();
    if (olderSpec >= 0) {
      older.add(new Rs(olderSpec, olderAvailable));
    }
    Counts counts =
        ReplicaMath.basicCanary(
            replicas,
            weight,
            f,
            new Rs(canarySpec, canaryAvailable),
            new Rs(stableSpec, stableAvailable),
            older);
    assertThat(counts).isEqualTo(new Counts(expectedCanary, expectedStable));
  }

  @Test
  void withoutADistinctStableTheNewReplicaSetGetsEverything() {
    Fenceposts f = ReplicaMath.resolve(new IntOrPercent(0, false), new IntOrPercent(1, false), 10);
    // TestCalculateReplicaCountsForNewDeployment: the stable is the new RS.
    assertThat(ReplicaMath.basicCanary(10, 10, f, new Rs(10, 0), null, List.of()))
        .isEqualTo(new Counts(10, 0));
    // TestCalculateReplicaCountsForCanaryStableRSdEdgeCases: no stable RS at all.
    assertThat(ReplicaMath.basicCanary(10, 10, f, new Rs(9, 9), null, List.of()))
        .isEqualTo(new Counts(10, 0));
  }

  @ParameterizedTest(name = "surge {0}, unavailable {1}, replicas {2} -> {3}, {4}")
  @CsvSource({
    "25%,25%,10,3,2", // surge rounds up, unavailable down
    "0,0,10,0,1", // both 0 -> unavailable 1
    "0%,0%,10,0,1",
    "1,20,4,1,4", // unavailable capped at replicas
    "0,0,0,0,0", // ... even when that is 0
    "3,2,5,3,2",
  })
  void fenceposts(String surge, String unavailable, int replicas, int expSurge, int expUnav) {
    assertThat(ReplicaMath.resolve(intOrPercent(surge), intOrPercent(unavailable), replicas))
        .isEqualTo(new Fenceposts(expSurge, expUnav));
  }

  /** "3" is an int, "20%" a percent (the spec mapping reads every JSON string as a percent). */
  static IntOrPercent intOrPercent(String s) {
    return s.endsWith("%")
        ? new IntOrPercent(Integer.parseInt(s.substring(0, s.length() - 1)), true)
        : new IntOrPercent(Integer.parseInt(s), false);
  }
}
