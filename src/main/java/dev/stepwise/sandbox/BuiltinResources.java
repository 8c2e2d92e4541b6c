package dev.stepwise.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The built-in Kubernetes resources the sandbox API server advertises in discovery: what a
 * controller, {@code kubectl} and the Argo Rollouts plugin touch, with the names, short names,
 * scopes and subresources of a real 1.32 API server.
 */
final class BuiltinResources {
  private BuiltinResources() {}

  /** Every built-in resource and subresource, grouped by group version in a stable order. */
  static List<ApiResource> all() {
    List<ApiResource> all = new ArrayList<>();
    core(all);
    apps(all);
    others(all);
    return List.copyOf(all);
  }

  private static void core(List<ApiResource> all) {
    all.add(ApiResource.of("v1", "namespaces", "Namespace", false, "ns"));
    all.add(ApiResource.of("v1", "namespaces", "Namespace", false, "ns").status());
    all.add(ApiResource.of("v1", "nodes", "Node", false, "no"));
    ApiResource pods = ApiResource.of("v1", "pods", "Pod", true, "po");
    all.add(pods);
    all.add(pods.sub("eviction", "Eviction", "policy/v1", List.of("create")));
    all.add(pods.status());
    ApiResource services = ApiResource.of("v1", "services", "Service", true, "svc");
    all.add(services);
    all.add(services.status());
    all.add(ApiResource.of("v1", "configmaps", "ConfigMap", true, "cm"));
    all.add(ApiResource.of("v1", "secrets", "Secret", true));
    all.add(ApiResource.of("v1", "events", "Event", true, "ev"));
    all.add(ApiResource.of("v1", "endpoints", "Endpoints", true, "ep"));
    all.add(ApiResource.of("v1", "serviceaccounts", "ServiceAccount", true, "sa"));
  }

  private static void apps(List<ApiResource> all) {
    for (String[] r :
        new String[][] {
          {"deployments", "Deployment", "deploy"},
          {"replicasets", "ReplicaSet", "rs"},
          {"statefulsets", "StatefulSet", "sts"}
        }) {
      ApiResource res = ApiResource.of("apps/v1", r[0], r[1], true, r[2]);
      all.add(res);
      all.add(res.scale());
      all.add(res.status());
    }
  }

  private static void others(List<ApiResource> all) {
    ApiResource jobs = ApiResource.of("batch/v1", "jobs", "Job", true);
    all.add(jobs);
    all.add(jobs.status());
    all.add(ApiResource.of("batch/v1", "cronjobs", "CronJob", true, "cj"));
    ApiResource ingresses =
        ApiResource.of("networking.k8s.io/v1", "ingresses", "Ingress", true, "ing");
    all.add(ingresses);
    all.add(ingresses.status());
    all.add(ApiResource.of("networking.k8s.io/v1", "ingressclasses", "IngressClass", false));
    all.add(ApiResource.of("coordination.k8s.io/v1", "leases", "Lease", true));
    all.add(ApiResource.of("events.k8s.io/v1", "events", "Event", true, "ev"));
    ApiResource pdbs =
        ApiResource.of("policy/v1", "poddisruptionbudgets", "PodDisruptionBudget", true, "pdb");
    all.add(pdbs);
    all.add(pdbs.status());
    ApiResource crds =
        ApiResource.of(
            "apiextensions.k8s.io/v1",
            "customresourcedefinitions",
            "CustomResourceDefinition",
            false,
            "crd",
            "crds");
    all.add(crds);
    all.add(crds.status());
  }
}
