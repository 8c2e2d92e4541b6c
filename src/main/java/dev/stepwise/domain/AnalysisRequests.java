package dev.stepwise.domain;

import dev.stepwise.domain.analysis.AnalysisRequest;
import dev.stepwise.domain.analysis.ArgSpec;
import dev.stepwise.domain.analysis.RolloutRuns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link AnalysisRequest} for a rollout-side analysis (upstream §3.14). */
final class AnalysisRequests {
  private AnalysisRequests() {}

  static AnalysisRequest of(
      RolloutState s, RolloutAnalysis a, RolloutRuns.Kind kind, Integer stepIndex) {
    String base = RolloutRuns.name(s.name(), s.currentHash(), s.currentRevision(), kind, stepIndex);
    Map<String, String> labels = new LinkedHashMap<>();
    if (s.spec().selectorMatchLabels() != null) {
      labels.putAll(s.spec().selectorMatchLabels());
    }
    labels.putAll(a.labels());
    // upstream's own labels win over the metadata's
    labels.putAll(RolloutRuns.labels(s.currentHash(), kind, stepIndex));
    return new AnalysisRequest(
        s.namespace(),
        s.name(),
        s.analyses().freeName(base),
        kind,
        kind == RolloutRuns.Kind.STEP ? stepIndex : null,
        s.currentHash(),
        s.currentRevision(),
        a.templates(),
        args(s, a),
        a.dryRun(),
        a.retention(),
        labels,
        a.annotations());
  }

  /** podTemplateHashValue: "Stable" is status.stableRS, "Latest" the current revision's hash. */
  private static List<ArgSpec> args(RolloutState s, RolloutAnalysis a) {
    List<ArgSpec> out = new ArrayList<>();
    for (RolloutAnalysis.Arg arg : a.args()) {
      if (arg.podTemplateHashValue() != null) {
        String hash =
            "Stable".equals(arg.podTemplateHashValue()) ? s.stableHash() : s.currentHash();
        out.add(ArgSpec.of(arg.name(), hash));
      } else if (arg.value() == null && arg.fieldPath() != null) {
        out.add(ArgSpec.field(arg.name(), arg.fieldPath()));
      } else {
        out.add(ArgSpec.of(arg.name(), arg.value()));
      }
    }
    return out;
  }
}
