package dev.stepwise.domain.analysis;

import java.util.List;

/**
 * An AnalysisTemplate's or ClusterAnalysisTemplate's spec, plus its nested {@code templates[]}
 * references.
 */
public record TemplateSpec(
    List<ArgSpec> args,
    List<MetricSpec> metrics,
    List<String> dryRun,
    List<RunSpec.Retention> measurementRetention,
    List<Ref> templates) {

  public TemplateSpec {
    args = args == null ? List.of() : List.copyOf(args);
    metrics = metrics == null ? List.of() : List.copyOf(metrics);
    dryRun = dryRun == null ? List.of() : List.copyOf(dryRun);
    measurementRetention =
        measurementRetention == null ? List.of() : List.copyOf(measurementRetention);
    templates = templates == null ? List.of() : List.copyOf(templates);
  }

  /** A reference to a template by name ({@code clusterScope} for a ClusterAnalysisTemplate). */
  public record Ref(String templateName, boolean clusterScope) {
    /** Upstream's not-found wording (the API server's NotFound for the kind). */
    String notFound() {
      return (clusterScope ? "clusteranalysistemplate" : "analysistemplate")
          + ".argoproj.io \""
          + templateName
          + "\" not found";
    }
  }
}
