package dev.stepwise.kube.spec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kubernetes resource quantities in the canonical string form that {@code resource.Quantity}
 * marshals to after a JSON round trip ("0.5" → "500m", "1000m" → "1", "1024Mi" → "1Gi").
 *
 * <p>The value keeps nano precision (finer values are rounded away from zero, as upstream does).
 * Upstream re-uses the input text when it is already canonical; the one place this differs is
 * exotic spellings such as "+1" or "1E3", which upstream echoes and this class canonicalises.
 */
public final class Quantity {
  private static final Pattern SYNTAX =
      Pattern.compile("([+-]?)(\\d*)(?:\\.(\\d*))?(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\\d+)?");
  private static final Map<String, Integer> DECIMAL_SUFFIX =
      Map.of("n", -9, "u", -6, "m", -3, "", 0, "k", 3, "M", 6, "G", 9, "T", 12, "P", 15, "E", 18);
  private static final Map<String, Integer> BINARY_SUFFIX =
      Map.of("Ki", 10, "Mi", 20, "Gi", 30, "Ti", 40, "Pi", 50, "Ei", 60);
  private static final String[] DECIMAL_NAMES = {"n", "u", "m", "", "k", "M", "G", "T", "P", "E"};
  private static final String[] BINARY_NAMES = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
  private static final BigInteger K1024 = BigInteger.valueOf(1024);

  private enum Format {
    DECIMAL_SI,
    BINARY_SI,
    DECIMAL_EXPONENT
  }

  private Quantity() {}

  /** The canonical form of {@code text}, or empty when it is not a quantity. */
  public static Optional<String> canonical(String text) {
    Matcher m = SYNTAX.matcher(text.trim());
    if (!m.matches() || (m.group(2).isEmpty() && (m.group(3) == null || m.group(3).isEmpty()))) {
      return Optional.empty();
    }
    String suffix = m.group(4) == null ? "" : m.group(4);
    BigDecimal number = new BigDecimal(m.group(2) + "." + nullToEmpty(m.group(3)) + "0");
    Format format;
    BigDecimal value;
    if (BINARY_SUFFIX.containsKey(suffix)) {
      format = Format.BINARY_SI;
      value = number.multiply(new BigDecimal(BigInteger.TWO.pow(BINARY_SUFFIX.get(suffix))));
    } else if (DECIMAL_SUFFIX.containsKey(suffix)) {
      format = Format.DECIMAL_SI;
      value = number.scaleByPowerOfTen(DECIMAL_SUFFIX.get(suffix));
    } else {
      format = Format.DECIMAL_EXPONENT;
      value = number.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1).replace("+", "")));
    }
    if (value.scale() > 9) {
      value = value.setScale(9, RoundingMode.UP);
    }
    if ("-".equals(m.group(1))) {
      value = value.negate();
    }
    return Optional.of(format(value, format));
  }

  /** The canonical form of a number as it appears in JSON (e.g. {@code cpu: 0.5}). */
  public static Optional<String> canonical(Number number) {
    return canonical(new BigDecimal(number.toString()).toPlainString());
  }

  private static String format(BigDecimal value, Format format) {
    if (value.signum() == 0) {
      return "0";
    }
    if (format == Format.BINARY_SI) {
      boolean small = value.abs().compareTo(BigDecimal.valueOf(1024)) < 0;
      if (small || value.stripTrailingZeros().scale() > 0) {
        format = Format.DECIMAL_SI;
      } else {
        return base1024(value.toBigIntegerExact());
      }
    }
    return base10(value, format);
  }

  private static String base1024(BigInteger value) {
    int exponent = 0;
    while (exponent < BINARY_NAMES.length - 1 && value.mod(K1024).signum() == 0) {
      value = value.divide(K1024);
      exponent++;
    }
    return value + BINARY_NAMES[exponent];
  }

  private static String base10(BigDecimal value, Format format) {
    BigDecimal stripped = value.stripTrailingZeros();
    BigInteger mantissa = stripped.unscaledValue();
    int exponent = -stripped.scale();
    int shift = Math.floorMod(exponent, 3);
    mantissa = mantissa.multiply(BigInteger.TEN.pow(shift));
    exponent -= shift;
    if (format == Format.DECIMAL_EXPONENT) {
      return exponent == 0 ? mantissa.toString() : mantissa + "e" + exponent;
    }
    int index = exponent / 3 + 3;
    if (index >= DECIMAL_NAMES.length) {
      // beyond "E": keep the mantissa in E units, as upstream never goes past its largest suffix
      return mantissa.multiply(BigInteger.TEN.pow(exponent - 18)) + "E";
    }
    return mantissa + DECIMAL_NAMES[index];
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
