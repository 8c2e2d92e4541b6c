package dev.stepwise.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every manifest under deploy/ parses; both kustomize overlays build (with kubectl's kustomize)
 * into the objects the README promises: a 3-replica (HA) or 1-replica (H2 on a volume) Deployment
 * with named ports, /alive and /ready probes, non-root with a read-only root filesystem, a PDB, the
 * ServiceAccount bound to the roles, and the lease CRD.
 */
class DeployManifestsTest {
  private static final Path DEPLOY = Path.of("deploy");

  @Test
  void everyManifestParses() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(DEPLOY)) {
      files = walk.filter(f -> f.toString().matches(".*\\.ya?ml$")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    for (Path f : files) {
      List<Object> docs = docs(Files.readString(f));
      assertThat(docs).as(f.toString()).isNotEmpty();
      for (Object doc : docs) {
        assertThat(doc).as(f + " holds objects").isInstanceOf(Map.class);
        Map<?, ?> m = (Map<?, ?>) doc;
        assertThat(m.get("kind")).as(f + ": kind").isNotNull();
        if (!f.getFileName().toString().equals("kustomization.yaml")) {
          assertThat(m.get("apiVersion")).as(f + ": apiVersion").isNotNull();
        }
      }
    }
  }

  @Test
  void theHaOverlayBuildsThreeHardenedReplicasOnPostgres() throws Exception {
    Map<String, Map<String, Object>> objects = build("ha");
    Map<String, Object> deployment = objects.get("Deployment/stepwise-controller");
    assertThat(at(deployment, "spec", "replicas")).isEqualTo(3);
    Map<String, Object> container = container(deployment);
    assertThat(env(container)).contains("STEPWISE_JOURNAL_URL", "STEPWISE_SBR_STRATEGY");
    assertHardened(deployment, container);
    assertThat(objects)
        .containsKeys(
            "PodDisruptionBudget/stepwise-controller",
            "ServiceAccount/stepwise-controller",
            "ClusterRole/stepwise-controller",
            "ClusterRoleBinding/stepwise-controller",
            "Role/stepwise-cluster",
            "RoleBinding/stepwise-cluster",
            "ConfigMap/stepwise-config",
            "CustomResourceDefinition/leases.pekko.apache.org");
  }

  @Test
  void theSingleNodeOverlayKeepsTheH2JournalOnAVolume() throws Exception {
    Map<String, Map<String, Object>> objects = build("single-node");
    Map<String, Object> deployment = objects.get("Deployment/stepwise-controller");
    assertThat(at(deployment, "spec", "replicas")).isEqualTo(1);
    assertThat(at(deployment, "spec", "strategy", "type")).isEqualTo("Recreate");
    Map<String, Object> container = container(deployment);
    assertThat(env(container)).contains("STEPWISE_DATA_DIR").doesNotContain("STEPWISE_JOURNAL_URL");
    assertThat(objects).containsKey("PersistentVolumeClaim/stepwise-journal");
    assertHardened(deployment, container);
  }

  @SuppressWarnings("unchecked")
  private static void assertHardened(
      Map<String, Object> deployment, Map<String, Object> container) {
    assertThat(at(deployment, "spec", "template", "spec", "securityContext", "runAsNonRoot"))
        .isEqualTo(true);
    assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
    List<Map<String, Object>> ports = (List<Map<String, Object>>) container.get("ports");
    assertThat(ports.stream().map(p -> p.get("name")).toList())
        .containsExactlyInAnyOrder("remoting", "management");
    assertThat(at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/alive");
    assertThat(at(container, "livenessProbe", "httpGet", "port")).isEqualTo("management");
    assertThat(at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/ready");
    assertThat(at(container, "readinessProbe", "httpGet", "port")).isEqualTo("management");
    assertThat(at(deployment, "spec", "template", "spec", "serviceAccountName"))
        .isEqualTo("stepwise-controller");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> container(Map<String, Object> deployment) {
    return ((List<Map<String, Object>>) at(deployment, "spec", "template", "spec", "containers"))
        .get(0);
  }

  @SuppressWarnings("unchecked")
  private static List<String> env(Map<String, Object> container) {
    return ((List<Map<String, Object>>) container.get("env"))
        .stream().map(e -> (String) e.get("name")).toList();
  }

  @SuppressWarnings("unchecked")
  private static Object at(Map<String, Object> m, String... path) {
    Object o = m;
    for (String p : path) {
      o = o instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(p) : null;
    }
    return o;
  }

  /** kubectl kustomize deploy/overlays/NAME, by "Kind/name". */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> build(String overlay) throws Exception {
    Process p =
        new ProcessBuilder(
                "kubectl", "kustomize", DEPLOY.resolve("overlays").resolve(overlay).toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("kubectl kustomize " + overlay + ": " + out).isZero();
    Map<String, Map<String, Object>> objects = new java.util.TreeMap<>();
    for (Object doc : docs(out)) {
      Map<String, Object> m = (Map<String, Object>) doc;
      objects.put(m.get("kind") + "/" + at(m, "metadata", "name"), m);
    }
    return objects;
  }

  private static List<Object> docs(String yaml) {
    List<Object> out = new ArrayList<>();
    new Load(LoadSettings.builder().build()).loadAllFromString(yaml).forEach(out::add);
    out.removeIf(java.util.Objects::isNull);
    return out;
  }
}
