package dev.stepwise.kube.analysis;

import dev.stepwise.api.ApiTypes;
import dev.stepwise.domain.analysis.AnalysisSpecException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values of rollout-side {@code valueFrom.fieldRef.fieldPath} arguments, as upstream: {@code
 * metadata.*} paths as the Kubernetes downward API reads them (name, namespace, uid, labels['k'],
 * annotations['k']), any other path walked through the Rollout's JSON ({@code
 * spec.template.spec.containers[0].image}); a non-string value is given as JSON.
 */
public final class RolloutFieldPaths {
  private static final KubernetesSerialization JSON = ApiTypes.serialization();
  private static final Pattern MAP_KEY =
      Pattern.compile("metadata\\.(labels|annotations)\\['(.*)'\\]");
  private static final Pattern SECTIONS = Pattern.compile("[.\\[\\]]+");

  private RolloutFieldPaths() {}

  /** A lookup for {@code Templates.resolveFieldRefs} over this Rollout. */
  @SuppressWarnings("unchecked")
  public static UnaryOperator<String> of(HasMetadata rollout) {
    Map<String, Object> tree = JSON.convertValue(rollout, Map.class);
    return path -> value(tree, path);
  }

  /** The value at {@code path} in the Rollout's JSON tree. */
  @SuppressWarnings("unchecked")
  public static String value(Map<String, Object> rollout, String path) {
    if (path.startsWith("metadata")) {
      Map<String, Object> meta =
          rollout.get("metadata") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
      Matcher keyed = MAP_KEY.matcher(path);
      if (keyed.matches()) {
        Object values = meta.get(keyed.group(1));
        Object v = values instanceof Map<?, ?> m ? m.get(keyed.group(2)) : null;
        return v == null ? "" : v.toString();
      }
      return switch (path) {
        case "metadata.name", "metadata.namespace", "metadata.uid" -> {
          Object v = meta.get(path.substring("metadata.".length()));
          yield v == null ? "" : v.toString();
        }
        default -> throw new AnalysisSpecException("unsupported fieldPath: " + path);
      };
    }
    Object at = rollout;
    for (String section : SECTIONS.split(path)) {
      if (section.isEmpty()) {
        continue;
      }
      if (at instanceof List<?> list) {
        int i;
        try {
          i = Integer.parseInt(section);
        } catch (NumberFormatException e) {
          throw new AnalysisSpecException("invalid index '" + section + "'");
        }
        if (i < 0 || i >= list.size()) {
          throw new AnalysisSpecException("index " + i + " out of range");
        }
        at = list.get(i);
      } else if (at instanceof Map<?, ?> map) {
        at = map.get(section);
      } else {
        throw new AnalysisSpecException("invalid path " + path + " in rollout");
      }
    }
    if (at == null) {
      throw new AnalysisSpecException("invalid path " + path + " in rollout");
    }
    return at instanceof String s ? s : JSON.asJson(at);
  }
}
