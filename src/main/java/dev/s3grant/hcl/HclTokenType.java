package dev.s3grant.hcl;

/** Kinds of tokens of HashiCorp's native syntax, after hclsyntax's scanner. */
public enum HclTokenType {
    IDENT,
    NUMBER,
    /** {@code "} opening a quoted template. */
    OPEN_QUOTE,
    /** {@code "} closing a quoted template; zero-width when the string was left unterminated. */
    CLOSE_QUOTE,
    /** Raw text inside a quoted template, escapes not yet processed. */
    QUOTED_LITERAL,
    /** {@code <<EOT} or {@code <<-EOT}, including the line break after the marker. */
    OPEN_HEREDOC,
    /** The closing marker line of a heredoc, without its line break; zero-width when missing. */
    CLOSE_HEREDOC,
    /** Raw text of a heredoc; one token never spans past a line break. */
    HEREDOC_LITERAL,
    /** {@code ${} or <code>${~</code>. */
    TEMPLATE_INTERPOLATION,
    /** {@code %{} or {@code %{~}. */
    TEMPLATE_DIRECTIVE,
    /** <code>}</code> or <code>~}</code> ending an interpolation or directive. */
    TEMPLATE_SEQUENCE_END,
    LEFT_BRACE,
    RIGHT_BRACE,
    LEFT_BRACKET,
    RIGHT_BRACKET,
    LEFT_PAREN,
    RIGHT_PAREN,
    COMMA,
    DOT,
    ELLIPSIS,
    COLON,
    DOUBLE_COLON,
    QUESTION,
    /** {@code =} */
    ASSIGN,
    /** {@code =>} */
    FAT_ARROW,
    PLUS,
    MINUS,
    STAR,
    SLASH,
    PERCENT,
    AND,
    OR,
    BANG,
    EQUAL,
    NOT_EQUAL,
    LESS,
    LESS_EQUAL,
    GREATER,
    GREATER_EQUAL,
    NEWLINE,
    /** {@code # ...}, {@code // ...} (without the line break) or {@code /* ... *}{@code /}. */
    COMMENT,
    /** Characters that start no token. */
    INVALID,
    EOF
}
