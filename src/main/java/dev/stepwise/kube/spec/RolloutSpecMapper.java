package dev.stepwise.kube.spec;

import dev.stepwise.domain.BlueGreenSpec;
import dev.stepwise.domain.RolloutSpec;
import dev.stepwise.domain.RolloutSpec.CanarySpec;
import dev.stepwise.domain.RolloutSpec.WorkloadRef;
import dev.stepwise.domain.ValidationFacts;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Rollout (argoproj.io/v1alpha1) from its raw JSON tree into the domain's view. Decoding is
 * tolerant (semantics §3.16 trap 4): a field that cannot be read is listed in {@link
 * RolloutSpec#decodeErrors()} as "spec.path: reason" and everything else is still mapped; this
 * class never throws on malformed input.
 */
public final class RolloutSpecMapper {
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  /**
   * In-memory marker under .spec (never written back) where the watcher puts what it knows of the
   * Services a blue-green rollout references: a list of {name, exists, managedByOther}.
   */
  public static final String SERVICE_FACTS_MARKER = "stepwiseReferencedServices";

  private RolloutSpecMapper() {}

  /**
   * Maps a Rollout as fabric8's generic client returns it. Only the typed metadata is converted:
   * spec and status are already raw JSON maps, which the mapping reads and never changes, and
   * converting the whole object (pod template included) cost a fifth of every decode on a restart
   * at 10,000 rollouts (BENCHMARKS.md).
   */
  @SuppressWarnings("unchecked")
  public static MappedRollout map(GenericKubernetesResource rollout) {
    Map<String, Object> tree = new LinkedHashMap<>();
    if (rollout.getApiVersion() != null) {
      tree.put("apiVersion", rollout.getApiVersion());
    }
    if (rollout.getKind() != null) {
      tree.put("kind", rollout.getKind());
    }
    if (rollout.getMetadata() != null) {
      tree.put("metadata", SERIALIZATION.convertValue(rollout.getMetadata(), Map.class));
    }
    tree.putAll(rollout.getAdditionalProperties());
    return map(tree);
  }

  /** Maps a Rollout given as a raw JSON tree ({@code metadata}, {@code spec}, {@code status}). */
  public static MappedRollout map(Map<String, Object> rollout) {
    Decoder d = new Decoder();
    Map<String, Object> metadata = d.object(rollout, "metadata", "metadata");
    Map<String, Object> status = d.object(rollout, "status", "status");
    Integer collisionCount = new Decoder().int32(status, "collisionCount", "status.collisionCount");
    return new MappedRollout(
        text(metadata.get("namespace")),
        text(metadata.get("name")),
        text(metadata.get("uid")),
        generation(metadata.get("generation")),
        resourceVersion(metadata.get("resourceVersion")),
        spec(d.object(rollout, "spec", "spec"), collisionCount, rollout),
        StatusMapper.observed(status, metadata),
        StatusMapper.conditions(status),
        collisionCount);
  }

  /** Maps {@code .spec}; {@code collisionCount} is status.collisionCount (or null). */
  public static RolloutSpec spec(Map<String, Object> spec, Integer collisionCount) {
    return spec(spec, collisionCount, null);
  }

  /**
   * Maps {@code .spec}; {@code rollout} is the whole Rollout, which fieldRef arguments of analyses
   * read (null: only spec.* paths resolve here).
   */
  static RolloutSpec spec(
      Map<String, Object> spec, Integer collisionCount, Map<String, Object> rollout) {
    Map<String, Object> tree = rollout != null ? rollout : Map.of("spec", spec);
    Decoder d = new Decoder();
    Map<String, Object> selector = d.object(spec, "selector", "spec.selector");
    Map<String, Object> template = d.object(spec, "template", "spec.template");
    Map<String, Object> templateMeta = d.object(template, "metadata", "spec.template.metadata");
    String hash = PodTemplateHasher.hash(template, collisionCount, d::error);
    Map<String, String> labels =
        d.stringMap(templateMeta, "labels", "spec.template.metadata.labels");
    Map<String, Object> strategy = d.object(spec, "strategy", "spec.strategy");
    Map<String, Object> canaryRaw = d.object(strategy, "canary", "spec.strategy.canary");
    CanaryMapper canaryMapper = new CanaryMapper(d, tree);
    CanarySpec canary =
        strategy.get("canary") instanceof Map<?, ?> ? canaryMapper.map(canaryRaw) : null;
    Integer minReady = d.int32(spec, "minReadySeconds", "spec.minReadySeconds");
    ValidationFacts facts =
        new ValidationFactsMapper(d)
            .map(
                selector,
                template,
                strategy,
                canaryMapper.stepKeys(),
                spec.get(SERVICE_FACTS_MARKER));
    Map<String, Object> blueGreenRaw = d.object(strategy, "blueGreen", "spec.strategy.blueGreen");
    BlueGreenSpec blueGreen =
        strategy.get("blueGreen") instanceof Map<?, ?>
            ? BlueGreenMapper.map(d, blueGreenRaw, tree)
            : null;
    if (Boolean.TRUE.equals(spec.get("templateResolvedFromRef"))) {
      // the template was filled in from the workload in memory; the user's own one was empty
      facts =
          new ValidationFacts(
              facts.selectorExpressions(), false, facts.pod(), facts.canary(), facts.blueGreen());
    }
    // resolution problems (missing workload, non-empty template) become decode errors here
    WorkloadRef workloadRef = WorkloadRefMapper.map(d, spec);
    Map<String, Object> window = d.object(spec, "rollbackWindow", "spec.rollbackWindow");
    // read before d.errors() below takes its copy
    boolean deadlineAbort = d.bool(spec, "progressDeadlineAbort", "spec.progressDeadlineAbort");
    Instant restartAt = time(d, spec, "restartAt", "spec.restartAt");
    Integer windowRevisions = d.int32(window, "revisions", "spec.rollbackWindow.revisions");
    return new RolloutSpec(
        d.int32(spec, "replicas", "spec.replicas"),
        matchLabels(d, spec, selector),
        hasExpressions(d, selector),
        labels == null ? Map.of() : labels,
        hash,
        images(d, template),
        minReady == null ? 0 : minReady,
        d.int32(spec, "progressDeadlineSeconds", "spec.progressDeadlineSeconds"),
        d.int32(spec, "revisionHistoryLimit", "spec.revisionHistoryLimit"),
        d.bool(spec, "paused", "spec.paused"),
        canary,
        strategy.get("blueGreen") != null,
        d.errors(),
        deadlineAbort,
        restartAt,
        windowRevisions,
        workloadRef,
        facts,
        blueGreen);
  }

  /** spec.selector.matchLabels; an empty map when the selector has none, null without selector. */
  private static Map<String, String> matchLabels(
      Decoder d, Map<String, Object> spec, Map<String, Object> selector) {
    Map<String, String> match = d.stringMap(selector, "matchLabels", "spec.selector.matchLabels");
    return match == null && spec.get("selector") instanceof Map<?, ?> ? Map.of() : match;
  }

  /** An RFC 3339 time such as spec.restartAt; malformed → a decode error and null. */
  private static Instant time(Decoder d, Map<String, Object> parent, String key, String path) {
    Object v = parent.get(key);
    if (v == null) {
      return null;
    }
    Instant t = KubeTime.orNull(v);
    if (t == null) {
      d.error(path, "not an RFC 3339 time: " + v);
    }
    return t;
  }

  private static boolean hasExpressions(Decoder d, Map<String, Object> selector) {
    List<?> expressions = d.list(selector, "matchExpressions", "spec.selector.matchExpressions");
    return expressions != null && !expressions.isEmpty();
  }

  /** Container name → image, in template order (init containers are not listed). */
  private static Map<String, String> images(Decoder d, Map<String, Object> template) {
    Map<String, Object> podSpec = d.object(template, "spec", "spec.template.spec");
    List<?> containers = d.list(podSpec, "containers", "spec.template.spec.containers");
    Map<String, String> images = new LinkedHashMap<>();
    if (containers != null) {
      for (Object c : containers) {
        if (c instanceof Map<?, ?> m && m.get("name") instanceof String name) {
          images.put(name, m.get("image") instanceof String image ? image : "");
        }
      }
    }
    return images;
  }

  private static String text(Object v) {
    return v instanceof String s ? s : null;
  }

  private static long generation(Object v) {
    return v == null ? 0 : GoText.integral(v).map(i -> i.longValue()).orElse(0L);
  }

  private static long resourceVersion(Object v) {
    String s = v == null ? "" : v.toString();
    return s.matches("\\d{1,18}") ? Long.parseLong(s) : 0;
  }
}
