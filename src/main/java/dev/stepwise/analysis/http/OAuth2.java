package dev.stepwise.analysis.http;

import dev.stepwise.analysis.http.HttpTransport.Request;
import dev.stepwise.analysis.http.HttpTransport.Response;
import dev.stepwise.analysis.http.HttpTransport.TransportException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OAuth2 client-credentials (RFC 6749 §4.4), as upstream's {@code authentication.oauth2{tokenUrl,
 * clientId, clientSecret, scopes}}: one token request per measurement, the token sent as Bearer.
 */
public final class OAuth2 {
  private OAuth2() {}

  /** The {@code Authorization} header value, or throws with a message free of the secret. */
  public static String bearer(HttpTransport http, Config oauth, Duration timeout, boolean insecure)
      throws TransportException {
    String tokenUrl = oauth.required("tokenUrl");
    String secret = oauth.string("clientSecret", "");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_id", oauth.string("clientId", ""));
    form.put("client_secret", secret);
    List<String> scopes = oauth.strings("scopes");
    if (!scopes.isEmpty()) {
      form.put("scope", String.join(" ", scopes));
    }
    Request req =
        new Request("POST", tokenUrl, Map.of(), null, timeout, insecure)
            .withBody("POST", Texts.form(form), "application/x-www-form-urlencoded");
    Response r = http.send(req);
    if (!r.ok()) {
      throw new TransportException(
          Texts.redact("oauth2 token request failed with " + r.describe(), List.of(secret)), null);
    }
    Object token =
        Json.parse(r.body())
            .map(Json.Parsed::value)
            .filter(v -> v instanceof Map<?, ?>)
            .map(v -> ((Map<?, ?>) v).get("access_token"))
            .orElse(null);
    if (!(token instanceof String t) || t.isEmpty()) {
      throw new TransportException("oauth2 token response has no access_token", null);
    }
    return "Bearer " + t;
  }
}
