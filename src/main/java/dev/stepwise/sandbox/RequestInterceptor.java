package dev.stepwise.sandbox;

import io.fabric8.mockwebserver.http.RecordedRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sees every request the sandbox API server receives before it is handled and may answer it
 * instead, or hold back the answer: the fault-injection hook of crash and API-fault tests. It runs
 * on the server's event loop, so it must decide at once and never block.
 */
@FunctionalInterface
public interface RequestInterceptor {
  /** Handles every request normally. */
  RequestInterceptor NONE = request -> Action.PASS;

  /** What to do with {@code request}; called once per request, from the server's threads. */
  Action intercept(Request request);

  /**
   * One request as it arrived.
   *
   * @param method the HTTP method, upper case
   * @param path the path without the query
   * @param query the raw query string, empty when none
   * @param headers header values by lower-case name (the first value of each)
   * @param body the body as UTF-8, empty when none
   */
  record Request(
      String method, String path, String query, Map<String, String> headers, String body) {
    public Request {
      headers = Map.copyOf(headers);
    }

    /** The header's value, or null; the name is case-insensitive. */
    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** True for requests that may change the stored state (anything but GET). */
    public boolean isWrite() {
      return !method.equals("GET");
    }

    static Request of(RecordedRequest recorded) {
      String raw = recorded.getPath() == null ? "" : recorded.getPath();
      int q = raw.indexOf('?');
      Map<String, String> headers = new TreeMap<>();
      recorded
          .getHeaders()
          .toMultimap()
          .forEach(
              (k, v) -> {
                if (!v.isEmpty()) {
                  headers.put(k.toLowerCase(Locale.ROOT), v.get(0));
                }
              });
      // getBytes copies; reading the body would consume it before the server handles it
      String body =
          recorded.getBody() == null
              ? ""
              : new String(recorded.getBody().getBytes(), java.nio.charset.StandardCharsets.UTF_8);
      return new Request(
          recorded.method().name(),
          q < 0 ? raw : raw.substring(0, q),
          q < 0 ? "" : raw.substring(q + 1),
          headers,
          body);
    }
  }

  /** The interceptor's decision. */
  sealed interface Action {
    /** Handle the request normally. */
    Action PASS = new Handle(Duration.ZERO);

    /**
     * Handle the request normally (its effect is stored and watchers see it at once), but send the
     * answer only after {@code delay}: a slow response, or one the client never reads when it dies
     * meanwhile.
     */
    record Handle(Duration delay) implements Action {}

    /**
     * Do not handle the request (nothing is stored); answer with a Kubernetes Status of {@code
     * code} after {@code delay}. A long delay models a request lost in flight.
     */
    record Refuse(int code, String reason, String message, Duration delay) implements Action {}
  }
}
