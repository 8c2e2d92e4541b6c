package dev.stepwise.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;

/** Names shared with upstream Argo Rollouts: the Rollout resource, labels and annotations. */
public final class Rollouts {
  public static final String GROUP = "argoproj.io";
  public static final String VERSION = "v1alpha1";
  public static final String API_VERSION = GROUP + "/" + VERSION;
  public static final String KIND = "Rollout";

  /** Label on ReplicaSets, pods and selectors: the pod template hash of a revision. */
  public static final String HASH_LABEL = "rollouts-pod-template-hash";

  public static final String REVISION_ANNOTATION = "rollout.argoproj.io/revision";
  public static final String REVISION_HISTORY_ANNOTATION = "rollout.argoproj.io/revision-history";
  public static final String DESIRED_REPLICAS_ANNOTATION = "rollout.argoproj.io/desired-replicas";

  /** The field manager our controller writes with (kubectl shows it in managedFields). */
  public static final String CONTROLLER_MANAGER = "stepwise-controller";

  public static final ResourceDefinitionContext CONTEXT =
      new ResourceDefinitionContext.Builder()
          .withGroup(GROUP)
          .withVersion(VERSION)
          .withKind(KIND)
          .withPlural("rollouts")
          .withNamespaced(true)
          .build();

  private Rollouts() {}

  /** The Rollout resources of the client, as generic objects (tolerant of any field). */
  public static MixedOperation<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      of(KubernetesClient client) {
    return client.genericKubernetesResources(CONTEXT);
  }

  /** The name of the ReplicaSet of a revision, {@code <rollout>-<hash>}. */
  public static String replicaSetName(String rollout, String hash) {
    return rollout + "-" + hash;
  }
}
