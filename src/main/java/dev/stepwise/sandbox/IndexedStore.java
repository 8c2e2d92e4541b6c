package dev.stepwise.sandbox;

import io.fabric8.mockwebserver.crud.Attribute;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.crud.AttributeType;
import io.fabric8.mockwebserver.crud.Key;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The object store of the embedded API server: the mock's map from attribute set to stored JSON,
 * plus an inverted index from every attribute (kind, namespace, name, each label) to the keys that
 * carry it, so that a lookup costs the size of its smallest matching bucket instead of a scan of
 * every stored object.
 *
 * <p>Only {@code put}, {@code remove}, {@code putAll} and {@code clear} keep the index: those are
 * the only mutations fabric8's CRUD dispatcher makes. Not thread-safe; callers hold the
 * dispatcher's locks.
 */
final class IndexedStore extends LinkedHashMap<AttributeSet, String> {
  private static final Field ATTRIBUTES = attributesField();

  /** Keys per attribute, each bucket in the map's own insertion order (lists keep their order). */
  private final Map<Attribute, Set<AttributeSet>> byAttribute = new HashMap<>();

  private AttributeSet lastPut;

  @Override
  public String put(AttributeSet key, String value) {
    lastPut = key;
    boolean added = !containsKey(key);
    String previous = super.put(key, value);
    if (added) {
      attributes(key)
          .forEach(a -> byAttribute.computeIfAbsent(a, x -> new LinkedHashSet<>()).add(key));
    }
    return previous;
  }

  @Override
  public void putAll(Map<? extends AttributeSet, ? extends String> m) {
    m.forEach(this::put);
  }

  @Override
  public String remove(Object key) {
    if (!(key instanceof AttributeSet set) || !containsKey(set)) {
      return null;
    }
    String previous = super.remove(set);
    for (Attribute a : attributes(set)) {
      Set<AttributeSet> bucket = byAttribute.get(a);
      if (bucket != null && bucket.remove(set) && bucket.isEmpty()) {
        byAttribute.remove(a);
      }
    }
    return previous;
  }

  @Override
  public void clear() {
    super.clear();
    byAttribute.clear();
  }

  /**
   * The stored keys that match {@code query} exactly as {@link AttributeSet#matches} decides, in
   * store order. An equality attribute ({@link AttributeType#WITH}: kind, namespace, name, {@code
   * label=value}) must be present in a matching key, so the smallest such bucket holds every match.
   */
  Stream<AttributeSet> matching(AttributeSet query) {
    Collection<AttributeSet> candidates = keySet();
    for (Attribute a : attributes(query)) {
      if (a.getType() == AttributeType.WITH) {
        Set<AttributeSet> bucket = byAttribute.getOrDefault(a, Set.of());
        if (bucket.size() < candidates.size()) {
          candidates = bucket;
        }
      }
    }
    return candidates.stream().filter(k -> k.matches(query));
  }

  /** The key of the latest {@code put}: where fabric8 just stored an object. */
  AttributeSet lastPut() {
    return lastPut;
  }

  @SuppressWarnings("unchecked")
  static Collection<Attribute> attributes(AttributeSet set) {
    try {
      return ((Map<Key, Attribute>) ATTRIBUTES.get(set)).values();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@link AttributeSet} offers no iteration over its attributes; its field is read directly. */
  private static Field attributesField() {
    try {
      Field f = AttributeSet.class.getDeclaredField("attributes");
      f.setAccessible(true);
      return f;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("fabric8 AttributeSet has no attributes field any more", e);
    }
  }
}
