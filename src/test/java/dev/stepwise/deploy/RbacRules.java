package dev.stepwise.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The rules of one ClusterRole or Role in a manifest file, expanded to single calls. */
final class RbacRules {
  private RbacRules() {}

  /** Every (verb, group, resource) the named role of {@code kind} grants. */
  @SuppressWarnings("unchecked")
  static Set<ApiCall> granted(Path manifest, String kind, String name) throws IOException {
    Set<ApiCall> out = new LinkedHashSet<>();
    Load load = new Load(LoadSettings.builder().build());
    for (Object doc : load.loadAllFromString(Files.readString(manifest))) {
      Map<String, Object> m = (Map<String, Object>) doc;
      Map<String, Object> meta = (Map<String, Object>) m.get("metadata");
      if (!kind.equals(m.get("kind")) || !name.equals(meta.get("name"))) {
        continue;
      }
      for (Map<String, Object> rule : (List<Map<String, Object>>) m.get("rules")) {
        for (String g : (List<String>) rule.get("apiGroups")) {
          for (String r : (List<String>) rule.get("resources")) {
            for (String v : (List<String>) rule.get("verbs")) {
              out.add(new ApiCall(v, g, r));
            }
          }
        }
      }
    }
    if (out.isEmpty()) {
      throw new AssertionError(kind + " " + name + " not found (or empty) in " + manifest);
    }
    return out;
  }

  /** The calls among {@code calls} that {@code rules} do not allow (no wildcards are used). */
  static List<ApiCall> denied(Set<ApiCall> rules, Iterable<ApiCall> calls) {
    List<ApiCall> out = new ArrayList<>();
    for (ApiCall c : calls) {
      if (!rules.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }
}
