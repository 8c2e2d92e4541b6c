package dev.stepwise.domain;

/**
 * Who or what made something happen, recorded in events so that {@code stepwise history} can say
 * why a rollout moved.
 *
 * @param kind the kind of cause
 * @param actor for USER, the field manager that wrote the change when known ("stepwise-cli",
 *     "kubectl-argo-rollouts", "kubectl-edit", ...), otherwise null
 */
public record Cause(Kind kind, String actor) implements CborSerializable {
  /** Kinds of cause. */
  public enum Kind {
    /** A pause deadline passed. */
    TIMER,
    /** A person, through our CLI, the upstream plugin or kubectl. */
    USER,
    /** The controller's own decision (steps done, replicas available, spec change). */
    CONTROLLER
  }

  public static final Cause TIMER = new Cause(Kind.TIMER, null);
  public static final Cause CONTROLLER = new Cause(Kind.CONTROLLER, null);

  public static Cause user(String actor) {
    return new Cause(Kind.USER, actor);
  }
}
