package dev.stepwise.analysis.http;

import dev.stepwise.analysis.SecretLookup;
import dev.stepwise.analysis.http.Guard.ProviderFailure;
import java.util.Map;

/**
 * Reads provider credentials; a missing Secret or key is a clear error naming it (not its value).
 */
public final class Secrets {
  private Secrets() {}

  public static Map<String, String> require(SecretLookup lookup, String namespace, String name) {
    if (lookup == null) {
      throw new ProviderFailure("no secret access configured to read secret \"" + name + "\"");
    }
    try {
      return lookup
          .secret(namespace, name)
          .orElseThrow(
              () ->
                  new ProviderFailure(
                      "secret \"" + name + "\" not found in namespace \"" + namespace + "\""));
    } catch (ProviderFailure e) {
      throw e;
    } catch (RuntimeException e) {
      // an API error reading the Secret: say which one, never echo its content
      throw new ProviderFailure(
          "could not read secret \""
              + name
              + "\" in namespace \""
              + namespace
              + "\": "
              + e.getClass().getSimpleName());
    }
  }

  public static String key(Map<String, String> data, String secretName, String key) {
    String v = data.get(key);
    if (v == null || v.isEmpty()) {
      throw new ProviderFailure("secret \"" + secretName + "\" has no key \"" + key + "\"");
    }
    return v;
  }
}
