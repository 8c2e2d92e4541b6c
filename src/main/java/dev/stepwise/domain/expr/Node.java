package dev.stepwise.domain.expr;

import java.util.List;

/** The syntax tree; {@code pos} is where errors about a node point. */
sealed interface Node {

  /** A constant: nil, bool, int (Long), float (Double) or string. */
  record Lit(Object value) implements Node {}

  /** A variable (env entry, {@code $env}, or a {@code let} name). */
  record Ident(String name, int pos) implements Node {}

  /** {@code #} (name ""), {@code #index} or {@code #acc} inside a closure. */
  record Pointer(String name, int pos) implements Node {}

  record Unary(String op, Node operand, int pos) implements Node {}

  record Binary(String op, Node left, Node right, int pos) implements Node {}

  /** {@code obj.name}, {@code obj?.name} or {@code obj[index]}. */
  record Member(Node obj, Node property, boolean optional, int pos) implements Node {}

  /** {@code obj[from:to]}; a missing bound is null. */
  record Slice(Node obj, Node from, Node to, int pos) implements Node {}

  /** A call of a builtin or of a function found in the env. */
  record Call(String name, List<Node> args, int pos) implements Node {}

  /** {@code obj.Name(args)}: the Go methods of time.Time and time.Duration. */
  record MethodCall(Node obj, String name, List<Node> args, int pos) implements Node {}

  /** A predicate passed to a builtin such as {@code all}; it sees {@code #}. */
  record Closure(Node body) implements Node {}

  record Conditional(Node cond, Node then, Node otherwise, int pos) implements Node {}

  record ArrayLit(List<Node> items) implements Node {}

  record MapLit(List<Node> keys, List<Node> values) implements Node {}

  /** The extent of an optional chain: a nil met by {@code ?.} makes the whole chain nil. */
  record Chain(Node node) implements Node {}

  record Let(String name, Node value, Node body) implements Node {}
}
