package dev.stepwise.analysis.http;

import dev.stepwise.domain.analysis.Observation;
import java.util.Collection;
import java.util.Map;

/**
 * Runs a provider's measurement so that nothing escapes: bad config, a transport failure, a bad
 * answer or an unexpected exception become {@link Observation#error} with the secrets redacted.
 */
public final class Guard {
  private Guard() {}

  /** The measurement body; may throw any of the failures {@link Guard} maps to an Error. */
  @FunctionalInterface
  public interface Measure {
    Observation measure() throws HttpTransport.TransportException;
  }

  public static Observation observe(
      Collection<String> secrets, Map<String, String> metadata, Measure measure) {
    try {
      return measure.measure();
    } catch (Config.BadConfig | ProviderFailure e) {
      return Observation.error(Texts.redact(e.getMessage(), secrets), metadata);
    } catch (HttpTransport.TransportException e) {
      return Observation.error(Texts.redact(e.getMessage(), secrets), metadata);
    } catch (RuntimeException e) {
      // a provider bug must not take the run down; say what happened without the secrets
      return Observation.error(
          Texts.redact("unexpected provider failure: " + e, secrets), metadata);
    }
  }

  /** A provider answered something unusable (non-2xx, not JSON, wrong shape, no data). */
  public static final class ProviderFailure extends RuntimeException {
    public ProviderFailure(String message) {
      super(message);
    }
  }
}
