package dev.stepwise.domain;

/** Applies events to state; pure. */
final class RolloutEvolver {
  private RolloutEvolver() {}

  static RolloutState apply(RolloutState state, RolloutEvent event) {
    return state; // placeholder: the domain work replaces this
  }
}
