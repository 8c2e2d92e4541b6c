package dev.stepwise.analysis.job;

import dev.stepwise.analysis.MeasurementRequest;
import dev.stepwise.analysis.http.Config;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the Job for one measurement from {@code provider.job.{metadata, spec}}. */
final class JobTemplate {
  private JobTemplate() {}

  static Job build(
      Config cfg, MeasurementRequest request, KubernetesClient client, String ns, boolean owned) {
    if (!(cfg.raw("spec") instanceof Map<?, ?> rawSpec) || rawSpec.isEmpty()) {
      throw new Config.BadConfig("job.spec is required");
    }
    JobSpec spec;
    try {
      spec = client.getKubernetesSerialization().convertValue(integral(rawSpec), JobSpec.class);
    } catch (RuntimeException e) {
      throw new Config.BadConfig("job.spec is not a valid Job spec: " + rootMessage(e));
    }
    if (spec.getTemplate() == null || spec.getTemplate().getSpec() == null) {
      throw new Config.BadConfig("job.spec.template.spec is required");
    }
    Config meta = cfg.child("metadata");
    Map<String, String> labels = stringMap(meta, "labels");
    labels.put(JobNames.UID_LABEL, request.runUid());
    Map<String, String> annotations = stringMap(meta, "annotations");
    annotations.put(JobNames.NAME_ANNOTATION, request.runName());
    annotations.put(JobNames.NAMESPACE_ANNOTATION, request.namespace());
    annotations.put(JobNames.METRIC_ANNOTATION, request.metricName());
    ObjectMeta om = new ObjectMeta();
    om.setName(
        JobNames.jobName(request.runUid(), request.metricName(), request.measurementIndex()));
    om.setNamespace(ns);
    om.setLabels(labels);
    om.setAnnotations(annotations);
    if (owned) {
      om.setOwnerReferences(
          java.util.List.of(
              new OwnerReferenceBuilder()
                  .withApiVersion("argoproj.io/v1alpha1")
                  .withKind("AnalysisRun")
                  .withName(request.runName())
                  .withUid(request.runUid())
                  .withController(true)
                  .withBlockOwnerDeletion(true)
                  .build()));
    }
    return new JobBuilder().withMetadata(om).withSpec(spec).build();
  }

  /**
   * Whole doubles back to longs: the config may come from a decoder that reads every JSON number as
   * a float (as Go does), and Kubernetes integer fields refuse "0.0".
   */
  private static Object integral(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(k, integral(x)));
      return out;
    }
    if (v instanceof java.util.List<?> l) {
      return l.stream().map(JobTemplate::integral).toList();
    }
    if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
      return d.longValue();
    }
    return v;
  }

  private static Map<String, String> stringMap(Config meta, String key) {
    Map<String, String> out = new LinkedHashMap<>();
    if (meta.raw(key) instanceof Map<?, ?> m) {
      m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
    } else if (meta.has(key)) {
      throw new Config.BadConfig("job.metadata." + key + " must be an object");
    }
    return out;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.toString() : t.getMessage();
    int nl = m.indexOf('\n');
    return nl > 0 ? m.substring(0, nl) : m;
  }
}
