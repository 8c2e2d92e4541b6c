package dev.stepwise.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a client sees of the indexed store: the answers of a real API server, by any lookup. */
class IndexedCrudDispatcherTest {
  private static EmbeddedApiServer api;
  private static KubernetesClient client;

  @BeforeAll
  static void start() {
    api = EmbeddedApiServer.start(0, SandboxFixtures.upstreamCrds());
    client = api.newClient();
    client
        .namespaces()
        .resource(new NamespaceBuilder().withNewMetadata().withName("other").endMetadata().build())
        .create();
  }

  @AfterAll
  static void stop() {
    client.close();
    api.close();
  }

  @Test
  void listsByNamespaceAndLabelSeeExactlyTheirObjectsInCreationOrder() {
    create("default", "lbl-a", Map.of("app", "one", "tier", "web"));
    create("default", "lbl-b", Map.of("app", "two", "tier", "web"));
    create("other", "lbl-a", Map.of("app", "one"));
    create("default", "lbl-c", Map.of("app", "one"));

    assertThat(
            names(
                client
                    .configMaps()
                    .inNamespace("default")
                    .withLabel("app", "one")
                    .list()
                    .getItems()))
        .containsExactly("lbl-a", "lbl-c");
    assertThat(
            names(client.configMaps().inAnyNamespace().withLabel("app", "one").list().getItems()))
        .containsExactlyInAnyOrder("lbl-a", "lbl-a", "lbl-c");
    assertThat(
            names(
                client
                    .configMaps()
                    .inNamespace("default")
                    .withLabel("tier", "web")
                    .withoutLabel("app", "two")
                    .list()
                    .getItems()))
        .containsExactly("lbl-a");
    assertThat(
            names(
                client
                    .configMaps()
                    .inNamespace("default")
                    .withLabel("app", "none")
                    .list()
                    .getItems()))
        .isEmpty();
    assertThat(client.configMaps().inNamespace("other").list().getMetadata().getResourceVersion())
        .isNotBlank();
  }

  @Test
  void anUpdateThatChangesLabelsMovesTheObjectBetweenSelections() {
    create("default", "relabel", Map.of("app", "before"));

    client
        .configMaps()
        .inNamespace("default")
        .withName("relabel")
        .edit(
            cm ->
                new ConfigMapBuilder(cm)
                    .editMetadata()
                    .withLabels(Map.of("app", "after"))
                    .endMetadata()
                    .build());

    assertThat(
            client.configMaps().inNamespace("default").withLabel("app", "before").list().getItems())
        .isEmpty();
    assertThat(
            names(
                client
                    .configMaps()
                    .inNamespace("default")
                    .withLabel("app", "after")
                    .list()
                    .getItems()))
        .containsExactly("relabel");
    assertThat(
            client
                .configMaps()
                .inNamespace("default")
                .withName("relabel")
                .get()
                .getMetadata()
                .getLabels())
        .containsEntry("app", "after");
  }

  @Test
  void getAndDeleteFindOneObjectByNamespaceAndName() {
    create("default", "twin", Map.of());
    create("other", "twin", Map.of("where", "other"));

    assertThat(
            client
                .configMaps()
                .inNamespace("other")
                .withName("twin")
                .get()
                .getMetadata()
                .getLabels())
        .containsEntry("where", "other");
    assertThat(client.configMaps().inNamespace("default").withName("twin").delete()).hasSize(1);
    assertThat(client.configMaps().inNamespace("default").withName("twin").get()).isNull();
    assertThat(client.configMaps().inNamespace("other").withName("twin").get()).isNotNull();
    assertThat(client.configMaps().inNamespace("default").withName("twin").delete()).isEmpty();
  }

  @Test
  void deleteOfAnObjectWithFinalizersOnlyMarksItUntilTheyAreRemoved() {
    ConfigMap held =
        new ConfigMapBuilder()
            .withNewMetadata()
            .withName("held")
            .withNamespace("default")
            .withFinalizers("example.com/hold")
            .endMetadata()
            .build();
    client.configMaps().resource(held).create();

    client.configMaps().inNamespace("default").withName("held").delete();
    ConfigMap marked = client.configMaps().inNamespace("default").withName("held").get();
    assertThat(marked.getMetadata().getDeletionTimestamp()).isNotBlank();

    client
        .configMaps()
        .inNamespace("default")
        .withName("held")
        .edit(
            cm ->
                new ConfigMapBuilder(cm)
                    .editMetadata()
                    .withFinalizers(List.of())
                    .endMetadata()
                    .build());
    client.configMaps().inNamespace("default").withName("held").delete();
    assertThat(client.configMaps().inNamespace("default").withName("held").get()).isNull();
  }

  @Test
  void createOfAnExistingNameConflicts() {
    create("default", "once", Map.of());

    assertThat(
            org.assertj.core.api.Assertions.catchThrowableOfType(
                io.fabric8.kubernetes.client.KubernetesClientException.class,
                () -> create("default", "once", Map.of())))
        .extracting(io.fabric8.kubernetes.client.KubernetesClientException::getCode)
        .isEqualTo(409);
  }

  @Test
  void aWatchSeesWhatExistsThenEveryChangeToItsSelectionInOrder() {
    create("default", "watched-old", Map.of("watch", "me"));
    java.util.List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    var watcher =
        new io.fabric8.kubernetes.client.Watcher<ConfigMap>() {
          @Override
          public void eventReceived(Action action, ConfigMap cm) {
            seen.add(action + " " + cm.getMetadata().getName());
          }

          @Override
          public void onClose(io.fabric8.kubernetes.client.WatcherException cause) {}
        };
    try (var watch =
        client.configMaps().inNamespace("default").withLabel("watch", "me").watch(watcher)) {
      org.awaitility.Awaitility.await().until(() -> seen.contains("ADDED watched-old"));
      create("default", "watched-new", Map.of("watch", "me"));
      create("default", "unwatched", Map.of("watch", "not-me"));
      client
          .configMaps()
          .inNamespace("default")
          .withName("watched-new")
          .edit(cm -> new ConfigMapBuilder(cm).addToData("k", "v").build());
      client.configMaps().inNamespace("default").withName("watched-old").delete();

      org.awaitility.Awaitility.await()
          .untilAsserted(
              () ->
                  assertThat(seen)
                      .containsExactly(
                          "ADDED watched-old",
                          "ADDED watched-new",
                          "MODIFIED watched-new",
                          "DELETED watched-old"));
    }
    // the closed watch holds nothing up: the server answers at once
    assertThat(client.configMaps().inNamespace("default").withName("watched-new").get())
        .isNotNull();
  }

  @Test
  void aWatchFromAListsResourceVersionSeesOnlyTheChangesAfterIt() {
    create("default", "since-kept", Map.of("since", "x"));
    create("default", "since-gone", Map.of("since", "x"));
    var list = client.configMaps().inNamespace("default").withLabel("since", "x").list();
    String listedAt = list.getMetadata().getResourceVersion();
    // changes between the list and the watch, as while an informer decodes a long list
    create("default", "since-new", Map.of("since", "x"));
    client.configMaps().inNamespace("default").withName("since-gone").delete();
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

    try (var watch = watchFrom("since", listedAt, seen)) {
      client
          .configMaps()
          .inNamespace("default")
          .withName("since-kept")
          .edit(cm -> new ConfigMapBuilder(cm).addToData("k", "v").build());

      org.awaitility.Awaitility.await()
          .untilAsserted(
              () ->
                  assertThat(seen)
                      .containsExactly(
                          "ADDED since-new", "DELETED since-gone", "MODIFIED since-kept"));
    }
  }

  @Test
  void aWatchWithoutAResourceVersionStartsWithEveryObject() {
    create("default", "fresh-a", Map.of("fresh", "x"));
    List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

    try (var watch = watchFrom("fresh", "0", seen)) {
      org.awaitility.Awaitility.await()
          .untilAsserted(() -> assertThat(seen).containsExactly("ADDED fresh-a"));
    }
  }

  @Test
  void anInformerStartsWithTheListAndMissesNothingWrittenMeanwhile() throws Exception {
    for (int i = 0; i < 50; i++) {
      create("default", "inf-" + i, Map.of("inf", "x"));
    }
    var informer =
        client.configMaps().inNamespace("default").withLabel("inf", "x").runnableInformer(0);
    java.util.concurrent.atomic.AtomicInteger adds =
        new java.util.concurrent.atomic.AtomicInteger();
    informer.addEventHandler(
        new io.fabric8.kubernetes.client.informers.ResourceEventHandler<>() {
          @Override
          public void onAdd(ConfigMap obj) {
            adds.incrementAndGet();
          }

          @Override
          public void onUpdate(ConfigMap oldObj, ConfigMap newObj) {}

          @Override
          public void onDelete(ConfigMap obj, boolean deletedFinalStateUnknown) {}
        });
    try {
      informer.start().toCompletableFuture().get(20, java.util.concurrent.TimeUnit.SECONDS);
      create("default", "inf-late", Map.of("inf", "x"));
      client.configMaps().inNamespace("default").withName("inf-0").delete();

      org.awaitility.Awaitility.await()
          .untilAsserted(
              () -> {
                assertThat(informer.getStore().list()).hasSize(50);
                assertThat(informer.getStore().getByKey("default/inf-late")).isNotNull();
                assertThat(informer.getStore().getByKey("default/inf-0")).isNull();
              });
      assertThat(adds).hasValue(51);
    } finally {
      informer.stop();
    }
  }

  /** A watch on the ConfigMaps labelled {@code label=x} from {@code resourceVersion}. */
  private static io.fabric8.kubernetes.client.Watch watchFrom(
      String label, String resourceVersion, List<String> seen) {
    return client
        .configMaps()
        .inNamespace("default")
        .withLabel(label, "x")
        .watch(
            new io.fabric8.kubernetes.api.model.ListOptionsBuilder()
                .withResourceVersion(resourceVersion)
                .build(),
            recorder(seen));
  }

  private static io.fabric8.kubernetes.client.Watcher<ConfigMap> recorder(List<String> seen) {
    return new io.fabric8.kubernetes.client.Watcher<>() {
      @Override
      public void eventReceived(Action action, ConfigMap cm) {
        seen.add(action + " " + cm.getMetadata().getName());
      }

      @Override
      public void onClose(io.fabric8.kubernetes.client.WatcherException cause) {}
    };
  }

  private static void create(String ns, String name, Map<String, String> labels) {
    client
        .configMaps()
        .inNamespace(ns)
        .resource(
            new ConfigMapBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace(ns)
                .withLabels(labels)
                .endMetadata()
                .build())
        .create();
  }

  private static List<String> names(List<ConfigMap> items) {
    return items.stream().map(cm -> cm.getMetadata().getName()).toList();
  }
}
