package dev.stepwise.domain.analysis;

import java.util.List;
import java.util.Map;

/**
 * What a Rollout asks of one analysis run (a step's, the background one, or a blue-green pre- or
 * post-promotion one). Pure and journaled in the rollout's events, so a restarted entity asks for
 * the same run again; the runner resolves the templates and runs it (semantics §3.14).
 *
 * @param namespace the Rollout's namespace (where the AnalysisRun lives)
 * @param rolloutName the Rollout's name (the run's owner)
 * @param runName the AnalysisRun's name ({@link RolloutRuns#name})
 * @param kind Step, Background, PrePromotion or PostPromotion
 * @param stepIndex the canary step index for Step runs, else null
 * @param podTemplateHash the revision's rollouts-pod-template-hash
 * @param revision the revision number (the run's rollout.argoproj.io/revision annotation)
 * @param templates the templates to merge, in order
 * @param args the rollout-side arguments, fieldRefs already resolved to values
 * @param dryRun the rollout-side dryRun metric-name regexes
 * @param retention the rollout-side measurementRetention rules
 * @param labels extra labels for the run (analysisRunMetadata + upstream's), never null
 * @param annotations extra annotations for the run, never null
 */
public record AnalysisRequest(
    String namespace,
    String rolloutName,
    String runName,
    RolloutRuns.Kind kind,
    Integer stepIndex,
    String podTemplateHash,
    long revision,
    List<TemplateSpec.Ref> templates,
    List<ArgSpec> args,
    List<String> dryRun,
    List<RunSpec.Retention> retention,
    Map<String, String> labels,
    Map<String, String> annotations) {

  public AnalysisRequest {
    templates = templates == null ? List.of() : List.copyOf(templates);
    args = args == null ? List.of() : List.copyOf(args);
    dryRun = dryRun == null ? List.of() : List.copyOf(dryRun);
    retention = retention == null ? List.of() : List.copyOf(retention);
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
  }
}
