package dev.s3grant.explain;

import dev.s3grant.model.Design;
import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Message;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.policy.LiteralText;
import dev.s3grant.text.Code;
import dev.s3grant.text.CodeList;
import java.util.ArrayList;
import java.util.List;

/**
 * Notes on the {@code *}, {@code ?} and {@code $} of the design that the policies write as IAM's
 * fixed policy variables <code>${*}</code>, <code>${?}</code> and <code>${$}</code>, so that each
 * stands for itself ({@link LiteralText}).
 */
final class LiteralNotes {

    private static final String PREFIXES = "explain.note.literalPrefixes";
    private static final String ROLE_PATH = "explain.note.literalRolePath";

    private LiteralNotes() {
    }

    /** The prefixes with such a character, next to the way the resources write them; none when there are none. */
    static void addPrefixNote(Design design, List<Message> notes) {
        List<String> literal = design.bucket().keyPrefixes().stream()
                .filter(LiteralText::hasSpecialCharacter).distinct().sorted().toList();
        if (!literal.isEmpty()) {
            notes.add(Message.of(PREFIXES, new CodeList(literal),
                    new CodeList(literal.stream().map(LiteralText::escape).toList())));
        }
    }

    /** The role path with such a character in the {@code aws:PrincipalArn} condition of the statement's writer. */
    static void addRolePathNote(StatementContext ctx, List<Message> notes) {
        String path = ctx.writer().rolePath();
        if (ctx.design().options().principalStyle() == PrincipalStyle.ACCOUNT_WITH_ROLE_CONDITION
                && LiteralText.hasSpecialCharacter(path)) {
            notes.add(Message.of(ROLE_PATH, new Code(path), new Code(LiteralText.escape(path))));
        }
    }

    /** The documentation links, with the page on policy variables added when the notes include one of these. */
    static List<String> withLink(List<Message> notes, List<String> urls) {
        boolean literal = notes.stream().anyMatch(n -> n.key().equals(PREFIXES) || n.key().equals(ROLE_PATH));
        if (!literal || urls.contains(DocLinks.POLICY_VARIABLES)) {
            return urls;
        }
        List<String> all = new ArrayList<>(urls);
        all.add(DocLinks.POLICY_VARIABLES);
        return all;
    }
}
