package dev.stepwise.domain;

/** Pure decisions for one rollout: what a command means, as events. */
final class RolloutDecider {
  private RolloutDecider() {}

  static Decision decide(RolloutState state, RolloutCommand command, Context context) {
    return Decision.NONE; // placeholder: the domain work replaces this
  }
}
