package dev.stepwise.analysis.influxdb;

import dev.stepwise.analysis.http.Guard.ProviderFailure;
import dev.stepwise.analysis.http.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code _value} column of InfluxDB v2 annotated CSV (dialect with the datatype, group
 * and default annotations and a header row). Tables are separated by blank lines and may repeat
 * their annotations and header. Values are typed by {@code #datatype}: double → Double, long and
 * unsignedLong → Long, boolean → Boolean, anything else (string, dateTime) → String. An {@code
 * error} table (how Flux reports query failures in-band) becomes a failure.
 */
final class AnnotatedCsv {
  private AnnotatedCsv() {}

  static List<Object> values(String csv) {
    List<Object> out = new ArrayList<>();
    List<String> types = null;
    List<String> header = null;
    for (String raw : csv.split("\r?\n")) {
      if (raw.isBlank()) {
        types = null;
        header = null;
        continue;
      }
      List<String> cells = split(raw);
      if (cells.get(0).startsWith("#")) {
        if (cells.get(0).equals("#datatype")) {
          types = cells;
        }
        continue;
      }
      if (header == null) {
        header = cells;
        continue;
      }
      int err = header.indexOf("error");
      if (err >= 0) {
        throw new ProviderFailure("influxdb query failed: " + Texts.snippet(cell(cells, err)));
      }
      int at = header.indexOf("_value");
      if (at < 0) {
        throw new ProviderFailure("influxdb answer has no _value column: " + Texts.snippet(raw));
      }
      out.add(typed(cell(cells, at), types == null ? "string" : cell(types, at)));
    }
    return out;
  }

  private static String cell(List<String> cells, int i) {
    return i < cells.size() ? cells.get(i) : "";
  }

  private static Object typed(String v, String type) {
    try {
      return switch (type) {
        case "double" -> v.isEmpty() ? null : Double.parseDouble(v);
        case "long", "unsignedLong" -> v.isEmpty() ? null : Long.parseLong(v);
        case "boolean" -> v.isEmpty() ? null : Boolean.parseBoolean(v);
        default -> v;
      };
    } catch (NumberFormatException e) {
      throw new ProviderFailure("influxdb value \"" + Texts.snippet(v) + "\" is not a " + type);
    }
  }

  /** RFC 4180 fields: quoted fields may hold commas and doubled quotes. */
  private static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    cells.add(cur.toString());
    return cells;
  }
}
