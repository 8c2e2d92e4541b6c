package dev.stepwise.cli;

import java.util.List;

/**
 * The result of linting one file.
 *
 * @param errors field errors as upstream prints them ("spec.x: Invalid value: …"); any error fails
 *     the lint
 * @param warnings what upstream accepts but Stepwise does not support yet, and references that
 *     could not be checked because the object is not in the file
 */
record LintReport(List<String> errors, List<String> warnings) {}
