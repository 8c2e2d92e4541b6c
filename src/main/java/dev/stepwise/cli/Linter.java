package dev.stepwise.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.domain.RolloutValidation;
import dev.stepwise.kube.spec.MappedRollout;
import dev.stepwise.kube.spec.RolloutSpecMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Upstream's {@code lint}, offline: every YAML document must be a Kubernetes object, Rollouts are
 * decoded strictly, then each Rollout is checked with the controller's own rules ({@link
 * RolloutValidation}) and against the Services in the same file that its strategy names. Decoding
 * failures throw (upstream stops at the first); field errors are collected.
 */
final class Linter {
  private static final Pattern NOT_SUPPORTED_YET =
      Pattern.compile("not supported (by Stepwise )?yet");
  private static final Pattern STEP_ERROR =
      Pattern.compile(
          "^spec\\.strategy(?:\\.canary)?\\.steps\\[(\\d+)\\]: .*Step must have one of");
  private static final List<String> CORE_STEP_ACTIONS =
      List.of("setWeight", "pause", "experiment", "analysis");
  private static final ObjectMapper COMPACT = new ObjectMapper();
  private static final String MANAGED_LABEL = Revisions.HASH_LABEL;

  private final StrictSchema schema;
  private final List<String> errors = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  private Linter(StrictSchema schema) {
    this.schema = schema;
  }

  static LintReport lint(String yaml, StrictSchema schema) {
    Linter linter = new Linter(schema);
    List<Map<String, Object>> rollouts = new ArrayList<>();
    Map<String, Map<String, Object>> services = new LinkedHashMap<>();
    for (Map<String, Object> object : objects(yaml)) {
      String group = group(String.valueOf(object.get("apiVersion")));
      String kind = String.valueOf(object.get("kind"));
      if ("argoproj.io".equals(group) && "Rollout".equals(kind)) {
        schema
            .firstUnknownField(object)
            .ifPresent(
                field -> {
                  throw new CliException(
                      "error unmarshaling JSON: while decoding JSON: json: unknown field \""
                          + field
                          + "\"");
                });
        rollouts.add(object);
      } else if (group.isEmpty() && "Service".equals(kind)) {
        services.put(name(object), object);
      }
    }
    rollouts.forEach(ro -> linter.check(ro, services));
    return new LintReport(List.copyOf(linter.errors), List.copyOf(linter.warnings));
  }

  private void check(Map<String, Object> rollout, Map<String, Map<String, Object>> services) {
    MappedRollout mapped = RolloutSpecMapper.map(rollout);
    boolean workloadRef = path(rollout, "spec", "workloadRef") != null;
    if (workloadRef && !map(path(rollout, "spec", "template")).isEmpty()) {
      errors.add(
          "spec.template: Internal error: template must be empty for workload reference rollout");
    }
    for (String error : RolloutValidation.validate(mapped.spec())) {
      if (workloadRef && (error.startsWith("spec.selector") || error.startsWith("spec.template"))) {
        continue; // the selector and template come from the referenced workload at run time
      }
      if (workloadRef && error.startsWith("spec.workloadRef: ") && error.endsWith(" not found")) {
        continue; // offline there is no cluster to resolve the workload in
      }
      if (NOT_SUPPORTED_YET.matcher(error).find() || upstreamAcceptsStep(rollout, error)) {
        warnings.add(
            "rollout \""
                + mapped.name()
                + "\": "
                + error
                + " (upstream accepts this; Stepwise would mark the rollout InvalidSpec)");
      } else {
        errors.add(error);
      }
    }
    references(rollout, mapped.name(), services);
  }

  /**
   * Upstream rejects a step that sets none of its actions, or more than one of setWeight, pause,
   * experiment and analysis; other combinations (e.g. setCanaryScale with setHeaderRoute) it
   * accepts, while Stepwise's rules reject every step with several actions.
   */
  private static boolean upstreamAcceptsStep(Map<String, Object> rollout, String error) {
    Matcher m = STEP_ERROR.matcher(error);
    if (!m.find()) {
      return false;
    }
    Object steps = path(rollout, "spec", "strategy", "canary", "steps");
    int index = Integer.parseInt(m.group(1));
    if (!(steps instanceof List<?> list) || index >= list.size()) {
      return false;
    }
    Map<String, Object> step = map(list.get(index));
    long set = step.values().stream().filter(v -> v != null).count();
    long core = CORE_STEP_ACTIONS.stream().filter(k -> step.get(k) != null).count();
    return set > 1 && core <= 1;
  }

  /** Upstream's ValidateService for each Service the strategy names, if the file has it. */
  private void references(
      Map<String, Object> rollout, String name, Map<String, Map<String, Object>> services) {
    Map<String, String> templateLabels =
        strings(path(rollout, "spec", "template", "metadata", "labels"));
    Map<String, Object> strategy = map(path(rollout, "spec", "strategy"));
    Map<String, String> named = new LinkedHashMap<>();
    Map<String, Object> canary = map(strategy.get("canary"));
    Map<String, Object> blueGreen = map(strategy.get("blueGreen"));
    named.put("spec.strategy.canary.canaryService", text(canary.get("canaryService")));
    named.put("spec.strategy.canary.stableService", text(canary.get("stableService")));
    Map<String, Object> pingPong = map(canary.get("pingPong"));
    named.put("spec.strategy.canary.pingPong.pingService", text(pingPong.get("pingService")));
    named.put("spec.strategy.canary.pingPong.pongService", text(pingPong.get("pongService")));
    named.put("spec.strategy.blueGreen.activeService", text(blueGreen.get("activeService")));
    named.put("spec.strategy.blueGreen.previewService", text(blueGreen.get("previewService")));
    named.forEach(
        (field, serviceName) -> {
          if (serviceName.isEmpty()) {
            return;
          }
          Map<String, Object> service = services.get(serviceName);
          if (service == null) {
            warnings.add(
                "rollout \""
                    + name
                    + "\": "
                    + field
                    + ": Service \""
                    + serviceName
                    + "\" is not in this file, so its selector was not checked");
            return;
          }
          selectorMatches(field, serviceName, service, templateLabels);
        });
  }

  private void selectorMatches(
      String field, String serviceName, Map<String, Object> service, Map<String, String> labels) {
    // Go ranges over the selector map in random order; sorted keys make the output stable
    new TreeMap<>(strings(path(service, "spec", "selector")))
        .forEach(
            (key, value) -> {
              if (!MANAGED_LABEL.equals(key) && !value.equals(labels.get(key))) {
                errors.add(
                    field
                        + ": Invalid value: \""
                        + serviceName
                        + "\": Service \""
                        + serviceName
                        + "\" has unmatch label \""
                        + key
                        + "\" in rollout");
              }
            });
  }

  /** The YAML documents as objects; empty documents are skipped, as upstream does. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> objects(String yaml) {
    List<Map<String, Object>> objects = new ArrayList<>();
    try {
      for (Object doc : new Load(LoadSettings.builder().build()).loadAllFromString(yaml)) {
        if (doc == null) {
          continue;
        }
        if (!(doc instanceof Map<?, ?> m)
            || !(m.get("kind") instanceof String kind)
            || kind.isEmpty()) {
          throw new CliException(
              "error unmarshaling JSON: while decoding JSON: Object 'Kind' is missing in '"
                  + compact(doc)
                  + "'");
        }
        objects.add((Map<String, Object>) m);
      }
    } catch (YamlEngineException e) {
      String message = firstLine(e.getMessage());
      // Go's yaml.v2 cannot use a mapping as a key (e.g. an unquoted "{{args.x}}" value)
      throw new CliException(
          message.startsWith("Non scalar key") ? "yaml: invalid map key" : "yaml: " + message);
    }
    return objects;
  }

  private static String group(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }

  private static String name(Map<String, Object> object) {
    return text(map(object.get("metadata")).get("name"));
  }

  private static Object path(Map<String, Object> object, String... keys) {
    Object n = object;
    for (String k : keys) {
      n = map(n).get(k);
    }
    return n;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  private static Map<String, String> strings(Object o) {
    Map<String, String> result = new LinkedHashMap<>();
    map(o).forEach((k, v) -> result.put(k, v == null ? "" : String.valueOf(v)));
    return result;
  }

  private static String text(Object o) {
    return o instanceof String s ? s : "";
  }

  private static String compact(Object doc) {
    try {
      return COMPACT.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      return String.valueOf(doc);
    }
  }

  private static String firstLine(String s) {
    int nl = s == null ? -1 : s.indexOf('\n');
    return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
  }
}
