package dev.stepwise.domain;

import java.time.Instant;

/**
 * One entry of status.conditions, in upstream field names.
 *
 * @param type Progressing, Available, Paused, Healthy, Completed, InvalidSpec, ...
 * @param status "True", "False" or "Unknown"
 */
public record ConditionView(
    String type,
    String status,
    String reason,
    String message,
    Instant lastTransitionTime,
    Instant lastUpdateTime)
    implements CborSerializable {}
