package dev.stepwise.sandbox;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesResponseComposer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.crud.Attribute;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.crud.CrudDispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.lang.reflect.Field;
import java.net.HttpURLConnection;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * fabric8's CRUD dispatcher over an {@link IndexedStore}: get, update, patch and delete of one
 * object and lists by kind, namespace or label cost the size of the answer, not of the store.
 *
 * <p>The stock dispatcher scans every stored object on every request ({@code findResource} and its
 * private {@code handle} copy the whole map and test each key), so a fleet of N rollouts costs
 * O(N²). Here the same answers come from the index; writes still run fabric8's own handlers (status
 * subresource, generation, resourceVersion, watch events), only their lookup is indexed.
 */
final class IndexedCrudDispatcher extends KubernetesCrudDispatcher {
  private static final String PLURAL = "plural";

  private final IndexedStore store = new IndexedStore();
  private final AtomicLong resourceVersion;
  private final Set<StoreWatch> watches = new CopyOnWriteArraySet<>();
  // 128 M characters of recent objects: at 10,000 rollouts a storm's last minute or so
  private final WatchHistory history = new WatchHistory(128L << 20);

  /**
   * Our own lock around fabric8's (which is private): our reads of the store must not overlap a
   * write, and every write passes through here.
   */
  private final ReadWriteLock lock = new ReentrantReadWriteLock();

  IndexedCrudDispatcher() {
    super();
    install(CrudDispatcher.class, "map", store);
    this.resourceVersion = read(KubernetesCrudDispatcher.class, "resourceVersion");
  }

  @Override
  public Map.Entry<AttributeSet, String> findResource(AttributeSet attributes) {
    return store
        .matching(attributes)
        .findFirst()
        .map(k -> new AbstractMap.SimpleImmutableEntry<>(k, store.get(k)))
        .orElse(null);
  }

  /**
   * Watches: ours, not fabric8's (see {@link StoreWatch}); fabric8's own listener set stays empty.
   * As on a real API server, a watch without a resourceVersion (or "0") starts with every matching
   * object as ADDED, and one from a resourceVersion with the changes after it.
   */
  @Override
  public MockResponse handleWatch(String path) {
    AttributeSet query = getKey(path);
    String name = watchedName(path);
    if (name != null) {
      query = query.add(new Attribute(KubernetesAttributesExtractor.NAME, name));
    }
    long from = watchedResourceVersion(path);
    return new MockResponse()
        .withWebSocketUpgrade(new StoreWatch(query, w -> open(w, from), watches::remove));
  }

  private void open(StoreWatch watch, long from) {
    locked(
        lock.readLock(),
        () -> {
          if (from <= 0) {
            store.matching(watch.query()).forEach(k -> watch.send("ADDED", store.get(k)));
          } else {
            var changes = history.after(from);
            if (changes.isEmpty()) {
              watch.gone(from);
              return null;
            }
            changes.get().forEach(c -> deliver(watch, c));
          }
          watches.add(watch);
          return null;
        });
  }

  /** The watch's {@code resourceVersion} parameter; 0 when absent, "0" or not a number. */
  static long watchedResourceVersion(String path) {
    int q = path.indexOf('?');
    if (q < 0) {
      return 0;
    }
    for (String param : path.substring(q + 1).split("&")) {
      if (param.startsWith("resourceVersion=")) {
        try {
          return Long.parseLong(param.substring("resourceVersion=".length()));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 0;
  }

  @Override
  public void processEvent(
      String path,
      AttributeSet pathAttributes,
      AttributeSet oldAttributes,
      GenericKubernetesResource resource,
      String newState) {
    String existing = oldAttributes == null ? null : store.get(oldAttributes);
    super.processEvent(path, pathAttributes, oldAttributes, resource, newState);
    if (Objects.equals(existing, newState)) {
      return;
    }
    AttributeSet stored = newState == null ? null : store.lastPut();
    // fabric8 gave a changed object the next resourceVersion; a deletion takes one here, so that
    // a watch from a list taken before it still sees it
    long version = newState == null ? resourceVersion.incrementAndGet() : resourceVersion.get();
    WatchHistory.Change change =
        new WatchHistory.Change(version, oldAttributes, existing, stored, newState);
    history.record(change);
    for (StoreWatch w : watches) {
      deliver(w, change);
    }
  }

  private static void deliver(StoreWatch w, WatchHistory.Change c) {
    boolean before = c.before() != null && w.sees(c.before());
    boolean after = w.sees(c.after());
    if (before && after) {
      w.send("MODIFIED", c.now());
    } else if (before) {
      w.send("DELETED", c.old());
    } else if (after) {
      w.send("ADDED", c.now());
    }
  }

  /**
   * The name a watch is limited to by {@code fieldSelector=metadata.name=...}, as fabric8 reads it.
   */
  private static String watchedName(String path) {
    int q = path.indexOf('?');
    if (q < 0) {
      return null;
    }
    String name = null;
    for (String param : path.substring(q + 1).split("&")) {
      String decoded = java.net.URLDecoder.decode(param, java.nio.charset.StandardCharsets.UTF_8);
      if (decoded.startsWith("fieldSelector=") && decoded.contains("metadata.name")) {
        String[] parts = decoded.split("=");
        name = parts[parts.length - 1];
      }
    }
    return name;
  }

  @Override
  public MockResponse handleCreate(RecordedRequest request) {
    return locked(lock.writeLock(), () -> super.handleCreate(request));
  }

  @Override
  public MockResponse handleUpdate(RecordedRequest request) {
    return locked(lock.writeLock(), () -> super.handleUpdate(request));
  }

  @Override
  public MockResponse handlePatch(RecordedRequest request) {
    return locked(lock.writeLock(), () -> super.handlePatch(request));
  }

  @Override
  public void reset() {
    locked(
        lock.writeLock(),
        () -> {
          super.reset();
          history.clear(resourceVersion.get());
          return null;
        });
  }

  @Override
  public MockResponse handleGet(String path) {
    AttributeSet query = getKey(path);
    if (isWatch(path) || !query.containsKey(PLURAL)) {
      // watches register a listener; paths without a kind are API metadata: both fabric8's own
      return locked(lock.readLock(), () -> super.handleGet(path));
    }
    return locked(
        lock.readLock(),
        () -> {
          List<String> items = store.matching(query).map(store::get).toList();
          if (query.containsKey(KubernetesAttributesExtractor.NAME)) {
            return items.isEmpty()
                ? new MockResponse().setResponseCode(HttpURLConnection.HTTP_NOT_FOUND)
                : ok(items.get(0));
          }
          String rv = String.valueOf(resourceVersion.get());
          return ok(((KubernetesResponseComposer) responseComposer).compose(items, rv));
        });
  }

  @Override
  public MockResponse handleDelete(String path) {
    AttributeSet query = getKey(path);
    if (!query.containsKey(PLURAL) || !query.containsKey(KubernetesAttributesExtractor.NAME)) {
      return locked(lock.writeLock(), () -> super.handleDelete(path));
    }
    return locked(
        lock.writeLock(),
        () -> {
          List<AttributeSet> keys = store.matching(query).toList();
          if (keys.isEmpty()) {
            return new MockResponse().setResponseCode(HttpURLConnection.HTTP_NOT_FOUND);
          }
          String before = store.get(keys.get(0));
          keys.forEach(k -> delete(path, query, k));
          return ok(before);
        });
  }

  /**
   * fabric8's delete: gone at once without finalizers, otherwise only marked (deletionTimestamp and
   * a new resourceVersion) until the finalizers are removed; a second delete changes nothing.
   */
  private void delete(String path, AttributeSet query, AttributeSet key) {
    GenericKubernetesResource resource =
        Serialization.unmarshal(store.get(key), GenericKubernetesResource.class);
    if (resource.getFinalizers().isEmpty()) {
      processEvent(path, query, key, null, null);
    } else if (!resource.isMarkedForDeletion()) {
      resource
          .getMetadata()
          .setDeletionTimestamp(
              ZonedDateTime.now(ZoneOffset.UTC)
                  .truncatedTo(ChronoUnit.SECONDS)
                  .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      resource.getMetadata().setResourceVersion(String.valueOf(requestResourceVersion()));
      processEvent(path, query, key, resource, Serialization.asJson(resource));
    }
  }

  private static boolean isWatch(String path) {
    int q = path.indexOf('?');
    return q >= 0 && path.substring(q + 1).contains("watch=true");
  }

  private static MockResponse ok(String body) {
    return new MockResponse().setResponseCode(HttpURLConnection.HTTP_OK).setBody(body);
  }

  private static <T> T locked(Lock lock, Supplier<T> work) {
    lock.lock();
    try {
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  /** fabric8 creates its store in a final field with no hook to supply another: replace it. */
  private void install(Class<?> owner, String name, Object value) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      f.set(this, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot install the indexed store into fabric8's mock", e);
    }
  }

  @SuppressWarnings("unchecked")
  private <T> T read(Class<?> owner, String name) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return (T) f.get(this);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("fabric8's mock changed: no field " + name, e);
    }
  }
}
