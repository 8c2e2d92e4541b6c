package dev.stepwise.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Upstream's basic-canary replica arithmetic (semantics §3.3): surge and unavailability budgets,
 * the weighted canary/stable split, and the per-reconcile counts that move a rollout towards that
 * split without breaking either budget.
 */
public final class ReplicaMath {
  private ReplicaMath() {}

  /** maxSurge and maxUnavailable resolved against spec.replicas. */
  public record Fenceposts(int maxSurge, int maxUnavailable) {}

  /** A desired or computed pair of replica counts. */
  public record Counts(int canary, int stable) {}

  /** What the math needs of one ReplicaSet: spec.replicas and status.availableReplicas. */
  public record Rs(int specReplicas, int availableReplicas) {
    static Rs of(ReplicaSetView v) {
      return v == null ? null : new Rs(v.specReplicas(), v.availableReplicas());
    }
  }

  /**
   * Resolves the budgets: surge rounds up, unavailable rounds down; when both come out as 0,
   * unavailable is 1; unavailable never exceeds {@code replicas}.
   */
  public static Fenceposts resolve(
      IntOrPercent maxSurge, IntOrPercent maxUnavailable, int replicas) {
    int surge = scaled(orDefault(maxSurge), replicas, true);
    int unavailable = scaled(orDefault(maxUnavailable), replicas, false);
    if (surge == 0 && unavailable == 0) {
      unavailable = 1;
    }
    return new Fenceposts(surge, Math.min(unavailable, replicas));
  }

  private static IntOrPercent orDefault(IntOrPercent v) {
    return v == null ? IntOrPercent.DEFAULT_25_PERCENT : v;
  }

  private static int scaled(IntOrPercent v, int replicas, boolean roundUp) {
    if (!v.percent()) {
      return v.value();
    }
    double exact = (double) v.value() * replicas / 100.0;
    return (int) (roundUp ? Math.ceil(exact) : Math.floor(exact));
  }

  /**
   * The (canary, stable) pair whose canary share of the total is closest to {@code weight}; the
   * total is {@code replicas}, or {@code replicas + 1} when surging is allowed. Ties round up, and
   * a weight of 1..99 gives at least one canary and one stable replica whenever that is possible.
   */
  public static Counts approximateWeighted(int replicas, int weight, int maxSurge) {
    if (replicas == 0) {
      return new Counts(0, 0);
    }
    int ceil = (int) Math.ceil((double) (replicas * weight) / 100.0);
    int floor = (int) Math.floor((double) (replicas * weight) / 100.0);
    boolean zeroAllowed = weight == 100 || weight == 0 || (replicas == 1 && maxSurge == 0);
    List<int[]> options = new ArrayList<>();
    if (ceil < replicas || zeroAllowed) {
      options.add(new int[] {ceil, replicas});
    }
    if (!tied(weight, replicas) && (floor != 0 || zeroAllowed)) {
      options.add(new int[] {floor, replicas});
    }
    if (maxSurge > 0) {
      options.add(new int[] {ceil, replicas + 1});
      if (!tied(weight, replicas + 1) && (floor != 0 || zeroAllowed)) {
        options.add(new int[] {floor, replicas + 1});
      }
    }
    if (options.isEmpty()) {
      return new Counts(0, replicas);
    }
    int[] best = options.get(0);
    for (int[] option : options) {
      if (delta(weight, option) < delta(weight, best)) {
        best = option;
      }
    }
    return new Counts(best[0], best[1] - best[0]);
  }

  // Both computed exactly as upstream (same IEEE operations), so ties resolve identically.
  private static boolean tied(int weight, int total) {
    double x = total * (weight / 100.0);
    return x - Math.floor(x) == 0.5;
  }

  private static double delta(int weight, int[] option) {
    return Math.abs((double) (option[0] * 100) / option[1] - weight);
  }

  /**
   * The counts to scale the new and stable ReplicaSets to in this reconcile (upstream
   * CalculateReplicaCountsForBasicCanary).
   *
   * @param newRs the current revision's ReplicaSet, or null when it does not exist yet
   * @param stableRs the stable ReplicaSet when it exists and differs from the new one, else null
   * @param others every other ReplicaSet of the rollout
   */
  public static Counts basicCanary(
      int replicas, int weight, Fenceposts f, Rs newRs, Rs stableRs, List<Rs> others) {
    Counts target = approximateWeighted(replicas, weight, f.maxSurge());
    int desiredNew = target.canary();
    int desiredStable = target.stable();
    boolean scaleStable = stableRs != null;
    if (!scaleStable) {
      desiredNew = replicas;
      desiredStable = 0;
    }
    int newCount = newRs == null ? 0 : newRs.specReplicas();
    int stableCount = scaleStable ? stableRs.specReplicas() : 0;
    int maxAllowed = replicas + f.maxSurge();
    int scaleUp = maxAllowed - sumSpec(others) - newCount - stableCount;

    // Scale up within the surge budget, stable first.
    if (scaleStable && stableRs.specReplicas() < desiredStable && scaleUp > 0) {
      stableCount = Math.min(desiredStable, stableRs.specReplicas() + scaleUp);
      scaleUp -= stableCount - stableRs.specReplicas();
    }
    if (newRs != null && newRs.specReplicas() < desiredNew && scaleUp > 0) {
      newCount = Math.min(desiredNew, newRs.specReplicas() + scaleUp);
    }
    if (sumSpec(others) > 0) {
      return new Counts(newCount, stableCount); // others are scaled down first
    }
    return scaleDown(
        replicas, f, newRs, stableRs, desiredNew, desiredStable, newCount, stableCount);
  }

  private static Counts scaleDown(
      int replicas,
      Fenceposts f,
      Rs newRs,
      Rs stableRs,
      int desiredNew,
      int desiredStable,
      int newCount,
      int stableCount) {
    int minAvailable = replicas - f.maxUnavailable();
    int maxAllowed = replicas + f.maxSurge();
    // Growing the canary may count the stable at spec; shrinking it (abort, weight down) the other
    // way round, so an unavailable side never blocks the move.
    boolean increasing = newRs == null || desiredNew >= newRs.specReplicas();
    int countable = forScaleDown(newRs, !increasing) + forScaleDown(stableRs, increasing);
    if (countable <= minAvailable) {
      return new Counts(newCount, stableCount);
    }
    int scaleDownCount = countable - minAvailable;
    if (!increasing) {
      newCount = drain(newRs, desiredNew, scaleDownCount, newCount);
      int[] adjusted = adjust(newRs, stableRs, newCount, stableCount, maxAllowed, minAvailable);
      return new Counts(adjusted[0], adjusted[1]);
    } else if (stableRs != null) {
      stableCount = drain(stableRs, desiredStable, scaleDownCount, stableCount);
      int[] adjusted = adjust(stableRs, newRs, stableCount, newCount, maxAllowed, minAvailable);
      return new Counts(adjusted[1], adjusted[0]);
    }
    return new Counts(newCount, stableCount);
  }

  private static int forScaleDown(Rs rs, boolean ignoreAvailability) {
    if (rs == null) {
      return 0;
    }
    if (rs.specReplicas() < rs.availableReplicas() || ignoreAvailability) {
      return rs.specReplicas();
    }
    return rs.availableReplicas();
  }

  private static int drain(Rs rs, int desired, int scaleDownCount, int current) {
    if (rs != null && rs.specReplicas() > desired) {
      return Math.max(desired, rs.specReplicas() - scaleDownCount);
    }
    return current;
  }

  /**
   * Keeps the pair within the surge budget by trimming {@code adjustRs}, gives back to it what the
   * unavailability budget needs, and takes any remaining excess from {@code drainRs}; returns
   * {drainCount, adjustCount}.
   */
  private static int[] adjust(
      Rs drainRs, Rs adjustRs, int drainCount, int adjustCount, int maxAllowed, int minAvailable) {
    int available = drainRs == null ? 0 : Math.min(drainRs.availableReplicas(), drainCount);
    if (adjustRs != null) {
      adjustCount -= Math.max(0, adjustCount + drainCount - maxAllowed);
      available += Math.min(adjustRs.availableReplicas(), adjustCount);
      int lostAvailability = Math.max(0, adjustRs.availableReplicas() - adjustCount);
      int missing = Math.max(0, minAvailable - available);
      adjustCount += Math.min(lostAvailability, missing);
      drainCount -= Math.max(0, adjustCount + drainCount - maxAllowed);
    }
    return new int[] {drainCount, adjustCount};
  }

  private static int sumSpec(List<Rs> rss) {
    int sum = 0;
    for (Rs rs : rss) {
      if (rs != null) {
        sum += rs.specReplicas();
      }
    }
    return sum;
  }
}
