package dev.stepwise.analysis.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/** {@link HttpTransport} over {@code java.net.http.HttpClient}; one client per trust mode. */
public final class JdkHttpTransport implements HttpTransport {
  // the JDK client refuses to set these itself
  private static final Set<String> RESTRICTED =
      Set.of("host", "content-length", "connection", "expect", "upgrade");

  private final HttpClient verifying;
  private volatile HttpClient trusting;

  public JdkHttpTransport() {
    this.verifying = builder().build();
  }

  private static HttpClient.Builder builder() {
    // HTTP/1.1: the JDK's cleartext h2c upgrade trips some servers and proxies
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL);
  }

  @Override
  public Response send(Request request) throws TransportException {
    HttpRequest.Builder b;
    try {
      b = HttpRequest.newBuilder(URI.create(request.url())).timeout(request.timeout());
    } catch (IllegalArgumentException e) {
      throw new TransportException("invalid URL: " + e.getMessage(), e);
    }
    request
        .headers()
        .forEach(
            (k, v) -> {
              if (!RESTRICTED.contains(k.toLowerCase(java.util.Locale.ROOT))) {
                b.header(k, v);
              }
            });
    b.method(
        request.method(),
        request.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
    try {
      HttpResponse<String> r =
          client(request.insecure())
              .send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.body());
    } catch (HttpTimeoutException e) {
      throw new TransportException(
          "request timed out after " + request.timeout().toMillis() + "ms", e);
    } catch (IOException | IllegalArgumentException e) {
      throw new TransportException("request failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("request interrupted", e);
    }
  }

  private HttpClient client(boolean insecure) {
    if (!insecure) {
      return verifying;
    }
    if (trusting == null) {
      synchronized (this) {
        if (trusting == null) {
          trusting = builder().sslContext(trustAll()).build();
        }
      }
    }
    return trusting;
  }

  // only used when a metric asks for insecure: true, as upstream's InsecureSkipVerify
  private static SSLContext trustAll() {
    TrustManager tm =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    try {
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, new TrustManager[] {tm}, null);
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no TLS context", e);
    }
  }
}
