package dev.stepwise.analysis;

import dev.stepwise.domain.analysis.AnalysisRequest;
import dev.stepwise.domain.analysis.ResultAssessor;
import dev.stepwise.domain.analysis.RunSpec;
import dev.stepwise.domain.analysis.RunState;
import java.util.Optional;

/**
 * What an analysis run needs from the world, with no actor or Kubernetes types: templates, the
 * AnalysisRun object, Secrets and providers. Every method may block (callers run it off the actor
 * dispatcher) and throws a {@link RuntimeException} with a readable message when it cannot do its
 * job; such messages never contain a Secret value.
 */
public interface AnalysisEnvironment {

  /**
   * An AnalysisRun object as stored.
   *
   * @param uid its metadata.uid (the Job provider names Jobs after it)
   * @param spec its spec
   */
  record RunObject(String uid, RunSpec spec) {}

  /**
   * The run spec of a rollout's request: templates fetched and expanded, metrics flattened,
   * arguments merged (Secret arguments stay references).
   *
   * @throws dev.stepwise.domain.analysis.AnalysisSpecException upstream's message for a missing
   *     template or an argument without a value
   */
  RunSpec resolve(AnalysisRequest request);

  /**
   * Creates the AnalysisRun object of a rollout's run (labels, annotations, ownerReference to the
   * Rollout, {@code spec} from {@code spec}), or finds it when it exists already.
   *
   * @return its uid
   */
  String ensureRun(AnalysisRequest request, RunSpec spec);

  /** The AnalysisRun object {@code namespace/name}, empty when it does not exist. */
  Optional<RunObject> readRun(String namespace, String name);

  /**
   * Writes {@code state} as the object's status (a merge patch of the status subresource).
   *
   * @return false when the object no longer exists
   */
  boolean writeStatus(String namespace, String name, RunState state);

  /** Deletes the AnalysisRun object (its ttlStrategy expired); absent is fine. */
  void deleteRun(String namespace, String name);

  /**
   * One key of a Secret in {@code namespace}.
   *
   * @throws IllegalStateException upstream's message when the Secret or the key is missing
   */
  String secretValue(String namespace, String secretName, String key);

  /** Secrets for providers that read credentials themselves. */
  SecretLookup secrets();

  /** The provider for a {@code metric.provider} key; never null. */
  MetricProvider provider(String type);

  /** Assesses results against success/failure conditions. */
  ResultAssessor assessor();

  /** Where provider Secrets live (datadog, newrelic, wavefront, influxdb). */
  String controllerNamespace();
}
