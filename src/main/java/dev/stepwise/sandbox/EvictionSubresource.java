package dev.stepwise.sandbox;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodList;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetList;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code pods/eviction} subresource (policy/v1 Eviction): deletes the pod unless a
 * PodDisruptionBudget whose {@code matchLabels} select it would drop below its minimum of healthy
 * pods, in which case it answers 429 as a real API server does. Budgets are computed on the spot
 * from the pods (there is no disruption controller); matchExpressions are not modelled.
 */
final class EvictionSubresource {
  static final String VIOLATION =
      "Cannot evict pod as it would violate the pod's disruption budget.";

  private final ScaleSubresource.Store store;

  EvictionSubresource(ScaleSubresource.Store store) {
    this.store = store;
  }

  /** {@code /api/v1/namespaces/ns/pods/name/eviction}. */
  static boolean isEvictionPath(RequestPath target) {
    List<String> s = target.segments();
    return s.size() == 7
        && s.get(0).equals("api")
        && s.get(2).equals("namespaces")
        && s.get(4).equals("pods")
        && s.get(6).equals("eviction");
  }

  MockResponse handle(HttpMethod method, RequestPath target) {
    if (method != HttpMethod.POST) {
      return SandboxDispatcher.status(405, "MethodNotAllowed", "eviction takes POST");
    }
    List<String> s = target.segments();
    String ns = s.get(3);
    String podPath = "/api/v1/namespaces/" + ns + "/pods/" + s.get(5);
    MockResponse current = store.send(HttpMethod.GET, podPath, null, null);
    if (current.code() != 200) {
      return current;
    }
    Pod pod = Serialization.unmarshal(body(current), Pod.class);
    if (PodStates.isReady(pod) && !PodStates.isTerminating(pod)) {
      for (PodDisruptionBudget pdb : budgets(ns)) {
        if (selects(pdb, pod) && !allows(pdb, pods(ns))) {
          return SandboxDispatcher.status(429, "TooManyRequests", VIOLATION);
        }
      }
    }
    MockResponse deleted = store.send(HttpMethod.DELETE, podPath, null, null);
    if (deleted.code() >= 300) {
      return deleted;
    }
    return SandboxDispatcher.json(
        201, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Success\"}");
  }

  /** Whether evicting one healthy pod keeps the budget (healthy − 1 ≥ desired healthy). */
  static boolean allows(PodDisruptionBudget pdb, List<Pod> podsInNamespace) {
    List<Pod> selected =
        podsInNamespace.stream()
            .filter(p -> selects(pdb, p) && !PodStates.isTerminating(p))
            .toList();
    int expected = selected.size();
    int healthy = (int) selected.stream().filter(PodStates::isReady).count();
    var spec = pdb.getSpec();
    int desiredHealthy;
    if (spec.getMinAvailable() != null) {
      desiredHealthy = scaled(spec.getMinAvailable(), expected);
    } else if (spec.getMaxUnavailable() != null) {
      desiredHealthy = expected - scaled(spec.getMaxUnavailable(), expected);
    } else {
      return true;
    }
    return healthy - 1 >= desiredHealthy;
  }

  /** An int, or a percent of {@code total} rounded up (as the disruption controller does). */
  private static int scaled(IntOrString v, int total) {
    if (v.getIntVal() != null) {
      return v.getIntVal();
    }
    String s = v.getStrVal().replace("%", "").trim();
    return (int) Math.ceil(Integer.parseInt(s) * total / 100.0);
  }

  private static boolean selects(PodDisruptionBudget pdb, Pod pod) {
    var selector = pdb.getSpec().getSelector();
    return selector != null
        && selector.getMatchLabels() != null
        && !selector.getMatchLabels().isEmpty()
        && LabelSelectors.containsAll(pod.getMetadata().getLabels(), selector.getMatchLabels());
  }

  private List<PodDisruptionBudget> budgets(String ns) {
    MockResponse r =
        store.send(
            HttpMethod.GET,
            "/apis/policy/v1/namespaces/" + ns + "/poddisruptionbudgets",
            null,
            null);
    if (r.code() != 200) {
      return List.of();
    }
    var items = Serialization.unmarshal(body(r), PodDisruptionBudgetList.class).getItems();
    return items == null ? List.of() : items;
  }

  private List<Pod> pods(String ns) {
    MockResponse r = store.send(HttpMethod.GET, "/api/v1/namespaces/" + ns + "/pods", null, null);
    var items = Serialization.unmarshal(body(r), PodList.class).getItems();
    return items == null ? List.of() : items;
  }

  private static String body(MockResponse r) {
    return new String(r.getBody().getBytes(), StandardCharsets.UTF_8);
  }
}
