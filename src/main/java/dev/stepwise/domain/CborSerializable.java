package dev.stepwise.domain;

/**
 * Marker for every record that is persisted (events, snapshots) or sent between nodes (commands);
 * bound to Pekko's Jackson CBOR serializer in reference.conf, so the domain does not depend on
 * Pekko.
 */
public interface CborSerializable {}
