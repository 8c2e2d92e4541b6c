package dev.stepwise.domain.analysis;

/**
 * One argument of a template or run ({@code args[]}). At most one source is set: a literal {@code
 * value}, a Secret key (read only when measuring, never persisted as a value) or, on the rollout
 * side, a {@code fieldRef} path into the Rollout.
 *
 * @param name the argument name, referenced as {@code {{args.<name>}}}
 * @param value the literal value, or null
 * @param secretName {@code valueFrom.secretKeyRef.name}, or null
 * @param secretKey {@code valueFrom.secretKeyRef.key}, or null
 * @param fieldPath {@code valueFrom.fieldRef.fieldPath}, or null
 */
public record ArgSpec(
    String name, String value, String secretName, String secretKey, String fieldPath) {

  /** A literal argument. */
  public static ArgSpec of(String name, String value) {
    return new ArgSpec(name, value, null, null, null);
  }

  /** An argument read from a Secret key at measurement time. */
  public static ArgSpec secret(String name, String secretName, String secretKey) {
    return new ArgSpec(name, null, secretName, secretKey, null);
  }

  /** An argument taken from a field of the Rollout. */
  public static ArgSpec field(String name, String fieldPath) {
    return new ArgSpec(name, null, null, null, fieldPath);
  }

  /** The Secret is the source (upstream: {@code valueFrom.secretKeyRef != nil}). */
  public boolean fromSecret() {
    return secretName != null || secretKey != null;
  }

  /** Has a value or a value source (upstream: {@code value != nil || valueFrom != nil}). */
  public boolean hasSource() {
    return value != null || fromSecret() || fieldPath != null;
  }

  /** This argument with a literal value instead of its source. */
  public ArgSpec withValue(String v) {
    return new ArgSpec(name, v, null, null, null);
  }
}
