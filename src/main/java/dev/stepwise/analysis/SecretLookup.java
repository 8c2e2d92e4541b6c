package dev.stepwise.analysis;

import java.util.Map;
import java.util.Optional;

/** Reads a Secret's decoded data (key → UTF-8 string). Empty when the Secret does not exist. */
@FunctionalInterface
public interface SecretLookup {
  Optional<Map<String, String>> secret(String namespace, String name);
}
