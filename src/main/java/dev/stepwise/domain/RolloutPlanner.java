package dev.stepwise.domain;

import java.util.List;

/** Computes desired ReplicaSets and status from state and observations; pure. */
final class RolloutPlanner {
  private RolloutPlanner() {}

  static Desired desired(RolloutState state, Context context) {
    return new Desired(false, List.of(), List.of(), null); // placeholder: domain work replaces
  }
}
