package dev.s3grant.hcl;

/** A parsed expression inside the parser: its value and the offsets of its source text. */
record Expr(HclValue value, int start, int end) {
}
