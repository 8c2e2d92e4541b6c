package dev.stepwise.domain;

import static dev.stepwise.domain.ValidationFormat.invalid;
import static dev.stepwise.domain.ValidationFormat.invalidRendered;
import static dev.stepwise.domain.ValidationFormat.required;

import dev.stepwise.domain.ValidationFacts.AntiAffinity;
import dev.stepwise.domain.ValidationFacts.BlueGreenFacts;
import dev.stepwise.domain.ValidationFacts.CanaryFacts;
import dev.stepwise.domain.ValidationFacts.PingPong;
import dev.stepwise.domain.ValidationFacts.TrafficRouting;
import java.util.List;

/**
 * Upstream's ValidateRolloutStrategyCanary and ValidateRolloutStrategyBlueGreen. Their paths hang
 * off "spec.strategy" (not "spec.strategy.canary"), as upstream's do.
 */
final class ValidationStrategies {
  private static final String PATH = "spec.strategy";
  private static final List<String> NEEDS_SERVICES =
      List.of("smi", "apisix", "ambassador", "nginx", "appMesh", "traefik");

  private ValidationStrategies() {}

  static void canary(RolloutSpec spec, List<String> errs) {
    RolloutSpec.CanarySpec canary = spec.canary();
    ValidationFacts facts = RolloutValidation.facts(spec);
    CanaryFacts cf = facts == null ? null : facts.canary();
    budget(canary, errs);
    if (cf != null) {
      services(cf, errs);
      pingPong(cf, errs);
      requiredServices(cf, errs);
      trafficRoutingOnly(cf, errs);
    }
    TrafficRouting tr = cf == null ? null : cf.trafficRouting();
    int maxWeight = tr == null || tr.maxTrafficWeight() == null ? 100 : tr.maxTrafficWeight();
    List<Step> steps = canary.steps() == null ? List.of() : canary.steps();
    for (int i = 0; i < steps.size(); i++) {
      List<String> keys = cf == null || cf.stepKeys() == null ? null : cf.stepKeys().get(i);
      ValidationSteps.step(steps.get(i), keys, i, maxWeight, tr, errs);
    }
    antiAffinity(cf == null ? null : cf.antiAffinity(), errs);
  }

  static void blueGreen(RolloutSpec spec, List<String> errs) {
    ValidationFacts facts = RolloutValidation.facts(spec);
    BlueGreenFacts bg = facts == null ? null : facts.blueGreen();
    if (bg == null) {
      return;
    }
    if (bg.activeService().equals(bg.previewService())) {
      errs.add(
          invalid(
              PATH + ".activeService",
              bg.activeService(),
              "This rollout uses the same service for the active and preview services, but two"
                  + " different services are required."));
    }
    Integer limit = bg.scaleDownDelayRevisionLimit();
    if (limit != null && RolloutValidation.revisionHistoryLimit(spec) < limit) {
      errs.add(
          invalid(
              PATH + ".scaleDownDelayRevisionLimit",
              limit,
              "This rollout's revision history limit can not be smaller than the rollout's scale"
                  + " down limit"));
    }
    antiAffinity(bg.antiAffinity(), errs);
    if (bg.services() != null) {
      referencedServices(bg, spec.templateLabels(), errs);
    }
  }

  /**
   * Upstream getReferencedServices and ValidateService: a Service that is missing, or that another
   * rollout manages, makes the spec invalid.
   */
  private static void referencedServices(
      BlueGreenFacts bg, java.util.Map<String, String> templateLabels, List<String> errs) {
    String path = PATH + ".blueGreen.";
    for (ValidationFacts.ServiceFact svc : bg.services()) {
      String field = svc.name().equals(bg.activeService()) ? "activeService" : "previewService";
      if (!svc.exists()) {
        errs.add(
            invalid(path + field, svc.name(), "service " + goQuote(svc.name()) + " not found"));
      } else if (svc.managedByOther()) {
        errs.add(
            invalid(
                path + field,
                svc.name(),
                "Service " + goQuote(svc.name()) + " is managed by another Rollout"));
      }
      if (svc.exists() && svc.selector() != null) {
        // sorted, so the first error is stable (Go iterates the selector map at random)
        new java.util.TreeMap<>(svc.selector())
            .forEach(
                (key, value) -> {
                  String label = templateLabels == null ? null : templateLabels.get(key);
                  if (!value.equals(label)) {
                    errs.add(
                        invalid(
                            path + field,
                            svc.name(),
                            "Service "
                                + goQuote(svc.name())
                                + " has unmatch label "
                                + goQuote(key)
                                + " in rollout"));
                  }
                });
      }
    }
  }

  private static String goQuote(String s) {
    return ValidationFormat.goQuote(s);
  }

  private static void budget(RolloutSpec.CanarySpec canary, List<String> errs) {
    IntOrPercent surge = canary.maxSurge();
    IntOrPercent unavailable = canary.maxUnavailable();
    int surgeValue = surge == null ? 25 : surge.value();
    int unavailableValue = unavailable == null ? 25 : unavailable.value();
    if (surgeValue == 0 && unavailableValue == 0) {
      errs.add(
          invalidRendered(
              PATH + ".maxSurge",
              ValidationFormat.jsonIntOrString(surge),
              "MaxSurge and MaxUnavailable both can not be zero"));
    }
  }

  private static void services(CanaryFacts cf, List<String> errs) {
    if (!cf.canaryService().isEmpty() && cf.canaryService().equals(cf.stableService())) {
      errs.add(
          invalid(
              PATH + ".stableService",
              cf.stableService(),
              "This rollout uses the same service for the stable and canary services, but two"
                  + " different services are required."));
    }
  }

  private static void pingPong(CanaryFacts cf, List<String> errs) {
    PingPong pp = cf.pingPong();
    if (pp == null) {
      return;
    }
    TrafficRouting tr = cf.trafficRouting();
    String missing = "Ping service and Pong service must to be set to use Ping-Pong feature";
    if (tr != null && !tr.has("alb")) {
      // the bad value is the nil *ALBTrafficRouting
      errs.add(
          invalidRendered(
              PATH + ".trafficRouting.alb",
              "null",
              "Ping-pong feature works with the ALB traffic routing only"));
    }
    if (pp.pingService().isEmpty()) {
      errs.add(invalid(PATH + ".pingPong.pingService", pp.pingService(), missing));
    }
    if (pp.pongService().isEmpty()) {
      errs.add(invalid(PATH + ".pingPong.pongService", pp.pongService(), missing));
    }
    if (pp.pingService().equals(pp.pongService())) {
      errs.add(
          invalid(
              PATH + ".pingPong.pingService",
              pp.pingService(),
              "This rollout uses the same service for the ping and pong services, but two"
                  + " different services are required."));
    }
    if (tr != null && tr.has("alb") && tr.albRootService().isEmpty()) {
      errs.add(
          invalid(
              PATH + ".trafficRouting.alb.rootService",
              "",
              "Root service field is required for the configuration with ALB and ping-pong"
                  + " feature enabled"));
    }
  }

  /** upstream requireCanaryStableServices: most routers need both services. */
  private static void requiredServices(CanaryFacts cf, List<String> errs) {
    TrafficRouting tr = cf.trafficRouting();
    if (tr == null) {
      return;
    }
    boolean needed =
        (tr.has("alb") && cf.pingPong() == null)
            || (tr.has("istio") && !tr.istioDestinationRule())
            || NEEDS_SERVICES.stream().anyMatch(tr::has);
    if (!needed) {
      return;
    }
    String message = "Canary service and Stable service must to be set to use Traffic Routing";
    if (cf.stableService().isEmpty()) {
      errs.add(invalid(PATH + ".stableService", "", message));
    }
    if (cf.canaryService().isEmpty()) {
      errs.add(invalid(PATH + ".canaryService", "", message));
    }
  }

  private static void trafficRoutingOnly(CanaryFacts cf, List<String> errs) {
    TrafficRouting tr = cf.trafficRouting();
    if (tr == null) {
      if (cf.scaleDownDelaySeconds() != null) {
        errs.add(
            invalid(
                PATH + ".scaleDownDelaySeconds",
                cf.scaleDownDelaySeconds(),
                "Canary scaleDownDelaySeconds can only be used with traffic routing"));
      }
      if (cf.dynamicStableScale()) {
        errs.add(
            invalid(
                PATH + ".dynamicStableScale",
                true,
                "Canary dynamicStableScale can only be used with traffic routing"));
      }
      return;
    }
    if (cf.scaleDownDelaySeconds() != null && cf.dynamicStableScale()) {
      errs.add(
          invalid(
              PATH + ".dynamicStableScale",
              true,
              "Canary dynamicStableScale cannot be used with scaleDownDelaySeconds"));
    }
    if (tr.maxTrafficWeight() != null && !tr.has("nginx") && !tr.has("plugins")) {
      errs.add(
          invalid(
              PATH + ".trafficRouting.maxTrafficWeight",
              tr.maxTrafficWeight(),
              "Canary maxTrafficWeight in traffic routing only support in Nginx and Plugins"));
    }
  }

  static void antiAffinity(AntiAffinity aa, List<String> errs) {
    if (aa == null) {
      return;
    }
    if (aa.preferred() == aa.required()) {
      errs.add(
          invalid(
              PATH + ".antiAffinity",
              "antiAffinity.PreferredDuringSchedulingIgnoredDuringExecution: "
                  + aa.preferred()
                  + " antiAffinity.RequiredDuringSchedulingIgnoredDuringExecution: "
                  + aa.required(),
              "AntiAffinity must have exactly one strategy listed"));
    }
    if (aa.preferred() && (aa.preferredWeight() < 1 || aa.preferredWeight() > 100)) {
      errs.add(
          invalid(
              PATH + ".antiAffinity.weight",
              aa.preferredWeight(),
              "AntiAffinity weight must be between 1-100"));
    }
  }

  static void requireTrafficRouting(String detail, List<String> errs) {
    errs.add(required(PATH + ".trafficRouting", detail));
  }
}
