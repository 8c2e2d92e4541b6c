package dev.stepwise.analysis.http;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one HTTP call providers make, injected so tests can point providers at stubs. Implementations
 * throw {@link TransportException} (never anything else) when no response arrives in time or the
 * connection fails; any status code is a response, not an exception.
 */
@FunctionalInterface
public interface HttpTransport {

  Response send(Request request) throws TransportException;

  /**
   * One request.
   *
   * @param method GET, POST, PUT...
   * @param url absolute URL, query included
   * @param headers request headers (insertion order kept)
   * @param body the body, or null for none
   * @param timeout the whole-exchange timeout
   * @param insecure skip TLS certificate verification (upstream {@code insecure: true})
   */
  record Request(
      String method,
      String url,
      Map<String, String> headers,
      String body,
      Duration timeout,
      boolean insecure) {
    public Request {
      headers = Map.copyOf(headers);
    }

    public static Request get(String url, Duration timeout) {
      return new Request("GET", url, Map.of(), null, timeout, false);
    }

    public Request withHeader(String name, String value) {
      Map<String, String> copy = new LinkedHashMap<>(headers);
      copy.put(name, value);
      return new Request(method, url, copy, body, timeout, insecure);
    }

    public Request withBody(String method, String body, String contentType) {
      Map<String, String> copy = new LinkedHashMap<>(headers);
      copy.put("Content-Type", contentType);
      return new Request(method, url, copy, body, timeout, insecure);
    }

    public Request withInsecure(boolean skipVerify) {
      return new Request(method, url, headers, body, timeout, skipVerify);
    }
  }

  /** A response: status and body as UTF-8 text. */
  record Response(int status, String body) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }

    /** Status plus the start of the body, for error messages. */
    public String describe() {
      return "status " + status + ": " + Texts.snippet(body);
    }
  }

  /** No answer: timeout, refused connection, bad URL. The message is safe to show. */
  final class TransportException extends Exception {
    public TransportException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
