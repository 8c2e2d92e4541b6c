package dev.stepwise.kube.analysis;

import dev.stepwise.api.ApiTypes;
import dev.stepwise.api.analysis.AnalysisRun;
import dev.stepwise.api.analysis.AnalysisRunSpec;
import dev.stepwise.api.analysis.AnalysisTemplate;
import dev.stepwise.api.analysis.AnalysisTemplateSpec;
import dev.stepwise.api.analysis.Argument;
import dev.stepwise.api.analysis.ClusterAnalysisTemplate;
import dev.stepwise.api.analysis.Metric;
import dev.stepwise.api.analysis.TtlStrategy;
import dev.stepwise.api.common.AnalysisTemplateRef;
import dev.stepwise.api.common.DryRun;
import dev.stepwise.api.common.MeasurementRetention;
import dev.stepwise.domain.analysis.ArgSpec;
import dev.stepwise.domain.analysis.MetricSpec;
import dev.stepwise.domain.analysis.RunSpec;
import dev.stepwise.domain.analysis.TemplateSpec;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** AnalysisTemplate, ClusterAnalysisTemplate and AnalysisRun objects → the engine's spec model. */
public final class AnalysisSpecs {
  // only converts provider objects to maps; building one per call would be costly
  private static final KubernetesSerialization JSON = ApiTypes.serialization();

  private AnalysisSpecs() {}

  public static TemplateSpec template(AnalysisTemplate t) {
    return templateSpec(t.getSpec());
  }

  public static TemplateSpec clusterTemplate(ClusterAnalysisTemplate t) {
    return templateSpec(t.getSpec());
  }

  static TemplateSpec templateSpec(AnalysisTemplateSpec s) {
    if (s == null) {
      return new TemplateSpec(null, null, null, null, null);
    }
    return new TemplateSpec(
        map(s.getArgs(), AnalysisSpecs::arg),
        map(s.getMetrics(), AnalysisSpecs::metric),
        map(s.getDryRun(), DryRun::getMetricName),
        map(s.getMeasurementRetention(), AnalysisSpecs::retention),
        map(s.getTemplates(), AnalysisSpecs::ref));
  }

  /** The run spec of an AnalysisRun object (a run created by a user or by a rollout). */
  public static RunSpec run(AnalysisRun run) {
    AnalysisRunSpec s = run.getSpec();
    if (s == null) {
      return new RunSpec(null, null, null, null, null, false);
    }
    return new RunSpec(
        map(s.getMetrics(), AnalysisSpecs::metric),
        map(s.getArgs(), AnalysisSpecs::arg),
        map(s.getDryRun(), DryRun::getMetricName),
        map(s.getMeasurementRetention(), AnalysisSpecs::retention),
        ttl(s.getTtlStrategy()),
        Boolean.TRUE.equals(s.getTerminate()));
  }

  public static MetricSpec metric(Metric m) {
    @SuppressWarnings("unchecked")
    Map<String, Object> provider =
        m.getProvider() == null ? Map.of() : JSON.convertValue(m.getProvider(), Map.class);
    return new MetricSpec(
        m.getName(),
        m.getInterval(),
        m.getInitialDelay(),
        text(m.getCount()),
        m.getSuccessCondition(),
        m.getFailureCondition(),
        text(m.getFailureLimit()),
        text(m.getInconclusiveLimit()),
        text(m.getConsecutiveErrorLimit()),
        text(m.getConsecutiveSuccessLimit()),
        provider);
  }

  public static ArgSpec arg(Argument a) {
    var from = a.getValueFrom();
    var secret = from == null ? null : from.getSecretKeyRef();
    var field = from == null ? null : from.getFieldRef();
    return new ArgSpec(
        a.getName(),
        a.getValue(),
        secret == null ? null : secret.getName(),
        secret == null ? null : secret.getKey(),
        field == null ? null : field.getFieldPath());
  }

  private static RunSpec.Retention retention(MeasurementRetention r) {
    return new RunSpec.Retention(r.getMetricName(), r.getLimit() == null ? 0 : r.getLimit());
  }

  private static TemplateSpec.Ref ref(AnalysisTemplateRef r) {
    return new TemplateSpec.Ref(r.getTemplateName(), Boolean.TRUE.equals(r.getClusterScope()));
  }

  private static RunSpec.Ttl ttl(TtlStrategy t) {
    return t == null
        ? null
        : new RunSpec.Ttl(
            t.getSecondsAfterCompletion(), t.getSecondsAfterFailure(), t.getSecondsAfterSuccess());
  }

  /** An IntOrString as text ("3", or the string such as "{{args.count}}"), or null. */
  static String text(IntOrString v) {
    if (v == null) {
      return null;
    }
    return v.getIntVal() != null ? String.valueOf(v.getIntVal()) : v.getStrVal();
  }

  private static <A, B> List<B> map(List<A> in, Function<A, B> f) {
    return in == null ? List.of() : in.stream().map(f).toList();
  }
}
