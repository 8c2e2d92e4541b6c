package dev.stepwise.kube.spec;

import dev.stepwise.domain.RolloutAnalysis;
import dev.stepwise.domain.analysis.AnalysisSpecException;
import dev.stepwise.domain.analysis.RunSpec;
import dev.stepwise.domain.analysis.TemplateSpec;
import dev.stepwise.kube.analysis.RolloutFieldPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a rollout-side analysis (RolloutAnalysis / RolloutAnalysisBackground) tolerantly. {@code
 * valueFrom.fieldRef} arguments are resolved against the Rollout here, so the journaled request
 * carries values; without the whole Rollout (only its spec) a {@code metadata.*} path is left for
 * the runner.
 */
final class AnalysisMapper {
  private final Decoder d;
  private final Map<String, Object> rollout;

  /** {@code rollout}: the Rollout's JSON tree, or null when only the spec is known. */
  AnalysisMapper(Decoder d, Map<String, Object> rollout) {
    this.d = d;
    this.rollout = rollout;
  }

  RolloutAnalysis map(Object raw, String path, boolean background) {
    if (!(raw instanceof Map<?, ?>)) {
      if (raw != null) {
        d.error(path, "expected an object, got " + GoJson.quote(raw.toString()));
      }
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> a = (Map<String, Object>) raw;
    Map<String, Object> meta = d.object(a, "analysisRunMetadata", path + ".analysisRunMetadata");
    return new RolloutAnalysis(
        templates(a, path),
        args(a, path),
        names(d.list(a, "dryRun", path + ".dryRun"), path + ".dryRun"),
        retention(a, path),
        background ? d.int32(a, "startingStep", path + ".startingStep") : null,
        d.stringMap(meta, "labels", path + ".analysisRunMetadata.labels"),
        d.stringMap(meta, "annotations", path + ".analysisRunMetadata.annotations"));
  }

  private List<TemplateSpec.Ref> templates(Map<String, Object> a, String path) {
    List<TemplateSpec.Ref> out = new ArrayList<>();
    List<?> raw = d.list(a, "templates", path + ".templates");
    for (int i = 0; raw != null && i < raw.size(); i++) {
      if (raw.get(i) instanceof Map<?, ?> t) {
        Object name = t.get("templateName");
        out.add(
            new TemplateSpec.Ref(
                name == null ? "" : name.toString(), Boolean.TRUE.equals(t.get("clusterScope"))));
      } else {
        d.error(path + ".templates[" + i + "]", "expected an object");
      }
    }
    return out;
  }

  private List<RolloutAnalysis.Arg> args(Map<String, Object> a, String path) {
    List<RolloutAnalysis.Arg> out = new ArrayList<>();
    List<?> raw = d.list(a, "args", path + ".args");
    for (int i = 0; raw != null && i < raw.size(); i++) {
      String at = path + ".args[" + i + "]";
      if (!(raw.get(i) instanceof Map<?, ?> arg)) {
        d.error(at, "expected an object");
        continue;
      }
      String name = arg.get("name") == null ? "" : arg.get("name").toString();
      String value = arg.get("value") == null ? null : arg.get("value").toString();
      String hashValue = null;
      String fieldPath = null;
      if (arg.get("valueFrom") instanceof Map<?, ?> from) {
        hashValue =
            from.get("podTemplateHashValue") == null
                ? null
                : from.get("podTemplateHashValue").toString();
        if (from.get("fieldRef") instanceof Map<?, ?> ref && ref.get("fieldPath") != null) {
          fieldPath = ref.get("fieldPath").toString();
          value = resolve(fieldPath, at + ".valueFrom.fieldRef.fieldPath");
          fieldPath = value == null ? fieldPath : null;
        }
      }
      out.add(new RolloutAnalysis.Arg(name, value, hashValue, fieldPath));
    }
    return out;
  }

  /** The fieldRef's value, or null when it must wait for the runner (metadata without Rollout). */
  private String resolve(String fieldPath, String path) {
    if (rollout == null && fieldPath.startsWith("metadata")) {
      return null;
    }
    try {
      return RolloutFieldPaths.value(rollout, fieldPath);
    } catch (AnalysisSpecException e) {
      d.error(path, e.getMessage());
      return null;
    }
  }

  private List<String> names(List<?> raw, String path) {
    List<String> out = new ArrayList<>();
    for (int i = 0; raw != null && i < raw.size(); i++) {
      if (raw.get(i) instanceof Map<?, ?> m && m.get("metricName") != null) {
        out.add(m.get("metricName").toString());
      } else {
        d.error(path + "[" + i + "].metricName", "required");
      }
    }
    return out;
  }

  private List<RunSpec.Retention> retention(Map<String, Object> a, String path) {
    List<RunSpec.Retention> out = new ArrayList<>();
    List<?> raw = d.list(a, "measurementRetention", path + ".measurementRetention");
    for (int i = 0; raw != null && i < raw.size(); i++) {
      String at = path + ".measurementRetention[" + i + "]";
      if (raw.get(i) instanceof Map<?, ?> m && m.get("metricName") != null) {
        @SuppressWarnings("unchecked")
        Integer limit = d.int32((Map<String, Object>) m, "limit", at + ".limit");
        out.add(new RunSpec.Retention(m.get("metricName").toString(), limit == null ? 0 : limit));
      } else {
        d.error(at + ".metricName", "required");
      }
    }
    return out;
  }
}
