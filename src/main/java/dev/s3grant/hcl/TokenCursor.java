package dev.s3grant.hcl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Walks the tokens for the parser. Comments are left out. Line breaks are significant in bodies
 * and object constructors but skipped inside parentheses, brackets and template sequences, as in
 * hclsyntax; callers push the mode when they open such a group.
 *
 * <p>For recovery, a top-level block header in column 1 (see {@link RecoveryAnchors}) looks like
 * the end of input to everything but the top-level body, so an unclosed block cannot swallow the
 * blocks after it. Nesting is limited so that hostile input cannot overflow the stack.
 */
final class TokenCursor {

    static final int MAX_NESTING = 100;

    private static final Set<HclTokenType> OPENERS = EnumSet.of(
            HclTokenType.LEFT_BRACE, HclTokenType.LEFT_BRACKET, HclTokenType.LEFT_PAREN,
            HclTokenType.OPEN_QUOTE, HclTokenType.OPEN_HEREDOC,
            HclTokenType.TEMPLATE_INTERPOLATION, HclTokenType.TEMPLATE_DIRECTIVE);
    private static final Set<HclTokenType> CLOSERS = EnumSet.of(
            HclTokenType.RIGHT_BRACE, HclTokenType.RIGHT_BRACKET, HclTokenType.RIGHT_PAREN,
            HclTokenType.CLOSE_QUOTE, HclTokenType.CLOSE_HEREDOC, HclTokenType.TEMPLATE_SEQUENCE_END);

    private final List<HclToken> tokens;
    private final boolean[] anchors;
    private final Deque<Boolean> newlinesSignificant = new ArrayDeque<>();
    private int pos;
    private int nesting;
    private HclToken lastConsumed;

    TokenCursor(List<HclToken> allTokens) {
        List<HclToken> significant = new ArrayList<>(allTokens.size());
        for (HclToken t : allTokens) {
            if (t.type() != HclTokenType.COMMENT) {
                significant.add(t);
            }
        }
        this.tokens = significant;
        this.anchors = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            anchors[i] = RecoveryAnchors.isBlockHeader(tokens, i);
        }
        this.lastConsumed = tokens.get(0);
        newlinesSignificant.push(true);
    }

    // ---- reading ------------------------------------------------------------------------------

    /** The next token, skipping line breaks where they are not significant. */
    HclToken peek() {
        return at(skipInsignificant(pos), true);
    }

    HclToken next() {
        return consume(skipInsignificant(pos), true);
    }

    /** The token after {@link #peek()}, by the same rules (ignoring recovery anchors). */
    HclToken peekSecond() {
        int first = skipInsignificant(pos);
        if (tokens.get(first).type() == HclTokenType.EOF) {
            return tokens.get(first);
        }
        return tokens.get(skipInsignificant(first + 1));
    }

    /** The next token, line breaks included. */
    HclToken peekRaw() {
        return at(pos, true);
    }

    HclToken nextRaw() {
        return consume(pos, true);
    }

    /** Like {@link #peekRaw()}, but a recovery anchor is returned as itself: for the top-level body. */
    HclToken peekRawAtTopLevel() {
        return at(pos, false);
    }

    HclToken nextRawAtTopLevel() {
        return consume(pos, false);
    }

    /** The last token consumed, for end positions. */
    HclToken lastConsumed() {
        return lastConsumed;
    }

    // ---- modes --------------------------------------------------------------------------------

    void pushNewlines(boolean significant) {
        newlinesSignificant.push(significant);
    }

    void popNewlines() {
        if (newlinesSignificant.size() > 1) {
            newlinesSignificant.pop();
        }
    }

    /** Enters one level of nesting; false (and no level entered) when the input nests too deeply. */
    boolean enter() {
        if (nesting >= MAX_NESTING) {
            return false;
        }
        nesting++;
        return true;
    }

    void exit() {
        nesting--;
    }

    // ---- recovery -----------------------------------------------------------------------------

    /**
     * Skips tokens until one of {@code stops} outside any group opened while skipping, and leaves
     * it unread. End of input and recovery anchors also stop the skip. A closing token of a group
     * opened before the skip stops it too, unless {@code consumeStrayClosers}.
     */
    void skipTo(Set<HclTokenType> stops, boolean consumeStrayClosers) {
        int depth = 0;
        while (true) {
            HclToken token = peekRaw();
            HclTokenType type = token.type();
            if (type == HclTokenType.EOF) {
                return;
            }
            if (depth == 0 && stops.contains(type)) {
                return;
            }
            if (OPENERS.contains(type)) {
                depth++;
            } else if (CLOSERS.contains(type)) {
                if (depth > 0) {
                    depth--;
                } else if (!consumeStrayClosers) {
                    return;
                }
            }
            nextRaw();
        }
    }

    static boolean isCloser(HclTokenType type) {
        return CLOSERS.contains(type);
    }

    // ---- internals ----------------------------------------------------------------------------

    private int skipInsignificant(int from) {
        int i = from;
        if (!newlinesSignificant.peek()) {
            while (tokens.get(i).type() == HclTokenType.NEWLINE) {
                i++;
            }
        }
        return i;
    }

    private HclToken at(int index, boolean honourAnchors) {
        HclToken token = tokens.get(index);
        if (honourAnchors && anchors[index]) {
            Range point = token.range().startPoint();
            return new HclToken(HclTokenType.EOF, "", point);
        }
        return token;
    }

    private HclToken consume(int index, boolean honourAnchors) {
        HclToken token = at(index, honourAnchors);
        if (token.type() == HclTokenType.EOF) {
            pos = index;
            return token;
        }
        pos = index + 1;
        if (token.type() != HclTokenType.NEWLINE) {
            lastConsumed = token;
        }
        return token;
    }
}
