package dev.stepwise.kube.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** YAML fixtures as the raw JSON trees fabric8 hands the kube layer. */
final class Yaml {
  private Yaml() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(String yaml) {
    return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> documents(Path file) {
    try {
      List<Map<String, Object>> docs = new ArrayList<>();
      Load load = new Load(LoadSettings.builder().build());
      for (Object doc : load.loadAllFromString(Files.readString(file))) {
        if (doc instanceof Map<?, ?> m) {
          docs.add((Map<String, Object>) m);
        }
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String dump(Map<String, Object> tree) {
    return new org.snakeyaml.engine.v2.api.Dump(
            org.snakeyaml.engine.v2.api.DumpSettings.builder().build())
        .dumpToString(tree);
  }

  static Map<String, Object> resource(String name) {
    try (var in = Yaml.class.getResourceAsStream("/kubespec/" + name)) {
      return map(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
