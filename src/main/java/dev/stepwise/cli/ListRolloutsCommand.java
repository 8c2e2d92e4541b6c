package dev.stepwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.dsl.FilterWatchListDeletable;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stepwise list rollouts [--name N] [-A] [-w] [--timestamps]}: upstream's table; with {@code
 * --watch} a new row is printed whenever a rollout's row changes.
 */
@Command(
    name = "rollouts",
    aliases = {"ro", "rollout"},
    description = "List rollouts")
final class ListRolloutsCommand extends CliCommand {
  @Option(names = "--name", description = "Only show rollout with specified name")
  String name;

  @Option(
      names = {"-A", "--all-namespaces"},
      description = "Include all namespaces")
  boolean allNamespaces;

  @Option(
      names = {"-w", "--watch"},
      description = "Watch for changes")
  boolean watch;

  @Option(names = "--timestamps", description = "Print timestamps on updates")
  boolean timestamps;

  @Override
  void run() {
    List<JsonNode> rollouts =
        query().list().getItems().stream()
            .map(Json::tree)
            .filter(this::selected)
            .sorted(
                Comparator.comparing((JsonNode r) -> Json.text(r, "metadata", "namespace"))
                    .thenComparing(r -> Json.text(r, "metadata", "name")))
            .toList();
    if (rollouts.isEmpty() && !watch) {
      cli().err().println("No resources found.");
      return;
    }
    TabWriter table = new TabWriter();
    table.row(RolloutLine.header(allNamespaces, timestamps));
    Map<String, RolloutLine> printed = new HashMap<>();
    for (JsonNode ro : rollouts) {
      RolloutLine line = RolloutLine.of(ro);
      printed.put(key(line), line);
      table.row(line.cells(allNamespaces, now()));
    }
    table.flush(cli().out());
    cli().out().flush();
    if (watch) {
      watch(printed);
    }
  }

  private void watch(Map<String, RolloutLine> printed) {
    LinkedBlockingQueue<GenericKubernetesResource> changes = new LinkedBlockingQueue<>();
    try (Watch ignored = query().watch(collect(changes))) {
      while (!cli().stopSignal().isDone()) {
        GenericKubernetesResource next = changes.poll(200, TimeUnit.MILLISECONDS);
        if (next == null) {
          continue;
        }
        JsonNode ro = Json.tree(next);
        if (!selected(ro)) {
          continue;
        }
        RolloutLine line = RolloutLine.of(ro);
        if (!line.equals(printed.put(key(line), line))) {
          TabWriter row = new TabWriter();
          row.row(line.cells(allNamespaces, now()));
          row.flush(cli().out());
          cli().out().flush();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private FilterWatchListDeletable<
          GenericKubernetesResource,
          GenericKubernetesResourceList,
          Resource<GenericKubernetesResource>>
      query() {
    var all = cli().client().genericKubernetesResources(RolloutClient.ROLLOUTS);
    return allNamespaces ? all.inAnyNamespace() : all.inNamespace(cli().namespace());
  }

  private boolean selected(JsonNode ro) {
    return name == null || name.equals(Json.text(ro, "metadata", "name"));
  }

  private Instant now() {
    return timestamps ? cli().clock().instant() : null;
  }

  private static String key(RolloutLine line) {
    return line.namespace() + "/" + line.name();
  }

  private static Watcher<GenericKubernetesResource> collect(
      LinkedBlockingQueue<GenericKubernetesResource> changes) {
    return new Watcher<>() {
      @Override
      public void eventReceived(Action action, GenericKubernetesResource resource) {
        if (action != Action.DELETED) {
          changes.add(resource);
        }
      }

      @Override
      public void onClose(WatcherException cause) {}
    };
  }
}
