package dev.stepwise.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.lang.reflect.InvocationTargetException;

/**
 * The object a patch is sent to, named and nothing else. fabric8 8's {@code withName(n).patch(ctx,
 * json)} first GETs the whole object from the API server, only to take its name and namespace for
 * the PATCH's URL: every merge patch the controller sent cost a read as well (fabric8 issue 2126).
 * Given an object through {@code resource(PatchTarget.of(...))} it builds the URL from that object
 * instead, so a patch is one request; a missing object still answers 404.
 */
public final class PatchTarget {
  private PatchTarget() {}

  /** A bare {@code type} with only its name and namespace. */
  public static <T extends HasMetadata> T of(Class<T> type, String namespace, String name) {
    try {
      T item = type.getDeclaredConstructor().newInstance();
      item.setMetadata(new ObjectMetaBuilder().withName(name).withNamespace(namespace).build());
      return item;
    } catch (InstantiationException
        | IllegalAccessException
        | InvocationTargetException
        | NoSuchMethodException e) {
      throw new IllegalArgumentException(type + " has no public no-argument constructor", e);
    }
  }

  /** A bare Rollout with only its name and namespace. */
  public static GenericKubernetesResource rollout(String namespace, String name) {
    GenericKubernetesResource item = of(GenericKubernetesResource.class, namespace, name);
    item.setApiVersion(Rollouts.API_VERSION);
    item.setKind(Rollouts.KIND);
    return item;
  }
}
