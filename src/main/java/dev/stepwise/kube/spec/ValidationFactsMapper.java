package dev.stepwise.kube.spec;

import dev.stepwise.domain.ValidationFacts;
import dev.stepwise.domain.ValidationFacts.AntiAffinity;
import dev.stepwise.domain.ValidationFacts.BlueGreenFacts;
import dev.stepwise.domain.ValidationFacts.CanaryFacts;
import dev.stepwise.domain.ValidationFacts.PingPong;
import dev.stepwise.domain.ValidationFacts.PodFacts;
import dev.stepwise.domain.ValidationFacts.SelectorRequirement;
import dev.stepwise.domain.ValidationFacts.ServiceFact;
import dev.stepwise.domain.ValidationFacts.TrafficRouting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the {@link ValidationFacts} of a Rollout's raw spec, tolerantly (as the other mappers). */
final class ValidationFactsMapper {
  private static final List<String> ROUTERS =
      List.of("alb", "istio", "smi", "apisix", "ambassador", "nginx", "appMesh", "traefik");

  private final Decoder d;

  ValidationFactsMapper(Decoder d) {
    this.d = d;
  }

  ValidationFacts map(
      Map<String, Object> selector,
      Map<String, Object> template,
      Map<String, Object> strategy,
      List<List<String>> stepKeys,
      Object serviceFacts) {
    Map<String, Object> meta = d.object(template, "metadata", "spec.template.metadata");
    boolean metadataSet = nonEmpty(meta.get("labels")) || nonEmpty(meta.get("annotations"));
    Map<String, Object> podSpec = d.object(template, "spec", "spec.template.spec");
    Object canary = strategy.get("canary");
    Object blueGreen = strategy.get("blueGreen");
    return new ValidationFacts(
        expressions(selector),
        metadataSet,
        pod(podSpec),
        canary instanceof Map<?, ?> ? canary(object(canary), stepKeys) : null,
        blueGreen instanceof Map<?, ?> ? blueGreen(object(blueGreen), serviceFacts) : null);
  }

  private static Map<String, String> selector(Object raw) {
    if (!(raw instanceof Map<?, ?> m)) {
      return null;
    }
    Map<String, String> out = new java.util.TreeMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
    return out;
  }

  /** The watcher's in-memory list of referenced Services, or null when it gave none. */
  private static List<ServiceFact> services(Object raw) {
    if (!(raw instanceof List<?> list)) {
      return null;
    }
    List<ServiceFact> out = new ArrayList<>();
    for (Object o : list) {
      if (o instanceof Map<?, ?> m) {
        out.add(
            new ServiceFact(
                text(m.get("name")),
                Boolean.TRUE.equals(m.get("exists")),
                Boolean.TRUE.equals(m.get("managedByOther")),
                selector(m.get("selector"))));
      }
    }
    return List.copyOf(out);
  }

  private List<SelectorRequirement> expressions(Map<String, Object> selector) {
    List<SelectorRequirement> out = new ArrayList<>();
    Object raw = selector.get("matchExpressions");
    if (raw instanceof List<?> list) {
      for (Object e : list) {
        if (e instanceof Map<?, ?> m) {
          List<String> values = new ArrayList<>();
          if (m.get("values") instanceof List<?> vs) {
            vs.forEach(v -> values.add(String.valueOf(v)));
          }
          out.add(new SelectorRequirement(text(m.get("key")), text(m.get("operator")), values));
        }
      }
    }
    return List.copyOf(out);
  }

  private PodFacts pod(Map<String, Object> podSpec) {
    List<String> names = new ArrayList<>();
    if (podSpec.get("containers") instanceof List<?> containers) {
      for (Object c : containers) {
        names.add(c instanceof Map<?, ?> m ? text(m.get("name")) : "");
      }
    }
    return new PodFacts(
        List.copyOf(names),
        text(podSpec.get("restartPolicy")),
        podSpec.get("activeDeadlineSeconds") != null);
  }

  private CanaryFacts canary(Map<String, Object> canary, List<List<String>> stepKeys) {
    String path = "spec.strategy.canary";
    Object pp = canary.get("pingPong");
    Object tr = canary.get("trafficRouting");
    return new CanaryFacts(
        text(canary.get("canaryService")),
        text(canary.get("stableService")),
        d.int32(canary, "scaleDownDelaySeconds", path + ".scaleDownDelaySeconds"),
        Boolean.TRUE.equals(canary.get("dynamicStableScale")),
        pp instanceof Map<?, ?> m
            ? new PingPong(text(m.get("pingService")), text(m.get("pongService")))
            : null,
        tr instanceof Map<?, ?> ? trafficRouting(object(tr)) : null,
        antiAffinity(canary.get("antiAffinity")),
        stepKeys);
  }

  private TrafficRouting trafficRouting(Map<String, Object> tr) {
    List<String> providers = new ArrayList<>();
    ROUTERS.stream().filter(r -> tr.get(r) != null).forEach(providers::add);
    if (nonEmpty(tr.get("plugins"))) {
      providers.add("plugins");
    }
    List<String> managed = null;
    if (tr.get("managedRoutes") instanceof List<?> routes) {
      managed = new ArrayList<>();
      for (Object r : routes) {
        managed.add(r instanceof Map<?, ?> m ? text(m.get("name")) : "");
      }
    }
    Object istio = tr.get("istio");
    Object alb = tr.get("alb");
    return new TrafficRouting(
        List.copyOf(providers),
        d.int32(tr, "maxTrafficWeight", "spec.strategy.canary.trafficRouting.maxTrafficWeight"),
        alb instanceof Map<?, ?> m ? text(m.get("rootService")) : "",
        istio instanceof Map<?, ?> m && m.get("destinationRule") != null,
        managed == null ? null : List.copyOf(managed));
  }

  private AntiAffinity antiAffinity(Object raw) {
    if (!(raw instanceof Map<?, ?> aa)) {
      return null;
    }
    Object preferred = aa.get("preferredDuringSchedulingIgnoredDuringExecution");
    Integer weight =
        preferred instanceof Map<?, ?> p
            ? d.int32(
                p.get("weight"),
                "antiAffinity.preferredDuringSchedulingIgnoredDuringExecution.weight")
            : null;
    return new AntiAffinity(
        preferred != null,
        weight == null ? 0 : weight,
        aa.get("requiredDuringSchedulingIgnoredDuringExecution") != null);
  }

  private BlueGreenFacts blueGreen(Map<String, Object> bg, Object serviceFacts) {
    return new BlueGreenFacts(
        text(bg.get("activeService")),
        text(bg.get("previewService")),
        d.int32(
            bg,
            "scaleDownDelayRevisionLimit",
            "spec.strategy.blueGreen.scaleDownDelayRevisionLimit"),
        antiAffinity(bg.get("antiAffinity")),
        services(serviceFacts));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object v) {
    return (Map<String, Object>) v;
  }

  private static boolean nonEmpty(Object v) {
    return v instanceof Map<?, ?> m ? !m.isEmpty() : v instanceof List<?> l && !l.isEmpty();
  }

  private static String text(Object v) {
    return v instanceof String s ? s : "";
  }
}
