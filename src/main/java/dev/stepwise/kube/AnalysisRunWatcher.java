package dev.stepwise.kube;

import dev.stepwise.domain.analysis.AnalysisPhase;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An informer on AnalysisRuns. Runs a user created (no Rollout owner) are started, resumed and
 * terminated through {@link Sink}; runs a rollout owns are driven by their rollout's entity.
 */
public final class AnalysisRunWatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AnalysisRunWatcher.class);

  /** The run entities, as the watcher sees them (no actor types here). */
  public interface Sink {
    /** Start the run, or keep it running. */
    void resume(String namespace, String name, String uid);

    /** {@code spec.terminate} is true. */
    void terminate(String namespace, String name, String uid);

    /** The object is gone. */
    void deleted(String namespace, String name, String uid);
  }

  static final ResourceDefinitionContext CONTEXT =
      new ResourceDefinitionContext.Builder()
          .withGroup("argoproj.io")
          .withVersion("v1alpha1")
          .withKind("AnalysisRun")
          .withPlural("analysisruns")
          .withNamespaced(true)
          .build();

  private final KubernetesClient client;
  private final Sink sink;
  private final String namespace;
  private final long resyncMillis;
  private SharedIndexInformer<GenericKubernetesResource> informer;

  /**
   * @param namespace the namespace to watch, or null for all namespaces
   */
  public AnalysisRunWatcher(KubernetesClient client, Sink sink, String namespace, long resync) {
    this.client = client;
    this.sink = sink;
    this.namespace = namespace;
    this.resyncMillis = resync;
  }

  public void start() {
    var ops = client.genericKubernetesResources(CONTEXT);
    var scoped = namespace == null ? ops.inAnyNamespace() : ops.inNamespace(namespace);
    // the handler reads a few fields and nothing reads the store: results and metrics go
    informer =
        TrimmedInformers.inform(
            scoped, CacheTrim::analysisRun, Map.of(), new Handler(), resyncMillis);
  }

  private final class Handler implements ResourceEventHandler<GenericKubernetesResource> {
    @Override
    public void onAdd(GenericKubernetesResource run) {
      observe(run);
    }

    @Override
    public void onUpdate(GenericKubernetesResource old, GenericKubernetesResource run) {
      observe(run);
    }

    @Override
    public void onDelete(GenericKubernetesResource run, boolean unknownFinalState) {
      if (!rolloutOwned(run)) {
        var meta = run.getMetadata();
        sink.deleted(meta.getNamespace(), meta.getName(), meta.getUid());
      }
    }
  }

  private void observe(GenericKubernetesResource run) {
    try {
      if (rolloutOwned(run) || run.getMetadata().getDeletionTimestamp() != null) {
        return;
      }
      String ns = run.getMetadata().getNamespace();
      String name = run.getMetadata().getName();
      String uid = run.getMetadata().getUid();
      Map<String, Object> spec = map(run.getAdditionalProperties().get("spec"));
      Map<String, Object> status = map(run.getAdditionalProperties().get("status"));
      AnalysisPhase phase = phase(status.get("phase"));
      // a completed run only needs its entity while its ttlStrategy has yet to delete it; waking
      // it for nothing on every resync would be churn
      if (phase != null && phase.completed() && spec.get("ttlStrategy") == null) {
        return;
      }
      sink.resume(ns, name, uid);
      if (Boolean.TRUE.equals(spec.get("terminate")) && (phase == null || !phase.completed())) {
        sink.terminate(ns, name, uid);
      }
    } catch (RuntimeException e) {
      log.warn("cannot observe AnalysisRun {}: {}", run.getMetadata().getName(), e.toString());
    }
  }

  static boolean rolloutOwned(GenericKubernetesResource run) {
    var owners = run.getMetadata().getOwnerReferences();
    return owners != null
        && owners.stream()
            .anyMatch(o -> "Rollout".equals(o.getKind()) && Rollouts.GROUP.equals(group(o)));
  }

  private static String group(io.fabric8.kubernetes.api.model.OwnerReference o) {
    String v = o.getApiVersion();
    return v == null || !v.contains("/") ? "" : v.substring(0, v.indexOf('/'));
  }

  private static AnalysisPhase phase(Object wire) {
    if (!(wire instanceof String s) || s.isEmpty()) {
      return null;
    }
    try {
      return AnalysisPhase.fromWire(s);
    } catch (RuntimeException e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @Override
  public void close() {
    if (informer != null) {
      informer.close();
    }
  }
}
