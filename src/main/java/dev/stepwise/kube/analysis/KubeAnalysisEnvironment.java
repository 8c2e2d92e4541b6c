package dev.stepwise.kube.analysis;

import dev.stepwise.analysis.AnalysisEnvironment;
import dev.stepwise.analysis.MetricProvider;
import dev.stepwise.analysis.MetricProviders;
import dev.stepwise.analysis.SecretLookup;
import dev.stepwise.api.analysis.AnalysisRun;
import dev.stepwise.api.analysis.AnalysisTemplate;
import dev.stepwise.api.analysis.ClusterAnalysisTemplate;
import dev.stepwise.domain.analysis.AnalysisRequest;
import dev.stepwise.domain.analysis.ResultAssessor;
import dev.stepwise.domain.analysis.RunSpec;
import dev.stepwise.domain.analysis.RunState;
import dev.stepwise.domain.analysis.TemplateSpec;
import dev.stepwise.domain.analysis.Templates;
import dev.stepwise.domain.expr.ExprAssessor;
import dev.stepwise.kube.PatchTarget;
import dev.stepwise.kube.Rollouts;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link AnalysisEnvironment} on a Kubernetes API server, through fabric8. */
public final class KubeAnalysisEnvironment implements AnalysisEnvironment {
  private static final int NOT_FOUND = 404;
  private static final int CONFLICT = 409;

  private final KubernetesClient client;
  private final MetricProviders providers;
  private final ResultAssessor assessor;
  private final String controllerNamespace;

  /**
   * @param controllerNamespace where provider Secrets live (the controller's namespace)
   */
  public KubeAnalysisEnvironment(
      KubernetesClient client, MetricProviders providers, Clock clock, String controllerNamespace) {
    this.client = client;
    this.providers = providers;
    this.assessor = new ExprAssessor(clock);
    this.controllerNamespace = controllerNamespace;
  }

  /** The production wiring: {@link MetricProviders#standard} with the process environment. */
  public static KubeAnalysisEnvironment standard(
      KubernetesClient client, Clock clock, Map<String, String> env, String controllerNamespace) {
    return new KubeAnalysisEnvironment(
        client, MetricProviders.standard(client, env), clock, controllerNamespace);
  }

  @Override
  public RunSpec resolve(AnalysisRequest request) {
    var templates =
        Templates.expand(request.templates(), ref -> template(request.namespace(), ref));
    return Templates.toRunSpec(templates, request.args(), request.dryRun(), request.retention());
  }

  private TemplateSpec template(String namespace, TemplateSpec.Ref ref) {
    if (ref.clusterScope()) {
      ClusterAnalysisTemplate t =
          client.resources(ClusterAnalysisTemplate.class).withName(ref.templateName()).get();
      return t == null ? null : AnalysisSpecs.clusterTemplate(t);
    }
    AnalysisTemplate t =
        client
            .resources(AnalysisTemplate.class)
            .inNamespace(namespace)
            .withName(ref.templateName())
            .get();
    return t == null ? null : AnalysisSpecs.template(t);
  }

  @Override
  public String ensureRun(AnalysisRequest request, RunSpec spec) {
    var runs = client.resources(AnalysisRun.class).inNamespace(request.namespace());
    AnalysisRun existing = runs.withName(request.runName()).get();
    if (existing != null) {
      return existing.getMetadata().getUid();
    }
    GenericKubernetesResource rollout =
        Rollouts.of(client).inNamespace(request.namespace()).withName(request.rolloutName()).get();
    if (rollout == null) {
      throw new IllegalStateException(
          "rollout " + request.namespace() + "/" + request.rolloutName() + " not found");
    }
    GenericKubernetesResource run =
        AnalysisRunManifests.run(request, spec, rollout.getMetadata().getUid());
    try {
      return client
          .genericKubernetesResources("argoproj.io/v1alpha1", "AnalysisRun")
          .inNamespace(request.namespace())
          .resource(run)
          .create()
          .getMetadata()
          .getUid();
    } catch (KubernetesClientException e) {
      if (e.getCode() == CONFLICT) {
        AnalysisRun raced = runs.withName(request.runName()).get();
        if (raced != null) {
          return raced.getMetadata().getUid();
        }
      }
      throw e;
    }
  }

  @Override
  public Optional<RunObject> readRun(String namespace, String name) {
    AnalysisRun r = client.resources(AnalysisRun.class).inNamespace(namespace).withName(name).get();
    return r == null
        ? Optional.empty()
        : Optional.of(new RunObject(r.getMetadata().getUid(), AnalysisSpecs.run(r)));
  }

  @Override
  public boolean writeStatus(String namespace, String name, RunState state) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", AnalysisRunStatuses.status(state));
    String json = client.getKubernetesSerialization().asJson(body);
    try {
      client
          .resources(AnalysisRun.class)
          .inNamespace(namespace)
          .resource(PatchTarget.of(AnalysisRun.class, namespace, name))
          .subresource("status")
          .patch(PatchContext.of(PatchType.JSON_MERGE), json);
      return true;
    } catch (KubernetesClientException e) {
      if (e.getCode() == NOT_FOUND) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public void deleteRun(String namespace, String name) {
    client.resources(AnalysisRun.class).inNamespace(namespace).withName(name).delete();
  }

  @Override
  public String secretValue(String namespace, String secretName, String key) {
    Map<String, String> data =
        secrets()
            .secret(namespace, secretName)
            .orElseThrow(
                () -> new IllegalStateException("secrets \"" + secretName + "\" not found"));
    return data.get(key);
  }

  @Override
  public SecretLookup secrets() {
    return (namespace, name) -> {
      Secret s = client.secrets().inNamespace(namespace).withName(name).get();
      if (s == null) {
        return Optional.empty();
      }
      Map<String, String> out = new LinkedHashMap<>();
      if (s.getData() != null) {
        s.getData()
            .forEach(
                (k, v) ->
                    out.put(k, new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
      }
      if (s.getStringData() != null) {
        out.putAll(s.getStringData());
      }
      return Optional.of(out);
    };
  }

  @Override
  public MetricProvider provider(String type) {
    return providers.forType(type);
  }

  @Override
  public ResultAssessor assessor() {
    return assessor;
  }

  @Override
  public String controllerNamespace() {
    return controllerNamespace;
  }
}
