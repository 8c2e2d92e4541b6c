package dev.stepwise.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.dsl.Informable;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.informers.cache.BasicItemStore;
import io.fabric8.kubernetes.client.informers.cache.Cache;
import io.fabric8.kubernetes.client.informers.cache.ItemStore;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts informers whose store trims every object ({@link CacheTrim}) before it is cached and
 * before any event handler sees it, so handlers and cache readers always see the same fields.
 */
public final class TrimmedInformers {
  private static final Logger log = LoggerFactory.getLogger(TrimmedInformers.class);

  /**
   * System property: {@code false} caches whole objects. Only for measuring what trimming saves
   * (the CacheFootprint benchmark); read when an informer starts.
   */
  public static final String PROPERTY = "stepwise.informers.trim";

  private TrimmedInformers() {}

  static boolean enabled() {
    return !"false".equalsIgnoreCase(System.getProperty(PROPERTY));
  }

  /**
   * As {@link Informable#inform(ResourceEventHandler, long)} with {@code indexers}: returns once
   * the first list is in the cache.
   */
  static <T extends HasMetadata> SharedIndexInformer<T> inform(
      Informable<T> ops,
      Consumer<T> trim,
      Map<String, Function<T, List<String>>> indexers,
      ResourceEventHandler<? super T> handler,
      long resyncMillis) {
    SharedIndexInformer<T> informer = ops.runnableInformer(resyncMillis);
    if (enabled()) {
      informer.itemStore(
          new TrimmingStore<>(trim, new BasicItemStore<>(Cache::metaNamespaceKeyFunc)));
    }
    if (!indexers.isEmpty()) {
      informer.addIndexers(indexers);
    }
    informer.addEventHandler(handler);
    return informer.run();
  }

  /**
   * Trims in place on put: the cache calls put before it hands the same object to the handlers. The
   * object is fresh from the watch or list and not yet shared, so mutating it is safe.
   */
  private record TrimmingStore<T extends HasMetadata>(Consumer<T> trim, ItemStore<T> items)
      implements ItemStore<T> {
    @Override
    public String getKey(T obj) {
      return items.getKey(obj);
    }

    @Override
    public T put(String key, T obj) {
      try {
        trim.accept(obj);
      } catch (RuntimeException e) {
        // a surprising object is cached whole rather than lost: trimming only saves memory
        log.warn("could not trim {} for the cache: {}", key, e.toString());
      }
      return items.put(key, obj);
    }

    @Override
    public T remove(String key) {
      return items.remove(key);
    }

    @Override
    public Stream<String> keySet() {
      return items.keySet();
    }

    @Override
    public Stream<T> values() {
      return items.values();
    }

    @Override
    public int size() {
      return items.size();
    }

    @Override
    public T get(String key) {
      return items.get(key);
    }
  }
}
