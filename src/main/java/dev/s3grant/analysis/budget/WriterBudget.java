package dev.s3grant.analysis.budget;

import dev.s3grant.model.Design;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.ExistingMerge;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How many more writers fit in one principal style: the bucket policy (and under SSE-KMS the key policy) measured
 * as AWS counts it, in the design as it is and with one more writer like its last, so that the growth per writer
 * is measured, not guessed (docs/decisions/0043-shared-role-principal-style.md). The tighter of the two
 * documents decides.
 *
 * @param bucketPolicyBytes the bucket policy's size in this style, minified as S3 counts it
 * <p>A document that does not grow with the writers (the shared-role style limited to an organizational unit,
 * docs/decisions/0052-writers-by-organizational-unit.md) has no such number: {@link #growsWithWriters()} is false and
 * {@code moreWriters} is {@link #UNLIMITED} while the document is within its limit.
 *
 * @param bytesPerWriter    what one more writer adds to the document that decides; 0 when neither document grows
 * @param moreWriters       how many more writers fit before that document reaches its limit; 0 when it is over,
 *                          {@link #UNLIMITED} when no document grows with the writers
 */
public record WriterBudget(PrincipalStyle style, int bucketPolicyBytes, int bytesPerWriter, int moreWriters) {

    /** {@code moreWriters} of a design whose documents do not grow with the writers, within their limits. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public WriterBudget {
        Objects.requireNonNull(style, "style");
    }

    /** False when one more writer adds nothing to the policies, so that any number of writers fits. */
    public boolean growsWithWriters() {
        return bytesPerWriter > 0;
    }

    /** The budget of each principal style, in the enum's order; empty for a design without writers. */
    public static List<WriterBudget> of(Design design) {
        List<WriterBudget> out = new ArrayList<>();
        for (PrincipalStyle style : PrincipalStyle.values()) {
            of(design, style).ifPresent(out::add);
        }
        return out;
    }

    /** The budget of one principal style; empty for a design without writers. */
    public static Optional<WriterBudget> of(Design design, PrincipalStyle style) {
        if (design.writers().isEmpty()) {
            return Optional.empty();
        }
        Design now = design.withOptions(design.options().withPrincipalStyle(style));
        return of(now, ExistingMerge.bucket(now).document(),
                now.bucket().encryption().isKms() ? Optional.of(ExistingMerge.key(now).document()) : Optional.empty());
    }

    /**
     * The budget of the design's own principal style, from its bucket policy and (under SSE-KMS) key policy as
     * already generated: only the design with one more writer is generated here. Empty for a design without writers.
     */
    public static Optional<WriterBudget> of(Design design, PolicyDocument bucketPolicy, Optional<PolicyDocument> keyPolicy) {
        if (design.writers().isEmpty()) {
            return Optional.empty();
        }
        Design grown = design.withWriters(withOneMore(design.writers()));
        int bucketNow = bytes(bucketPolicy);
        int bucketGrown = bytes(ExistingMerge.bucket(grown).document());
        int perWriter = Math.max(0, bucketGrown - bucketNow);
        int more = fitting(DocumentKind.BUCKET_POLICY.limit(), bucketNow, perWriter);
        if (design.bucket().encryption().isKms()) {
            int keyNow = bytes(keyPolicy.orElseThrow(() -> new IllegalArgumentException("SSE-KMS without a key policy")));
            int keyPerWriter = Math.max(0, bytes(ExistingMerge.key(grown).document()) - keyNow);
            int keyMore = fitting(DocumentKind.KEY_POLICY.limit(), keyNow, keyPerWriter);
            if (keyMore < more) {
                more = keyMore;
                perWriter = keyPerWriter;
            }
        }
        return Optional.of(new WriterBudget(design.options().principalStyle(), bucketNow, perWriter, more));
    }

    private static int fitting(int limit, int used, int perWriter) {
        if (used >= limit) {
            return 0;
        }
        return perWriter == 0 ? UNLIMITED : (limit - used) / perWriter;
    }

    private static int bytes(PolicyDocument document) {
        return PolicyJson.writeMinified(document).getBytes(StandardCharsets.UTF_8).length;
    }

    /** The writers and one more like the last, in an account and with an alias none of them has. */
    static List<Writer> withOneMore(List<Writer> writers) {
        Set<String> accounts = new HashSet<>();
        Set<String> aliases = new HashSet<>();
        writers.forEach(w -> {
            accounts.add(w.accountId());
            aliases.add(w.alias());
        });
        Writer last = writers.get(writers.size() - 1);
        long account = 999_999_999_999L;
        while (accounts.contains(Long.toString(account))) {
            account--;
        }
        String alias = "Budget";
        for (int i = 2; aliases.contains(alias); i++) {
            alias = "Budget" + i;
        }
        List<Writer> out = new ArrayList<>(writers);
        out.add(last.withAlias(alias).withAccountId(Long.toString(account)));
        return out;
    }
}
