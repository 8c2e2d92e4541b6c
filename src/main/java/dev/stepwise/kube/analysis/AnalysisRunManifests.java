package dev.stepwise.kube.analysis;

import dev.stepwise.domain.analysis.AnalysisRequest;
import dev.stepwise.domain.analysis.ArgSpec;
import dev.stepwise.domain.analysis.MetricSpec;
import dev.stepwise.domain.analysis.RolloutRuns;
import dev.stepwise.domain.analysis.RunSpec;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The AnalysisRun object a rollout creates (upstream §3.14): labels, the revision annotation, the
 * Rollout as controlling owner, and the flattened spec; Secret arguments stay {@code
 * valueFrom.secretKeyRef}, so no Secret value is ever written into the object.
 */
final class AnalysisRunManifests {
  static final String REVISION_ANNOTATION = "rollout.argoproj.io/revision";
  private static final Pattern INT = Pattern.compile("-?\\d{1,9}");

  private AnalysisRunManifests() {}

  static GenericKubernetesResource run(AnalysisRequest request, RunSpec spec, String rolloutUid) {
    Map<String, String> labels = new LinkedHashMap<>(request.labels());
    labels.putAll(
        RolloutRuns.labels(request.podTemplateHash(), request.kind(), request.stepIndex()));
    Map<String, String> annotations = new LinkedHashMap<>(request.annotations());
    annotations.put(REVISION_ANNOTATION, String.valueOf(request.revision()));
    GenericKubernetesResource r = new GenericKubernetesResource();
    r.setApiVersion("argoproj.io/v1alpha1");
    r.setKind("AnalysisRun");
    r.setMetadata(
        new ObjectMetaBuilder()
            .withName(request.runName())
            .withNamespace(request.namespace())
            .withLabels(labels)
            .withAnnotations(annotations)
            .withOwnerReferences(
                new OwnerReferenceBuilder()
                    .withApiVersion("argoproj.io/v1alpha1")
                    .withKind("Rollout")
                    .withName(request.rolloutName())
                    .withUid(rolloutUid)
                    .withController(true)
                    .withBlockOwnerDeletion(true)
                    .build())
            .build());
    r.setAdditionalProperty("spec", spec(spec));
    return r;
  }

  static Map<String, Object> spec(RunSpec spec) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("metrics", spec.metrics().stream().map(AnalysisRunManifests::metric).toList());
    if (!spec.args().isEmpty()) {
      out.put("args", spec.args().stream().map(AnalysisRunManifests::arg).toList());
    }
    if (!spec.dryRun().isEmpty()) {
      out.put("dryRun", spec.dryRun().stream().map(n -> Map.of("metricName", n)).toList());
    }
    if (!spec.measurementRetention().isEmpty()) {
      List<Object> keep = new ArrayList<>();
      spec.measurementRetention()
          .forEach(k -> keep.add(Map.of("metricName", k.metricName(), "limit", k.limit())));
      out.put("measurementRetention", keep);
    }
    return out;
  }

  private static Map<String, Object> metric(MetricSpec m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", m.name());
    put(out, "interval", m.interval());
    put(out, "initialDelay", m.initialDelay());
    putIntOrString(out, "count", m.count());
    put(out, "successCondition", m.successCondition());
    put(out, "failureCondition", m.failureCondition());
    putIntOrString(out, "failureLimit", m.failureLimit());
    putIntOrString(out, "inconclusiveLimit", m.inconclusiveLimit());
    putIntOrString(out, "consecutiveErrorLimit", m.consecutiveErrorLimit());
    putIntOrString(out, "consecutiveSuccessLimit", m.consecutiveSuccessLimit());
    out.put("provider", m.provider());
    return out;
  }

  private static Map<String, Object> arg(ArgSpec a) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", a.name());
    if (a.value() != null) {
      out.put("value", a.value());
    } else if (a.fromSecret()) {
      Map<String, Object> ref = new LinkedHashMap<>();
      put(ref, "name", a.secretName());
      put(ref, "key", a.secretKey());
      out.put("valueFrom", Map.of("secretKeyRef", ref));
    } else if (a.fieldPath() != null) {
      out.put("valueFrom", Map.of("fieldRef", Map.of("fieldPath", a.fieldPath())));
    }
    return out;
  }

  private static void put(Map<String, Object> out, String key, String value) {
    if (value != null) {
      out.put(key, value);
    }
  }

  /** IntOrString fields: a number stays a number, {@code "{{args.x}}"} stays a string. */
  private static void putIntOrString(Map<String, Object> out, String key, String value) {
    if (value != null) {
      out.put(key, INT.matcher(value.trim()).matches() ? Integer.parseInt(value.trim()) : value);
    }
  }
}
