package dev.stepwise.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A request target split into its path and query parameters, with the parameters a real API server
 * understands but the fabric8 mock chokes on (kubectl's {@code fieldManager} and {@code
 * fieldValidation}, client-side {@code timeout}, {@code pretty}) removed by {@link #forMock()}.
 */
record RequestPath(String path, Map<String, String> query) {
  /** Parameters that only affect server-side bookkeeping we do not model. */
  static final Set<String> IGNORED =
      Set.of("fieldManager", "fieldValidation", "timeout", "pretty", "force");

  RequestPath {
    query = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
  }

  static RequestPath parse(String target) {
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    Map<String, String> query = new LinkedHashMap<>();
    if (q >= 0) {
      for (String pair : target.substring(q + 1).split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = eq < 0 ? pair : pair.substring(0, eq);
        String value = eq < 0 ? "" : pair.substring(eq + 1);
        query.put(decode(key), decode(value));
      }
    }
    return new RequestPath(path, query);
  }

  /** The target the mock gets: same path, only the parameters it handles (still URL-encoded). */
  String forMock() {
    List<String> kept = new ArrayList<>();
    query.forEach(
        (k, v) -> {
          if (!IGNORED.contains(k)) {
            kept.add(encode(k) + "=" + encode(v));
          }
        });
    return kept.isEmpty() ? path : path + "?" + String.join("&", kept);
  }

  /** The path segments, without empty ones. */
  List<String> segments() {
    List<String> out = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
