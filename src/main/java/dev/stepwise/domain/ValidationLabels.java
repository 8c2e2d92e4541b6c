package dev.stepwise.domain;

import static dev.stepwise.domain.ValidationFormat.forbidden;
import static dev.stepwise.domain.ValidationFormat.invalid;
import static dev.stepwise.domain.ValidationFormat.jsonList;
import static dev.stepwise.domain.ValidationFormat.jsonMap;
import static dev.stepwise.domain.ValidationFormat.jsonString;
import static dev.stepwise.domain.ValidationFormat.required;

import dev.stepwise.domain.ValidationFacts.SelectorRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Label and label-selector rules of Kubernetes (apimachinery's ValidateLabelSelector,
 * ValidateLabels and LabelSelectorAsSelector) with their messages. Go iterates maps in random
 * order; here keys are checked in sorted order so the first error is stable.
 */
final class ValidationLabels {
  private static final String QNAME = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
  private static final Pattern QNAME_RE = Pattern.compile(QNAME);
  private static final String LABEL_VALUE = "(" + QNAME + ")?";
  private static final Pattern LABEL_VALUE_RE = Pattern.compile(LABEL_VALUE);
  private static final String DNS_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final String DNS_SUBDOMAIN = DNS_LABEL + "(\\." + DNS_LABEL + ")*";
  private static final Pattern DNS_SUBDOMAIN_RE = Pattern.compile(DNS_SUBDOMAIN);
  private static final String QNAME_MSG =
      "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an"
          + " alphanumeric character";

  private ValidationLabels() {}

  /** ValidateLabelSelector: matchLabels, then each matchExpressions entry. */
  static void selector(
      Map<String, String> matchLabels, List<SelectorRequirement> exprs, List<String> errs) {
    labels(matchLabels, "spec.selector.matchLabels", errs);
    for (int i = 0; i < exprs.size(); i++) {
      requirement(exprs.get(i), "spec.selector.matchExpressions[" + i + "]", errs);
    }
  }

  /** ValidateLabels: each key must be a qualified name, each value a label value. */
  static void labels(Map<String, String> labels, String path, List<String> errs) {
    if (labels == null) {
      return;
    }
    new TreeMap<>(labels)
        .forEach(
            (k, v) -> {
              qualifiedName(k).forEach(msg -> errs.add(invalid(path, k, msg)));
              labelValue(v).forEach(msg -> errs.add(invalid(path, v, msg)));
            });
  }

  private static void requirement(SelectorRequirement r, String path, List<String> errs) {
    switch (r.operator()) {
      case "In", "NotIn" -> {
        if (r.values().isEmpty()) {
          errs.add(
              required(path + ".values", "must be specified when `operator` is 'In' or 'NotIn'"));
        }
      }
      case "Exists", "DoesNotExist" -> {
        if (!r.values().isEmpty()) {
          errs.add(
              forbidden(
                  path + ".values",
                  "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        }
      }
      default ->
          errs.add(invalid(path + ".operator", r.operator(), "not a valid selector operator"));
    }
    qualifiedName(r.key()).forEach(msg -> errs.add(invalid(path + ".key", r.key(), msg)));
    for (int i = 0; i < r.values().size(); i++) {
      String v = r.values().get(i);
      String valuePath = path + ".values[" + i + "]";
      labelValue(v).forEach(msg -> errs.add(invalid(valuePath, v, msg)));
    }
  }

  /** Whether LabelSelectorAsSelector accepts the selector (no error to report). */
  static boolean convertible(Map<String, String> matchLabels, List<SelectorRequirement> exprs) {
    List<String> errs = new ArrayList<>();
    selector(matchLabels, exprs, errs);
    return errs.isEmpty();
  }

  /** The selector selects these labels (every requirement holds); an empty selector selects all. */
  static boolean matches(
      Map<String, String> matchLabels,
      List<SelectorRequirement> exprs,
      Map<String, String> labels) {
    Map<String, String> match = matchLabels == null ? Map.of() : matchLabels;
    boolean labelsMatch =
        match.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    return labelsMatch && exprs.stream().allMatch(r -> holds(r, labels));
  }

  private static boolean holds(SelectorRequirement r, Map<String, String> labels) {
    String value = labels.get(r.key());
    return switch (r.operator()) {
      case "In" -> value != null && r.values().contains(value);
      case "NotIn" -> value == null || !r.values().contains(value);
      case "Exists" -> value != null;
      default -> value == null;
    };
  }

  /** json.Marshal of the metav1.LabelSelector (field order matchLabels, matchExpressions). */
  static String selectorJson(Map<String, String> matchLabels, List<SelectorRequirement> exprs) {
    List<String> fields = new ArrayList<>();
    if (matchLabels != null && !matchLabels.isEmpty()) {
      fields.add("\"matchLabels\":" + jsonMap(matchLabels));
    }
    if (!exprs.isEmpty()) {
      List<String> rendered = new ArrayList<>();
      for (SelectorRequirement r : exprs) {
        String values = r.values().isEmpty() ? "" : ",\"values\":" + jsonList(r.values());
        rendered.add(
            "{\"key\":"
                + jsonString(r.key())
                + ",\"operator\":"
                + jsonString(r.operator())
                + values
                + "}");
      }
      fields.add("\"matchExpressions\":[" + String.join(",", rendered) + "]");
    }
    return "{" + String.join(",", fields) + "}";
  }

  /** validation.IsQualifiedName. */
  static List<String> qualifiedName(String value) {
    List<String> errs = new ArrayList<>();
    String[] parts = value.split("/", -1);
    if (parts.length > 2) {
      errs.add(
          "a qualified name "
              + regexError(QNAME_MSG, QNAME, "MyName", "my.name", "123-abc")
              + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
      return errs;
    }
    String name = parts[parts.length - 1];
    if (parts.length == 2) {
      String prefix = parts[0];
      if (prefix.isEmpty()) {
        errs.add("prefix part must be non-empty");
      } else {
        dnsSubdomain(prefix).forEach(msg -> errs.add("prefix part " + msg));
      }
    }
    if (name.isEmpty()) {
      errs.add("name part must be non-empty");
    } else if (name.length() > 63) {
      errs.add("name part must be no more than 63 characters");
    }
    if (!QNAME_RE.matcher(name).matches()) {
      errs.add("name part " + regexError(QNAME_MSG, QNAME, "MyName", "my.name", "123-abc"));
    }
    return errs;
  }

  /** validation.IsValidLabelValue. */
  static List<String> labelValue(String value) {
    List<String> errs = new ArrayList<>();
    if (value.length() > 63) {
      errs.add("must be no more than 63 characters");
    }
    if (!LABEL_VALUE_RE.matcher(value).matches()) {
      errs.add(
          regexError(
              "a valid label must be an empty string or consist of alphanumeric characters, '-',"
                  + " '_' or '.', and must start and end with an alphanumeric character",
              LABEL_VALUE,
              "MyValue",
              "my_value",
              "12345"));
    }
    return errs;
  }

  private static List<String> dnsSubdomain(String value) {
    List<String> errs = new ArrayList<>();
    if (value.length() > 253) {
      errs.add("must be no more than 253 characters");
    }
    if (!DNS_SUBDOMAIN_RE.matcher(value).matches()) {
      errs.add(
          regexError(
              "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters,"
                  + " '-' or '.', and must start and end with an alphanumeric character",
              DNS_SUBDOMAIN,
              "example.com"));
    }
    return errs;
  }

  /** validation.RegexError: "msg (e.g. 'a', or 'b', regex used for validation is 're')". */
  private static String regexError(String msg, String regex, String... examples) {
    StringBuilder b = new StringBuilder(msg).append(" (e.g. ");
    for (int i = 0; i < examples.length; i++) {
      if (i > 0) {
        b.append(" or ");
      }
      b.append('\'').append(examples[i]).append("', ");
    }
    return b.append("regex used for validation is '").append(regex).append("')").toString();
  }
}
