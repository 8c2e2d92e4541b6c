package dev.stepwise.app;

import dev.stepwise.cli.StepwiseCli;
import dev.stepwise.entity.JournalReader;
import dev.stepwise.kube.Rollouts;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The steps of {@code stepwise demo}, driven through the same CLI a user types. */
final class DemoScript {
  private static final String NS = "default";

  private final SandboxRuntime runtime;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Supplier<JournalReader> journal;

  DemoScript(
      SandboxRuntime runtime, PrintWriter out, PrintWriter err, Supplier<JournalReader> journal) {
    this.runtime = runtime;
    this.out = out;
    this.err = err;
    this.journal = journal;
  }

  /** Runs the demo; false (with a message) when it did not end Healthy within the timeout. */
  boolean run(String manifest, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    try (KubernetesClient client = runtime.newClient()) {
      GenericKubernetesResource ro =
          client.getKubernetesSerialization().unmarshal(manifest, GenericKubernetesResource.class);
      String name = ro.getMetadata().getName();
      Rollouts.of(client).inNamespace(NS).resource(ro).create();
      say("Applied Rollout " + name + "; waiting for the first revision to become Healthy");
      Map<String, Object> first = awaitHealthy(client, name, null, deadline);
      if (first == null) {
        return timedOut(client, name);
      }
      cli("get", "rollout", name);
      String container = firstContainer(ro);
      say(
          "Updating the image: stepwise set image "
              + name
              + " "
              + container
              + "="
              + DemoCommand.NEW_IMAGE);
      cli("set", "image", name, container + "=" + DemoCommand.NEW_IMAGE);
      Map<String, Object> done =
          awaitHealthy(client, name, (String) first.get("currentPodHash"), deadline);
      if (done == null) {
        return timedOut(client, name);
      }
      say("Rollout " + name + " is Healthy on " + DemoCommand.NEW_IMAGE + ". Its journal:");
      say("stepwise history " + name);
      cli("history", name);
      out.flush();
      return true;
    }
  }

  /**
   * Follows the rollout until it is Healthy on a revision other than {@code previousHash}, showing
   * the tree whenever its step, phase or ReplicaSet sizes change and promoting at indefinite
   * pauses. Returns the final status, or null on timeout.
   */
  private Map<String, Object> awaitHealthy(
      KubernetesClient client, String name, String previousHash, Instant deadline)
      throws InterruptedException {
    String shown = null;
    Integer promotedAt = null;
    while (Instant.now().isBefore(deadline)) {
      GenericKubernetesResource ro = Rollouts.of(client).inNamespace(NS).withName(name).get();
      Map<String, Object> status =
          ro == null ? Map.of() : map(ro.getAdditionalProperties().get("status"));
      String hash = (String) status.get("currentPodHash");
      boolean healthy =
          "Healthy".equals(status.get("phase"))
              && hash != null
              && hash.equals(status.get("stableRS"))
              && !hash.equals(previousHash);
      if (healthy) {
        return status;
      }
      String now = signature(client, name, status);
      boolean observed = hash != null && !hash.equals(previousHash); // the update is seen
      if (previousHash != null && observed && !now.equals(shown)) {
        say(describe(status, ro));
        cli("get", "rollout", name);
        shown = now;
      }
      Integer step = status.get("currentStepIndex") instanceof Number n ? n.intValue() : null;
      if (previousHash != null
          && indefinitePause(ro, status)
          && !Objects.equals(step, promotedAt)) {
        say(
            "Step "
                + (step + 1)
                + " is a pause with no duration: it waits for a person."
                + " Promoting: stepwise promote "
                + name);
        cli("promote", name);
        promotedAt = step;
      }
      Thread.sleep(250);
    }
    return null;
  }

  private String signature(KubernetesClient client, String name, Map<String, Object> status) {
    String sizes =
        client
            .apps()
            .replicaSets()
            .inNamespace(NS)
            .withLabel(Rollouts.HASH_LABEL)
            .list()
            .getItems()
            .stream()
            .filter(rs -> rs.getMetadata().getName().startsWith(name + "-"))
            .map(rs -> rs.getMetadata().getName() + "=" + rs.getSpec().getReplicas())
            .sorted()
            .collect(Collectors.joining(","));
    return status.get("phase") + "|" + status.get("currentStepIndex") + "|" + sizes;
  }

  private static String describe(Map<String, Object> status, GenericKubernetesResource ro) {
    List<Object> steps = steps(ro);
    Object index = status.get("currentStepIndex");
    // "Step i/n" as `get rollout` shows it: i of the n steps are done
    String step = index == null ? "" : ", step " + index + "/" + steps.size();
    String message = status.get("message") == null ? "" : ": " + status.get("message");
    return status.get("phase") + message + step;
  }

  private static boolean indefinitePause(GenericKubernetesResource ro, Map<String, Object> status) {
    if (!"Paused".equals(status.get("phase"))
        || !(status.get("currentStepIndex") instanceof Number n)
        || !(status.get("pauseConditions") instanceof List<?> conditions)
        || conditions.isEmpty()) {
      return false;
    }
    List<Object> steps = steps(ro);
    if (n.intValue() >= steps.size()) {
      return false;
    }
    Map<String, Object> step = map(steps.get(n.intValue()));
    return step.containsKey("pause") && map(step.get("pause")).get("duration") == null;
  }

  private static List<Object> steps(GenericKubernetesResource ro) {
    Map<String, Object> spec = map(ro.getAdditionalProperties().get("spec"));
    Object steps = map(map(spec.get("strategy")).get("canary")).get("steps");
    return steps instanceof List<?> l ? List.copyOf(l) : List.of();
  }

  private static String firstContainer(GenericKubernetesResource ro) {
    Map<String, Object> spec = map(ro.getAdditionalProperties().get("spec"));
    Object containers = map(map(spec.get("template")).get("spec")).get("containers");
    if (containers instanceof List<?> l && !l.isEmpty()) {
      return String.valueOf(map(l.get(0)).get("name"));
    }
    return "*";
  }

  private boolean timedOut(KubernetesClient client, String name) {
    err.println("demo: the rollout did not become Healthy in time; its state now:");
    err.flush();
    cli("get", "rollout", name);
    return false;
  }

  private void cli(String... args) {
    cli(runtime, out, err, journal, args);
  }

  /** Runs {@code stepwise -n default ARGS} against the sandbox, as a user would type it. */
  static void cli(
      SandboxRuntime runtime,
      PrintWriter out,
      PrintWriter err,
      Supplier<JournalReader> journal,
      String... args) {
    String[] withNs = new String[args.length + 2];
    withNs[0] = "-n";
    withNs[1] = NS;
    System.arraycopy(args, 0, withNs, 2, args.length);
    new StepwiseCli(out, err)
        .withClientFactory(options -> runtime.newClient())
        .withJournal(journal)
        .execute(withNs);
    out.flush();
  }

  private void say(String line) {
    out.println();
    out.println("== " + line);
    out.flush();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }
}
