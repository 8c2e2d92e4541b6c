package dev.stepwise.app;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import java.util.Map;

/** Blue-green Rollouts and their Services for the ITs, on a {@link ControllerHarness}. */
final class BlueGreenFixture {
  private final ControllerHarness h;

  BlueGreenFixture(ControllerHarness h) {
    this.h = h;
  }

  /** Creates Services {@code <name>-active} and {@code <name>-preview} selecting app=name. */
  void services(String name) {
    for (String role : new String[] {"active", "preview"}) {
      Service svc =
          new ServiceBuilder()
              .withNewMetadata()
              .withName(name + "-" + role)
              .endMetadata()
              .withNewSpec()
              .withSelector(Map.of("app", name))
              .addNewPort()
              .withPort(80)
              .endPort()
              .endSpec()
              .build();
      h.client().services().inNamespace(ControllerHarness.NS).resource(svc).create();
    }
  }

  /** Creates a blue-green Rollout; {@code strategyYaml} goes under strategy.blueGreen. */
  void rollout(String name, int replicas, String image, String strategyYaml) {
    h.create(
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Rollout
        metadata:
          name: %1$s
        spec:
          replicas: %2$d
          selector:
            matchLabels:
              app: %1$s
          template:
            metadata:
              labels:
                app: %1$s
            spec:
              containers:
              - name: app
                image: %3$s
          strategy:
            blueGreen:
              activeService: %1$s-active
              previewService: %1$s-preview
        %4$s
        """
            .formatted(name, replicas, image, strategyYaml.indent(6).stripTrailing()));
  }

  /** The rollouts-pod-template-hash the Service selects (null: none). */
  String selector(String service) {
    Service svc = h.client().services().inNamespace(ControllerHarness.NS).withName(service).get();
    Map<String, String> sel = svc.getSpec().getSelector();
    return sel == null ? null : sel.get("rollouts-pod-template-hash");
  }

  String managedBy(String service) {
    Service svc = h.client().services().inNamespace(ControllerHarness.NS).withName(service).get();
    Map<String, String> a = svc.getMetadata().getAnnotations();
    return a == null ? null : a.get("argo-rollouts.argoproj.io/managed-by-rollouts");
  }

  /** The scale-down-deadline annotation of the rollout's ReplicaSet for {@code hash}, or null. */
  String deadline(String rollout, String hash) {
    ReplicaSet rs =
        h.client()
            .apps()
            .replicaSets()
            .inNamespace(ControllerHarness.NS)
            .withName(rollout + "-" + hash)
            .get();
    Map<String, String> a = rs == null ? null : rs.getMetadata().getAnnotations();
    return a == null ? null : a.get("scale-down-deadline");
  }

  @SuppressWarnings("unchecked")
  static String activeSelector(Map<String, Object> status) {
    return status.get("blueGreen") instanceof Map<?, ?> bg
        ? (String) ((Map<String, Object>) bg).get("activeSelector")
        : null;
  }
}
