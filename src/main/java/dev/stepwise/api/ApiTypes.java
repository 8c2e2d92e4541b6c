package dev.stepwise.api;

import dev.stepwise.api.analysis.AnalysisRun;
import dev.stepwise.api.analysis.AnalysisTemplate;
import dev.stepwise.api.analysis.ClusterAnalysisTemplate;
import dev.stepwise.api.experiment.Experiment;
import dev.stepwise.api.rollout.Rollout;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Registers the five Argo kinds with fabric8's deserializer, so that {@code apiVersion:
 * argoproj.io/v1alpha1} documents come back as {@link Rollout}, {@link AnalysisTemplate}, {@link
 * ClusterAnalysisTemplate}, {@link AnalysisRun} and {@link Experiment} instead of {@code
 * GenericKubernetesResource}.
 *
 * <p>Loading a manifest into typed objects, from any package:
 *
 * <pre>{@code
 * KubernetesSerialization serialization = ApiTypes.register(client); // or ApiTypes.serialization()
 * List<HasMetadata> objects = ApiTypes.loadAll(serialization, yamlText); // multi-document YAML
 * Rollout rollout = ApiTypes.single(objects, Rollout.class);
 * // or, for one document: Rollout r = serialization.unmarshal(yamlText, Rollout.class);
 * }</pre>
 *
 * Objects of other kinds (Services, Ingresses, ...) come back as fabric8's own types, unknown kinds
 * as {@code GenericKubernetesResource}. Typed clients need no registration: {@code
 * client.resources(Rollout.class)} works directly.
 */
public final class ApiTypes {
  /** The five kinds, in the order their CRDs should be installed. */
  public static final List<Class<? extends HasMetadata>> KINDS =
      List.of(
          Rollout.class,
          AnalysisTemplate.class,
          ClusterAnalysisTemplate.class,
          AnalysisRun.class,
          Experiment.class);

  private ApiTypes() {}

  /** A fresh serialization with the Argo kinds registered. */
  public static KubernetesSerialization serialization() {
    return register(new KubernetesSerialization());
  }

  /** Registers the Argo kinds with the client's serialization and returns that serialization. */
  public static KubernetesSerialization register(KubernetesClient client) {
    return register(client.getKubernetesSerialization());
  }

  /** Registers the Argo kinds with {@code serialization}; repeated calls are harmless. */
  public static KubernetesSerialization register(KubernetesSerialization serialization) {
    KINDS.forEach(serialization::registerKubernetesResource);
    return serialization;
  }

  /** Whether {@code apiVersion}/{@code kind} names one of the five Argo kinds. */
  public static boolean isArgoKind(String apiVersion, String kind) {
    return ArgoResource.API_VERSION.equals(apiVersion)
        && KINDS.stream().anyMatch(k -> HasMetadata.getKind(k).equals(kind));
  }

  /**
   * Every object of a (possibly multi-document) YAML or JSON text, typed where the kind is known;
   * empty documents are skipped.
   */
  public static List<HasMetadata> loadAll(KubernetesSerialization serialization, String text) {
    Object parsed = serialization.unmarshal(text);
    List<HasMetadata> out = new ArrayList<>();
    collect(parsed, out);
    return out;
  }

  /** The only object of {@code type} in {@code objects}; fails when there is none or several. */
  public static <T extends HasMetadata> T single(Collection<HasMetadata> objects, Class<T> type) {
    List<T> matching = objects.stream().filter(type::isInstance).map(type::cast).toList();
    if (matching.size() != 1) {
      throw new IllegalArgumentException(
          "expected exactly one " + type.getSimpleName() + " but found " + matching.size());
    }
    return matching.get(0);
  }

  private static void collect(Object parsed, List<HasMetadata> out) {
    switch (parsed) {
      case null -> {}
      case Collection<?> many -> many.forEach(item -> collect(item, out));
      case io.fabric8.kubernetes.api.model.KubernetesList list -> out.addAll(list.getItems());
      case HasMetadata one -> out.add(one);
      case KubernetesResource other ->
          throw new IllegalArgumentException("not an object with metadata: " + other.getClass());
      default ->
          throw new IllegalArgumentException("not a Kubernetes object: " + parsed.getClass());
    }
  }
}
