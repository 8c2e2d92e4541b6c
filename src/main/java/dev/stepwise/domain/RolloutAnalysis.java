package dev.stepwise.domain;

import dev.stepwise.domain.analysis.RunSpec;
import dev.stepwise.domain.analysis.TemplateSpec;
import java.util.List;
import java.util.Map;

/**
 * A rollout-side analysis (an {@code analysis} step, {@code canary.analysis}, or blue-green {@code
 * prePromotionAnalysis}/{@code postPromotionAnalysis}), as the domain sees it (semantics §3.14).
 *
 * @param templates the templates to merge, in order
 * @param args the rollout-side arguments; fieldRefs are resolved by kube/ when it can
 * @param dryRun dryRun metric-name regexes
 * @param retention measurementRetention rules
 * @param startingStep canary.analysis.startingStep (background runs only), or null
 * @param labels analysisRunMetadata.labels
 * @param annotations analysisRunMetadata.annotations
 */
public record RolloutAnalysis(
    List<TemplateSpec.Ref> templates,
    List<Arg> args,
    List<String> dryRun,
    List<RunSpec.Retention> retention,
    Integer startingStep,
    Map<String, String> labels,
    Map<String, String> annotations)
    implements CborSerializable {

  public RolloutAnalysis {
    templates = templates == null ? List.of() : List.copyOf(templates);
    args = args == null ? List.of() : List.copyOf(args);
    dryRun = dryRun == null ? List.of() : List.copyOf(dryRun);
    retention = retention == null ? List.of() : List.copyOf(retention);
    labels = labels == null ? Map.of() : Map.copyOf(labels);
    annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
  }

  /**
   * One rollout-side argument: a literal {@code value}, {@code valueFrom.podTemplateHashValue}
   * ("Stable" or "Latest", resolved when the run is requested) or a {@code valueFrom.fieldRef} path
   * that kube/ could not resolve to a value.
   */
  public record Arg(String name, String value, String podTemplateHashValue, String fieldPath)
      implements CborSerializable {}
}
