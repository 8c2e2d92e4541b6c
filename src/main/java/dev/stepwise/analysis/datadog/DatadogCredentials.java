package dev.stepwise.analysis.datadog;

import dev.stepwise.analysis.MeasurementRequest;
import dev.stepwise.analysis.http.Config;
import dev.stepwise.analysis.http.Secrets;
import java.util.Map;

/**
 * Where Datadog keys come from, in upstream's order: {@code secretRef{name, namespaced}} if set
 * (the run's namespace when namespaced, else the controller's); else env {@code DD_API_KEY} and
 * {@code DD_APP_KEY} (+ {@code DD_ADDRESS}); else Secret "datadog" in the controller namespace.
 */
record DatadogCredentials(String address, String apiKey, String appKey) {
  static final String DEFAULT_ADDRESS = "https://api.datadoghq.com";

  static DatadogCredentials resolve(
      Config cfg, MeasurementRequest request, Map<String, String> env) {
    Config ref = cfg.child("secretRef");
    String name = ref.string("name");
    if ((name == null || name.isEmpty())
        && notBlank(env.get("DD_API_KEY"))
        && notBlank(env.get("DD_APP_KEY"))) {
      return new DatadogCredentials(
          address(env.get("DD_ADDRESS")), env.get("DD_API_KEY"), env.get("DD_APP_KEY"));
    }
    String secret = name == null || name.isEmpty() ? "datadog" : name;
    String ns = ref.bool("namespaced") ? request.namespace() : request.controllerNamespace();
    Map<String, String> data = Secrets.require(request.secrets(), ns, secret);
    return new DatadogCredentials(
        address(data.get("address")),
        Secrets.key(data, secret, "api-key"),
        Secrets.key(data, secret, "app-key"));
  }

  private static String address(String a) {
    return notBlank(a) ? a : DEFAULT_ADDRESS;
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
