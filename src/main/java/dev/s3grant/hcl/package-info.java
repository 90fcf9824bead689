/**
 * Reading existing Terraform: a hand-written lexer and block reader for HashiCorp's native syntax,
 * following hclsyntax's {@code spec.md}. Entry points: {@link dev.s3grant.hcl.HclParser#parse(String)}
 * for the tree, {@link dev.s3grant.hcl.HclLexer#lex(String)} for every token including comments.
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>Input is a string only: no network, no file system, no evaluation.</li>
 *   <li>Positions: lines and columns are 1-based, columns count UTF-16 {@code char}s, ends are
 *       exclusive (see {@link dev.s3grant.hcl.Range}).</li>
 *   <li>Errors are collected, never thrown (only {@code null} input throws). Only the first error at
 *       a position is kept, since later ones there are consequences of it.</li>
 *   <li>Recovery: after an error the reader skips to the end of the line, past any brackets opened
 *       on it, and goes on. A top-level Terraform block header in column 1 ({@code resource},
 *       {@code data}, {@code variable}, ...) closes any block left open, and ends an unterminated
 *       heredoc, so later blocks still appear. The native syntax would allow such a line inside a
 *       block; in Terraform files it practically always means a missing '}'.</li>
 *   <li>A quoted string that opens inside an interpolation and runs to the end of the line is read
 *       as the end of the outer string with a missing '}' ({@code "${var.x"}).</li>
 *   <li>Nesting deeper than 100 levels is reported instead of parsed, so hostile input cannot
 *       overflow the stack; everything else is linear in the input.</li>
 *   <li>Values: literals, strings (template parts), tuples, objects, references and function calls
 *       are kept; operators, conditionals, for-expressions and splats are kept as text
 *       ({@link dev.s3grant.hcl.HclOther}); template directives are kept as text.</li>
 * </ul>
 */
package dev.s3grant.hcl;
