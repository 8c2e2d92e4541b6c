package dev.stepwise.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.app.Controller;
import dev.stepwise.entity.StepwiseSystem;
import dev.stepwise.sandbox.ClusterSimulator;
import dev.stepwise.sandbox.RequestInterceptor;
import dev.stepwise.sandbox.Sandbox;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The ClusterRole in deploy/base/rbac.yaml against what the controller really calls: the controller
 * runs in this JVM against the sandbox with a token of its own, through a scenario that touches
 * every feature that reaches the API (a canary with ephemeral metadata and a promote, a restart
 * through evictions, revision history clean-up, a workloadRef to a Deployment scaled down, a
 * Rollout without replicas). Every call it makes must be granted, and every grant must be used.
 */
class RbacCoverageIT {
  private static final String TOKEN = "rbac-controller";
  private static final Path RBAC = Path.of("deploy", "base", "rbac.yaml");

  /**
   * Grants the scenario does not exercise, each with the code path that needs it. Keep this short:
   * an entry here is a grant no test proves necessary.
   */
  private static final Map<ApiCall, String> NOT_EXERCISED =
      Map.of(
          new ApiCall("list", "", "podtemplates"), "workloadRef to a PodTemplate (kube/Workloads)",
          new ApiCall("watch", "", "podtemplates"), "workloadRef to a PodTemplate (kube/Workloads)",
          new ApiCall("get", "apps", "replicasets"),
              "a scale refused with a conflict re-reads the live ReplicaSet (kube/ReplicaSetWriter)");

  private final Set<ApiCall> calls =
      new ConcurrentSkipListSet<>(java.util.Comparator.comparing(ApiCall::toString));

  @Test
  void theClusterRoleGrantsExactlyWhatTheControllerCalls() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target"), "rbac-");
    try (Sandbox sandbox =
        Sandbox.start(
            new Sandbox.Options(
                dir,
                0,
                crds(),
                ClusterSimulator.Settings.defaults().withReadyDelay(Duration.ofMillis(200))))) {
      sandbox.server().intercept(this::record);
      KubernetesClient user = sandbox.server().newClient();
      try (KubernetesClient controllerClient = controllerClient(sandbox);
          Controller controller =
              Controller.start(
                  controllerClient,
                  StepwiseSystem.loadConfig(
                      com.typesafe.config.ConfigFactory.parseMap(
                          Map.of(
                              "stepwise.data-dir",
                              dir.resolve("data").toAbsolutePath().toString()))),
                  Clock.systemUTC())) {
        RbacScenario.run(user);
      } finally {
        sandbox.server().intercept(RequestInterceptor.NONE);
        user.close();
      }
    }
    Set<ApiCall> granted = RbacRules.granted(RBAC, "ClusterRole", "stepwise-controller");
    assertThat(RbacRules.denied(granted, calls))
        .as("calls the ClusterRole does not allow")
        .isEmpty();
    Set<ApiCall> unused = new TreeSet<>(java.util.Comparator.comparing(ApiCall::toString));
    unused.addAll(granted);
    unused.removeAll(calls);
    unused.removeAll(NOT_EXERCISED.keySet());
    assertThat(unused).as("grants the controller never used (least privilege)").isEmpty();
  }

  private RequestInterceptor.Action record(RequestInterceptor.Request r) {
    if (("Bearer " + TOKEN).equals(r.header("authorization"))) {
      ApiCall call = ApiCall.of(r.method(), r.path(), r.query());
      if (call != null) {
        calls.add(call);
      }
    }
    return RequestInterceptor.Action.PASS;
  }

  private static KubernetesClient controllerClient(Sandbox sandbox) {
    return new KubernetesClientBuilder()
        .withConfig(
            new ConfigBuilder(io.fabric8.kubernetes.client.Config.empty())
                .withMasterUrl(sandbox.server().url())
                .withOauthToken(TOKEN)
                .withHttp2Disable(true)
                .withConnectionTimeout(5_000)
                .withRequestTimeout(15_000)
                .build())
        .build();
  }

  private static java.util.List<Path> crds() throws java.io.IOException {
    Path crds = Path.of(System.getProperty("stepwise.shared", "../shared"), "argo", "crds");
    try (Stream<Path> files = Files.list(crds)) {
      return files
          .filter(f -> f.toString().endsWith(".yaml"))
          .sorted()
          .collect(Collectors.toList());
    }
  }
}
