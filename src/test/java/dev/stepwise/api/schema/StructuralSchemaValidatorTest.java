package dev.stepwise.api.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class StructuralSchemaValidatorTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  private static final JsonNode SCHEMA =
      yaml(
          """
          type: object
          required: [spec]
          properties:
            metadata: {type: object}
            spec:
              type: object
              required: [name]
              properties:
                name: {type: string, pattern: '^[a-z]+$'}
                generation: {type: string}
                count: {type: integer, format: int32}
                big: {type: integer, format: int64}
                ratio: {type: number}
                enabled: {type: boolean}
                when: {type: string, format: date-time}
                mode: {type: string, enum: [a, b]}
                surge: {x-kubernetes-int-or-string: true, anyOf: [{type: integer}, {type: string}]}
                labels: {type: object, additionalProperties: {type: string}}
                config: {type: object, x-kubernetes-preserve-unknown-fields: true}
                steps:
                  type: array
                  items: {type: object, properties: {setWeight: {type: integer, format: int32}}}
          """);

  private static JsonNode yaml(String text) {
    return YAML.readTree(text);
  }

  private static java.util.List<String> errorsFor(String spec) {
    return StructuralSchemaValidator.validate(
        SCHEMA, yaml("metadata: {name: x, labels: {a: b}}\nspec: " + spec));
  }

  @Test
  void acceptsAFullyValidObject() {
    assertThat(
            errorsFor(
                """
                {name: abc, generation: "3", count: 2147483647, big: 9000000000, ratio: 0.5,
                 enabled: true, when: "2024-05-01T10:00:00Z", mode: b, surge: "25%",
                 labels: {app: x}, config: {any: {deep: [1, 2]}}, steps: [{setWeight: 5}],
                 ignoredBecauseNull: null}
                """))
        .isEmpty();
    assertThat(errorsFor("{name: abc, surge: 1}")).isEmpty();
  }

  @Test
  void rejectsANumberWhereTheSchemaWantsAString() {
    assertThat(errorsFor("{name: abc, generation: 3}"))
        .containsExactly(".spec.generation: must be a string but is 3");
  }

  @Test
  void rejectsUnknownFieldsOutsidePreservedSubtrees() {
    assertThat(errorsFor("{name: abc, extra: 1, steps: [{setWeight: 1, other: 2}]}"))
        .containsExactlyInAnyOrder(
            ".spec.extra: unknown field", ".spec.steps[0].other: unknown field");
  }

  @Test
  void rejectsMissingRequiredFieldsAndBadScalars() {
    assertThat(
            errorsFor(
                """
                {count: 2147483648, big: "1", ratio: x, enabled: "true", when: yesterday,
                 mode: c, surge: true, labels: {app: 1}, steps: {}}
                """))
        .containsExactlyInAnyOrder(
            ".spec.count: must fit in int32",
            ".spec.big: must be an integer but is \"1\"",
            ".spec.ratio: must be a number",
            ".spec.enabled: must be a boolean",
            ".spec.when: not an RFC 3339 date-time: yesterday",
            ".spec.mode: must be one of [\"a\",\"b\"] but is \"c\"",
            ".spec.surge: must be an integer or a string",
            ".spec.labels.app: must be a string but is 1",
            ".spec.steps: must be an array",
            ".spec.name: required");
  }

  @Test
  void rejectsAStringThatMissesThePattern() {
    assertThat(errorsFor("{name: ABC}")).containsExactly(".spec.name: must match ^[a-z]+$");
  }

  @Test
  void requiresTheRootRequiredFields() {
    assertThat(StructuralSchemaValidator.validate(SCHEMA, yaml("metadata: {name: x}")))
        .containsExactly(".spec: required");
  }
}
