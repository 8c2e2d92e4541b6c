package dev.stepwise.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.analysis.http.JdkHttpTransport;
import dev.stepwise.domain.analysis.Observation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricProvidersTest {
  private final MetricProviders providers =
      new MetricProviders(new JdkHttpTransport(), null, false, Map.of());

  @Test
  void theNineSupportedKeysResolveToTheirProviders() {
    assertThat(providers.supported())
        .containsExactly(
            "prometheus",
            "web",
            "job",
            "datadog",
            "newRelic",
            "wavefront",
            "kayenta",
            "graphite",
            "influxdb");
    for (String type : providers.supported()) {
      assertThat(providers.forType(type).type()).isEqualTo(type);
    }
  }

  @Test
  void unsupportedAndUnknownProvidersAnswerAClearError() {
    MeasurementRequest req = new Measurements().request("{}");
    for (String type : MetricProviders.UNSUPPORTED) {
      Observation o = providers.forType(type).run(req);
      assertThat(o.kind()).isEqualTo(Observation.Kind.ERROR);
      assertThat(o.message())
          .isEqualTo("metric provider " + type + " is not supported by Stepwise");
      assertThat(providers.forType(type).resume(req, Map.of()).kind())
          .isEqualTo(Observation.Kind.ERROR);
    }
    assertThat(providers.forType("carrierPigeon").run(req).message())
        .isEqualTo("unknown metric provider carrierPigeon");
  }

  @Test
  void badConfigShapesNeverThrow() {
    MeasurementRequest req =
        new Measurements().request("{\"address\":42,\"query\":[1],\"headers\":\"x\",\"url\":{}}");
    for (String type : providers.supported()) {
      if (type.equals("job")) {
        continue; // needs a cluster; covered by JobProviderIT
      }
      Observation o = providers.forType(type).run(req);
      assertThat(o.kind()).as(type).isEqualTo(Observation.Kind.ERROR);
      assertThat(o.message()).as(type).isNotBlank();
    }
  }
}
