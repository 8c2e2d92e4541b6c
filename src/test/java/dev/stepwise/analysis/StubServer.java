package dev.stepwise.analysis;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A loopback HTTP server standing in for a provider's API: records every request and answers with
 * what the test scripts. Header names are recorded in lower case.
 */
public final class StubServer implements AutoCloseable {
  /** One request as the server saw it. */
  public record Recorded(
      String method, String path, String rawQuery, Map<String, String> headers, String body) {
    /** The decoded query parameters (last wins). */
    public Map<String, String> query() {
      return decodeForm(rawQuery);
    }

    /** The decoded form body. */
    public Map<String, String> form() {
      return decodeForm(body);
    }

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** What to answer. */
  public record Reply(int status, String body, String contentType, long delayMillis) {
    public static Reply json(String body) {
      return new Reply(200, body, "application/json", 0);
    }

    public static Reply status(int status, String body) {
      return new Reply(status, body, "text/plain", 0);
    }

    public Reply delayed(long millis) {
      return new Reply(status, body, contentType, millis);
    }
  }

  private final HttpServer server;
  private final List<Recorded> requests = new CopyOnWriteArrayList<>();
  private volatile Function<Recorded, Reply> handler = r -> Reply.status(404, "no route");

  public StubServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  public StubServer answer(Function<Recorded, Reply> h) {
    this.handler = h;
    return this;
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public List<Recorded> requests() {
    return List.copyOf(requests);
  }

  public Recorded only() {
    if (requests.size() != 1) {
      throw new AssertionError("expected one request, got " + requests);
    }
    return requests.get(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    ex.getRequestHeaders()
        .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
    String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Recorded rec =
        new Recorded(
            ex.getRequestMethod(),
            ex.getRequestURI().getPath(),
            ex.getRequestURI().getRawQuery(),
            headers,
            body);
    requests.add(rec);
    Reply reply = handler.apply(rec);
    if (reply.delayMillis() > 0) {
      try {
        Thread.sleep(reply.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", reply.contentType());
    try {
      ex.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        ex.getResponseBody().write(bytes);
      }
    } catch (IOException e) {
      // the client gave up (timeout tests): nothing to answer
    } finally {
      ex.close();
    }
  }

  static Map<String, String> decodeForm(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String part : raw.split("&")) {
      int eq = part.indexOf('=');
      String k = eq < 0 ? part : part.substring(0, eq);
      String v = eq < 0 ? "" : part.substring(eq + 1);
      out.put(
          URLDecoder.decode(k, StandardCharsets.UTF_8),
          URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }

  /** The parameter names in the order they were sent. */
  public static List<String> keys(String raw) {
    return new ArrayList<>(decodeForm(raw).keySet());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
