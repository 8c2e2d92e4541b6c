package dev.stepwise.analysis.newrelic;

import dev.stepwise.analysis.MeasurementRequest;
import dev.stepwise.analysis.MetricProvider;
import dev.stepwise.analysis.http.Config;
import dev.stepwise.analysis.http.Guard;
import dev.stepwise.analysis.http.Guard.ProviderFailure;
import dev.stepwise.analysis.http.HttpTransport;
import dev.stepwise.analysis.http.HttpTransport.Request;
import dev.stepwise.analysis.http.HttpTransport.Response;
import dev.stepwise.analysis.http.Json;
import dev.stepwise.analysis.http.Secrets;
import dev.stepwise.analysis.http.Texts;
import dev.stepwise.domain.analysis.Observation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * New Relic: the NRQL {@code query} through NerdGraph ({@code POST <nerdgraph>/graphql}, header
 * {@code API-Key}). Credentials from Secret {@code profile} (default "newrelic") in the controller
 * namespace. One row → {@code result} is that row's Map; several → List of Maps; none → Error.
 */
public final class NewRelicProvider implements MetricProvider {
  static final String GRAPHQL =
      "query ($accountId: Int!, $query: Nrql!, $timeout: Seconds) { actor { account(id:"
          + " $accountId) { nrql(query: $query, timeout: $timeout) { results } } } }";

  private final HttpTransport http;

  public NewRelicProvider(HttpTransport http) {
    this.http = http;
  }

  @Override
  public String type() {
    return "newRelic";
  }

  @Override
  public Observation run(MeasurementRequest request) {
    Config cfg = new Config(request.config(), "newRelic");
    List<String> secrets = new ArrayList<>();
    return Guard.observe(secrets, Map.of(), () -> measure(cfg, request, secrets));
  }

  private Observation measure(Config cfg, MeasurementRequest request, List<String> secrets)
      throws HttpTransport.TransportException {
    String profile = cfg.string("profile", "newrelic");
    Map<String, String> data =
        Secrets.require(request.secrets(), request.controllerNamespace(), profile);
    String key = Secrets.key(data, profile, "personal-api-key");
    secrets.add(key);
    String account = Secrets.key(data, profile, "account-id");
    long accountId;
    try {
      accountId = Long.parseLong(account.trim());
    } catch (NumberFormatException e) {
      throw new ProviderFailure("secret \"" + profile + "\" account-id is not a number");
    }
    String base = data.get("base-url-nerdgraph");
    if (base == null || base.isBlank()) {
      base =
          "eu".equalsIgnoreCase(data.getOrDefault("region", "us"))
              ? "https://api.eu.newrelic.com/graphql"
              : "https://api.newrelic.com/graphql";
    }
    Double timeoutSeconds = cfg.number("timeout");
    long nrqlTimeout = timeoutSeconds == null ? 5 : Math.round(timeoutSeconds);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("accountId", accountId);
    variables.put("query", cfg.required("query"));
    variables.put("timeout", nrqlTimeout);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", GRAPHQL);
    body.put("variables", variables);
    Request req =
        Request.get(base, Duration.ofSeconds(nrqlTimeout + 10))
            .withHeader("API-Key", key)
            .withBody("POST", Json.write(body), "application/json");
    Response r = http.send(req);
    if (!r.ok()) {
      throw new ProviderFailure("newrelic answered " + r.describe());
    }
    return toObservation(r);
  }

  private static Observation toObservation(Response r) {
    Object parsed = Json.parse(r.body()).map(Json.Parsed::value).orElse(null);
    if (!(parsed instanceof Map<?, ?> root)) {
      throw new ProviderFailure("newrelic answer is not JSON: " + Texts.snippet(r.body()));
    }
    if (root.get("errors") instanceof List<?> errors && !errors.isEmpty()) {
      Object first = errors.get(0);
      Object msg = first instanceof Map<?, ?> m ? m.get("message") : first;
      throw new ProviderFailure("newrelic query failed: " + Texts.snippet(String.valueOf(msg)));
    }
    Object results = dig(root, "data", "actor", "account", "nrql", "results");
    if (!(results instanceof List<?> rows)) {
      throw new ProviderFailure("newrelic answer has no nrql results: " + Texts.snippet(r.body()));
    }
    if (rows.isEmpty()) {
      throw new ProviderFailure("no results returned from NRQL query");
    }
    Object result = rows.size() == 1 ? rows.get(0) : rows;
    return Observation.result(result, Json.write(result), Map.of());
  }

  private static Object dig(Object node, String... keys) {
    Object cur = node;
    for (String k : keys) {
      if (!(cur instanceof Map<?, ?> m)) {
        return null;
      }
      cur = m.get(k);
    }
    return cur;
  }
}
