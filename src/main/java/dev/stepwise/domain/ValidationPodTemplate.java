package dev.stepwise.domain;

import static dev.stepwise.domain.ValidationFormat.duplicate;
import static dev.stepwise.domain.ValidationFormat.forbidden;
import static dev.stepwise.domain.ValidationFormat.invalid;
import static dev.stepwise.domain.ValidationFormat.notSupported;
import static dev.stepwise.domain.ValidationFormat.required;

import dev.stepwise.domain.ValidationFacts.PodFacts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The part of Kubernetes' ValidatePodTemplateSpecForReplicaSet that a Rollout's template commonly
 * trips: containers and their names, restartPolicy and activeDeadlineSeconds. The rest of pod
 * validation (volumes, probes, resources, ...) is left to the API server when the ReplicaSet is
 * created.
 */
final class ValidationPodTemplate {
  private static final String PATH = "spec.template.spec";
  private static final String DNS_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final Pattern DNS_LABEL_RE = Pattern.compile(DNS_LABEL);
  private static final List<String> POLICIES = List.of("Always", "OnFailure", "Never");

  private ValidationPodTemplate() {}

  static void validate(PodFacts pod, List<String> errs) {
    if (pod == null) {
      return;
    }
    containers(pod.containerNames() == null ? List.of() : pod.containerNames(), errs);
    // An unset restartPolicy defaults to Always (SetObjectDefaults_PodTemplate runs first).
    String policy =
        pod.restartPolicy() == null || pod.restartPolicy().isEmpty()
            ? "Always"
            : pod.restartPolicy();
    if (!POLICIES.contains(policy)) {
      errs.add(notSupported(PATH + ".restartPolicy", policy, POLICIES));
    }
    if (!policy.equals("Always")) {
      errs.add(notSupported(PATH + ".restartPolicy", policy, List.of("Always")));
    }
    if (pod.activeDeadlineSeconds()) {
      errs.add(
          forbidden(
              PATH + ".activeDeadlineSeconds",
              "activeDeadlineSeconds in ReplicaSet is not Supported"));
    }
  }

  private static void containers(List<String> names, List<String> errs) {
    if (names.isEmpty()) {
      errs.add(required(PATH + ".containers", ""));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String path = PATH + ".containers[" + i + "].name";
      String name = names.get(i);
      if (name.isEmpty()) {
        errs.add(required(path, ""));
      } else {
        dnsLabel(name).forEach(msg -> errs.add(invalid(path, name, msg)));
      }
      if (!seen.add(name)) {
        errs.add(duplicate(path, name));
      }
    }
  }

  /** validation.IsDNS1123Label. */
  private static List<String> dnsLabel(String value) {
    List<String> errs = new java.util.ArrayList<>();
    if (value.length() > 63) {
      errs.add("must be no more than 63 characters");
    }
    if (!DNS_LABEL_RE.matcher(value).matches()) {
      errs.add(
          "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-',"
              + " and must start and end with an alphanumeric character (e.g. 'my-name',  or"
              + " '123-abc', regex used for validation is '"
              + DNS_LABEL
              + "')");
    }
    return errs;
  }
}
