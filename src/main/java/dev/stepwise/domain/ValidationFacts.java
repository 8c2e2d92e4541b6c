package dev.stepwise.domain;

import java.util.List;
import java.util.Map;

/**
 * The parts of a Rollout's spec that only upstream's InvalidSpec rules read (and the controller
 * otherwise ignores), mapped by the kube layer. A spec built without them (null) skips the rules
 * that need them.
 *
 * @param selectorExpressions spec.selector.matchExpressions (empty when none)
 * @param templateMetadataSet spec.template.metadata has labels or annotations (upstream's
 *     EmptyTemplate is false), which a workloadRef Rollout must not have
 * @param pod what the pod-template rules read, or null
 * @param canary what the canary rules read beyond {@link RolloutSpec.CanarySpec}, or null
 * @param blueGreen what the blue-green rules read, or null when there is no blueGreen strategy
 */
public record ValidationFacts(
    List<SelectorRequirement> selectorExpressions,
    boolean templateMetadataSet,
    PodFacts pod,
    CanaryFacts canary,
    BlueGreenFacts blueGreen)
    implements CborSerializable {

  /** One spec.selector.matchExpressions entry (operator as written; values never null). */
  public record SelectorRequirement(String key, String operator, List<String> values)
      implements CborSerializable {}

  /**
   * spec.template.spec as the ReplicaSet pod-template rules see it.
   *
   * @param containerNames the name of each container in order ("" when missing)
   * @param restartPolicy spec.template.spec.restartPolicy, "" when unset (defaults to Always)
   * @param activeDeadlineSeconds spec.template.spec.activeDeadlineSeconds is set
   */
  public record PodFacts(
      List<String> containerNames, String restartPolicy, boolean activeDeadlineSeconds)
      implements CborSerializable {}

  /**
   * strategy.canary fields that are only validated (most need traffic routing, which Stepwise does
   * not support yet).
   *
   * @param canaryService canary.canaryService ("" when unset)
   * @param stableService canary.stableService ("" when unset)
   * @param scaleDownDelaySeconds canary.scaleDownDelaySeconds, or null
   * @param dynamicStableScale canary.dynamicStableScale
   * @param pingPong canary.pingPong, or null
   * @param trafficRouting canary.trafficRouting, or null
   * @param antiAffinity canary.antiAffinity, or null
   * @param stepKeys for each step, the step kinds it sets (e.g. ["setCanaryScale",
   *     "setHeaderRoute"])
   */
  public record CanaryFacts(
      String canaryService,
      String stableService,
      Integer scaleDownDelaySeconds,
      boolean dynamicStableScale,
      PingPong pingPong,
      TrafficRouting trafficRouting,
      AntiAffinity antiAffinity,
      List<List<String>> stepKeys)
      implements CborSerializable {}

  /** canary.pingPong ("" when a service is unset). */
  public record PingPong(String pingService, String pongService) implements CborSerializable {}

  /**
   * canary.trafficRouting.
   *
   * @param providers the routers configured, by their upstream key ("nginx", "alb", "istio", "smi",
   *     "ambassador", "appMesh", "traefik", "apisix", "plugins")
   * @param maxTrafficWeight trafficRouting.maxTrafficWeight, or null
   * @param albRootService trafficRouting.alb.rootService ("" when unset)
   * @param istioDestinationRule trafficRouting.istio.destinationRule is set
   * @param managedRoutes the names in trafficRouting.managedRoutes, or null when it is unset
   */
  public record TrafficRouting(
      List<String> providers,
      Integer maxTrafficWeight,
      String albRootService,
      boolean istioDestinationRule,
      List<String> managedRoutes)
      implements CborSerializable {
    /** Whether the router with this upstream key is configured. */
    public boolean has(String provider) {
      return providers != null && providers.contains(provider);
    }
  }

  /**
   * canary.antiAffinity / blueGreen.antiAffinity.
   *
   * @param preferred preferredDuringSchedulingIgnoredDuringExecution is set
   * @param preferredWeight its weight (0 when unset)
   * @param required requiredDuringSchedulingIgnoredDuringExecution is set
   */
  public record AntiAffinity(boolean preferred, int preferredWeight, boolean required)
      implements CborSerializable {}

  /**
   * strategy.blueGreen fields its rules read ("" when a service is unset).
   *
   * @param services what the informer knows of the referenced Services, or null when unknown (the
   *     Service rules are then skipped)
   */
  public record BlueGreenFacts(
      String activeService,
      String previewService,
      Integer scaleDownDelayRevisionLimit,
      AntiAffinity antiAffinity,
      List<ServiceFact> services)
      implements CborSerializable {

    /** The facts without the Services (rules that need them are skipped). */
    public BlueGreenFacts(
        String activeService,
        String previewService,
        Integer scaleDownDelayRevisionLimit,
        AntiAffinity antiAffinity) {
      this(activeService, previewService, scaleDownDelayRevisionLimit, antiAffinity, null);
    }
  }

  /**
   * A Service a rollout references, as the informer sees it.
   *
   * @param exists the Service exists in the rollout's namespace
   * @param managedByOther its argo-rollouts.argoproj.io/managed-by-rollouts annotation names
   *     another rollout
   * @param selector its spec.selector without rollouts-pod-template-hash (null when unknown)
   */
  public record ServiceFact(
      String name, boolean exists, boolean managedByOther, Map<String, String> selector)
      implements CborSerializable {

    /** A fact without the selector (its label rule is skipped). */
    public ServiceFact(String name, boolean exists, boolean managedByOther) {
      this(name, exists, managedByOther, null);
    }
  }
}
