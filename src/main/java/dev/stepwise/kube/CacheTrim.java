package dev.stepwise.kube;

import io.fabric8.kubernetes.api.model.FieldsV1;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trims objects before an informer caches them, to the fields the controller reads from that cache
 * (BENCHMARKS.md, "Informer caches"). Every write the controller makes is a JSON merge patch, an
 * eviction or a create from the Rollout's spec, never an update of a cached object, so a trimmed
 * object is never written back.
 *
 * <p>What each cache is read for (keep this in step with the readers):
 *
 * <ul>
 *   <li>Rollouts: everything (kube.spec maps spec, status and metadata), except that of {@code
 *       metadata.managedFields} only the status manager is read (kube.spec {@code StatusMapper}).
 *   <li>ReplicaSets: metadata, {@code spec.replicas}, the template's metadata and {@code
 *       spec.template.spec.affinity} (ReplicaSetDecorator), {@code status} (ReplicaSetViews).
 *   <li>Pods: name, namespace, uid, labels, annotations, owner references, creation and deletion
 *       timestamps (PodRestarter, ReplicaSetDecorator, the owner index) and whether the Ready
 *       condition is True. Nothing of their spec.
 *   <li>Services and referenced workloads: metadata, spec (ServiceFacts, WorkloadRefs).
 *   <li>AnalysisRuns: owners, deletion, {@code spec.terminate}, {@code spec.ttlStrategy} and {@code
 *       status.phase} (AnalysisRunWatcher's handler; nothing reads its store).
 * </ul>
 *
 * <p>Everywhere, {@code managedFields} and kubectl's last-applied-configuration annotation (a copy
 * of the whole object as last applied, which ReplicaSetWriter does not copy either) go.
 */
final class CacheTrim {
  static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
  private static final String F_STATUS = "f:status";

  private CacheTrim() {}

  /** Drops what no cache reader needs from any object's metadata. */
  static void metadata(HasMetadata obj) {
    ObjectMeta meta = obj.getMetadata();
    if (meta == null) {
      return;
    }
    meta.setManagedFields(List.of());
    if (meta.getAnnotations() != null) {
      meta.getAnnotations().remove(LAST_APPLIED);
    }
  }

  /**
   * A Rollout keeps only the managedFields entries that touched its status, each reduced to who,
   * when and that it touched the status: kube.spec picks the status manager from exactly those.
   */
  static void rollout(GenericKubernetesResource ro) {
    ObjectMeta meta = ro.getMetadata();
    List<ManagedFieldsEntry> entries = meta == null ? null : meta.getManagedFields();
    List<ManagedFieldsEntry> statusEntries =
        entries == null
            ? List.of()
            : entries.stream().filter(CacheTrim::touchesStatus).map(CacheTrim::reduced).toList();
    metadata(ro);
    if (meta != null) {
      meta.setManagedFields(statusEntries);
    }
  }

  private static boolean touchesStatus(ManagedFieldsEntry e) {
    return "status".equals(e.getSubresource())
        || (e.getFieldsV1() != null
            && e.getFieldsV1().getAdditionalProperties().containsKey(F_STATUS));
  }

  private static ManagedFieldsEntry reduced(ManagedFieldsEntry e) {
    FieldsV1 fields = null;
    if (e.getFieldsV1() != null
        && e.getFieldsV1().getAdditionalProperties().containsKey(F_STATUS)) {
      fields = new FieldsV1();
      fields.setAdditionalProperty(F_STATUS, Map.of());
    }
    return new ManagedFieldsEntry(
        e.getApiVersion(),
        e.getFieldsType(),
        fields,
        e.getManager(),
        e.getOperation(),
        e.getSubresource(),
        e.getTime());
  }

  /** A ReplicaSet keeps its pod template's metadata and affinity, not the rest of the pod spec. */
  static void replicaSet(ReplicaSet rs) {
    metadata(rs);
    var template = rs.getSpec() == null ? null : rs.getSpec().getTemplate();
    if (template == null || template.getSpec() == null) {
      return;
    }
    var affinity = template.getSpec().getAffinity();
    if (affinity == null) {
      template.setSpec(null); // ReplicaSetDecorator: no spec and no affinity are both "nothing"
    } else {
      PodSpec kept = new PodSpec();
      kept.setAffinity(affinity);
      template.setSpec(kept);
    }
  }

  /** A Pod keeps its metadata and its Ready condition's status; spec and status otherwise go. */
  static void pod(Pod pod) {
    metadata(pod);
    PodStatus status = pod.getStatus();
    List<PodCondition> ready =
        status == null || status.getConditions() == null
            ? List.of()
            : status.getConditions().stream()
                .filter(c -> "Ready".equals(c.getType()))
                .map(c -> new PodCondition(null, null, null, null, null, c.getStatus(), "Ready"))
                .toList();
    pod.setSpec(null);
    if (status != null) {
      PodStatus kept = new PodStatus();
      kept.setConditions(ready);
      pod.setStatus(kept);
    }
  }

  /** An AnalysisRun keeps the fields its watcher's handler reads; metrics and results go. */
  static void analysisRun(GenericKubernetesResource run) {
    metadata(run);
    Map<String, Object> props = run.getAdditionalProperties();
    props.computeIfPresent("spec", (k, v) -> only(v, "terminate", "ttlStrategy"));
    props.computeIfPresent("status", (k, v) -> only(v, "phase"));
  }

  private static Object only(Object raw, String... keys) {
    if (!(raw instanceof Map<?, ?> m)) {
      return raw;
    }
    Map<String, Object> kept = new LinkedHashMap<>();
    for (String k : keys) {
      if (m.containsKey(k)) {
        kept.put(k, m.get(k));
      }
    }
    return kept;
  }
}
