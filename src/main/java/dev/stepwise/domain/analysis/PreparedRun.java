package dev.stepwise.domain.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run spec made ready for scheduling (upstream §2.3 step 2): metrics with arguments substituted
 * (Secrets as placeholders), the dryRun set and the retention limits, or the error that puts the
 * run in phase Error.
 */
public record PreparedRun(
    List<MetricSpec> metrics, Set<String> dryRun, Map<String, Integer> retention, String error) {

  /** Resolves and validates; never throws (a bad spec yields {@link #error()}). */
  public static PreparedRun of(RunSpec spec) {
    List<MetricSpec> resolved = new ArrayList<>();
    try {
      Map<String, String> values = ArgSubstitution.withoutSecrets(spec.args());
      for (MetricSpec m : spec.metrics()) {
        resolved.add(ArgSubstitution.resolve(m, values));
      }
    } catch (AnalysisSpecException e) {
      return failed("Unable to resolve metric arguments: " + e.getMessage());
    }
    String invalid = MetricValidation.validate(resolved);
    if (invalid != null) {
      return failed("Analysis spec invalid: " + invalid);
    }
    try {
      return new PreparedRun(
          List.copyOf(resolved),
          Set.copyOf(MetricValidation.dryRunMetrics(spec.dryRun(), resolved)),
          Map.copyOf(MetricValidation.retentionLimits(spec.measurementRetention(), resolved)),
          null);
    } catch (AnalysisSpecException e) {
      return failed("Analysis spec invalid: " + e.getMessage());
    }
  }

  private static PreparedRun failed(String message) {
    return new PreparedRun(List.of(), Set.of(), Map.of(), message);
  }

  /** The resolved metric with this name, or null. */
  public MetricSpec metric(String name) {
    return metrics.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
  }
}
