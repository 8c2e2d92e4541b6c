package dev.stepwise.domain;

/**
 * An int-or-string value such as maxSurge / maxUnavailable. As upstream, every string is read as a
 * percent ("25%" and "25" both mean 25%).
 */
public record IntOrPercent(int value, boolean percent) {
  public static final IntOrPercent DEFAULT_25_PERCENT = new IntOrPercent(25, true);
}
