package dev.stepwise.analysis.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;

/** Small text helpers shared by providers: snippets, redaction, form/query encoding. */
public final class Texts {
  private static final int SNIPPET = 200;

  private Texts() {}

  /** The first 200 characters of a body, on one line, for error messages. */
  public static String snippet(String body) {
    if (body == null) {
      return "";
    }
    String one = body.replaceAll("\\s+", " ").trim();
    return one.length() <= SNIPPET ? one : one.substring(0, SNIPPET) + "...";
  }

  /**
   * Replaces every secret value in {@code text} by {@code *****}: a server may echo a key back in
   * its error body, and that body goes into the measurement message.
   */
  public static String redact(String text, Collection<String> secrets) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String s : secrets) {
      if (s != null && s.length() >= 3) {
        out = out.replace(s, "*****");
      }
    }
    return out;
  }

  /** {@code a=1&b=2}, each part URL-encoded (application/x-www-form-urlencoded). */
  public static String form(Map<String, String> params) {
    StringJoiner j = new StringJoiner("&");
    params.forEach((k, v) -> j.add(encode(k) + "=" + encode(v)));
    return j.toString();
  }

  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Strips trailing slashes so {@code address + "/api"} never doubles them. */
  public static String trimSlash(String address) {
    String a = address;
    while (a.endsWith("/")) {
      a = a.substring(0, a.length() - 1);
    }
    return a;
  }
}
