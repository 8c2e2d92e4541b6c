package dev.stepwise.kube.spec;

import java.util.List;

/**
 * The shape of a Go value as {@code encoding/json} sees it, enough to encode a Kubernetes struct
 * from a raw JSON tree in Go's field order and with its omitempty rules.
 */
sealed interface GoType {

  /** How a struct field behaves when its value is absent or zero. */
  enum Omit {
    /** {@code ,omitempty} on a value type: absent, zero, or empty is left out. */
    EMPTY,
    /** A pointer with {@code ,omitempty}: only absent (nil) is left out; {@code {}} or 0 stay. */
    NIL,
    /** No omitempty: always written, as Go's zero value when absent. */
    NEVER,
    /** A pointer without omitempty: written as null when absent. */
    NULL,
    /** Never written (e.g. creationTimestamp, which v0.34 marks omitzero). */
    ALWAYS
  }

  /** A string. */
  record Str() implements GoType {}

  /** Any Go integer type. */
  record Int() implements GoType {}

  /** A bool. */
  record Bool() implements GoType {}

  /** A resource.Quantity, written in canonical form. */
  record Qty() implements GoType {}

  /** An intstr.IntOrString: a number stays a number, a string stays a string. */
  record IntOrString() implements GoType {}

  /** A value this encoder does not model; written with sorted keys. */
  record Raw() implements GoType {}

  /** A slice of {@code element}. */
  record ListOf(GoType element) implements GoType {}

  /** A map with string keys (written in sorted key order). */
  record MapOf(GoType element) implements GoType {}

  /** A struct, looked up by name in the schema. */
  record Struct(String name) implements GoType {}

  /** One field of a struct, in declaration order. */
  record Field(String json, GoType type, Omit omit) {}

  /** A struct's fields in declaration order (inlined structs already flattened). */
  record StructDef(String name, List<Field> fields) {}

  GoType STR = new Str();
  GoType INT = new Int();
  GoType BOOL = new Bool();
  GoType QTY = new Qty();
  GoType IOS = new IntOrString();
  GoType RAW = new Raw();

  static GoType list(GoType element) {
    return new ListOf(element);
  }

  static GoType map(GoType element) {
    return new MapOf(element);
  }

  static GoType struct(String name) {
    return new Struct(name);
  }
}
