package dev.stepwise.analysis.web;

import dev.stepwise.analysis.MeasurementRequest;
import dev.stepwise.analysis.MetricProvider;
import dev.stepwise.analysis.http.Config;
import dev.stepwise.analysis.http.Guard;
import dev.stepwise.analysis.http.Guard.ProviderFailure;
import dev.stepwise.analysis.http.HttpTransport;
import dev.stepwise.analysis.http.HttpTransport.Request;
import dev.stepwise.analysis.http.HttpTransport.Response;
import dev.stepwise.analysis.http.Json;
import dev.stepwise.analysis.http.JsonPath;
import dev.stepwise.analysis.http.OAuth2;
import dev.stepwise.analysis.http.Texts;
import dev.stepwise.domain.analysis.Observation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Web: one HTTP call ({@code GET}, {@code POST} or {@code PUT}); a 2xx body is decoded as JSON (or
 * kept as a string when it is not JSON), and the first {@code jsonPath} match (default {@code {$}})
 * is bound to {@code result}, its JSON to {@code value}.
 */
public final class WebProvider implements MetricProvider {
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT");

  private final HttpTransport http;

  public WebProvider(HttpTransport http) {
    this.http = http;
  }

  @Override
  public String type() {
    return "web";
  }

  @Override
  public Observation run(MeasurementRequest request) {
    Config cfg = new Config(request.config(), "web");
    List<String> secrets = new ArrayList<>();
    return Guard.observe(secrets, Map.of(), () -> measure(cfg, secrets));
  }

  private Observation measure(Config cfg, List<String> secrets)
      throws HttpTransport.TransportException {
    // collected first so any later message is redacted
    secrets.addAll(cfg.headers("headers").values());
    secrets.add(cfg.child("authentication").child("oauth2").string("clientSecret"));
    String method = cfg.string("method", "GET").toUpperCase(java.util.Locale.ROOT);
    if (!METHODS.contains(method)) {
      throw new Config.BadConfig("web.method \"" + method + "\" is not one of GET, POST, PUT");
    }
    String url = cfg.required("url");
    Double seconds = cfg.number("timeoutSeconds");
    Duration timeout = Duration.ofMillis(Math.round((seconds == null ? 10 : seconds) * 1000));
    boolean insecure = cfg.bool("insecure");
    JsonPath path = JsonPath.compile(cfg.string("jsonPath", "{$}"));
    Map<String, String> headers = new LinkedHashMap<>(cfg.headers("headers"));
    Config oauth = cfg.child("authentication").child("oauth2");
    if (oauth.has("tokenUrl")) {
      headers.put("Authorization", OAuth2.bearer(http, oauth, timeout, insecure));
    }
    String body = null;
    if (!method.equals("GET")) {
      if (cfg.has("jsonBody")) {
        // jsonBody overrides any Content-Type the user set, whatever its case
        headers.keySet().removeIf(k -> k.equalsIgnoreCase("Content-Type"));
        headers.put("Content-Type", "application/json");
        body = Json.write(cfg.raw("jsonBody"));
      } else if (cfg.has("body")) {
        body = cfg.string("body");
      }
    }
    Request req = new Request(method, url, headers, body, timeout, insecure);
    Response r = http.send(req);
    if (!r.ok()) {
      throw new ProviderFailure("received non 2xx response code: " + r.describe());
    }
    // upstream binds a non-JSON body as the plain string
    Object data = Json.parse(r.body()).map(Json.Parsed::value).orElse(r.body());
    List<Object> matches = path.find(data);
    if (matches.isEmpty()) {
      throw new ProviderFailure(
          "jsonPath " + path + " matched nothing in the response: " + Texts.snippet(r.body()));
    }
    Object match = matches.get(0);
    return Observation.result(match, Json.write(match), Map.of());
  }
}
