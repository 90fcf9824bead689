package dev.s3grant.explain;

import dev.s3grant.model.Design;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.SharedRoleGroup;
import dev.s3grant.policy.Sids;
import dev.s3grant.policy.WriterPolicies;
import dev.s3grant.terraform.TerraformNames;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The writers of a design as the explanations look them up: by alias, by the statement IDs the
 * bucket and key policies give them, with their policies and their Terraform addresses. Made once
 * per explanation, so that each look-up takes the same time whatever the number of writers. Where
 * writers share an alias, a statement ID or all their values, the first of them is found.
 */
final class WriterIndex {

    private final TerraformNames names;
    private final Map<String, Writer> byAlias = new HashMap<>();
    private final Map<String, Writer> byBucketSid = new HashMap<>();
    private final Map<String, Writer> byKeySid = new HashMap<>();
    private final Map<Writer, Integer> positions = new HashMap<>();
    private final Map<String, WriterPolicies> policiesByAlias = new HashMap<>();

    WriterIndex(Design design, GeneratedPolicies policies) {
        this(design, policies, new TerraformNames(design));
    }

    /**
     * The writers of the shared writer file: {@code file}'s one writer, named as that file names it
     * ({@code aws_iam_role.writer}), with the policies of the design's first writer.
     */
    static WriterIndex sharedWriter(Design design, GeneratedPolicies policies, Writer writer) {
        Design one = design.withWriters(List.of(writer));
        return new WriterIndex(one, policies, TerraformNames.sharedWriter(one));
    }

    private WriterIndex(Design design, GeneratedPolicies policies, TerraformNames names) {
        this.names = names;
        List<Writer> writers = design.writers();
        for (int i = 0; i < writers.size(); i++) {
            Writer w = writers.get(i);
            byAlias.putIfAbsent(w.alias(), w);
            byBucketSid.putIfAbsent(Sids.allowPutFrom(w.alias()), w);
            byBucketSid.putIfAbsent(Sids.allowUploadCleanupFrom(w.alias()), w);
            byBucketSid.putIfAbsent(Sids.allowServiceBucketActionsFrom(w.alias()), w);
            byBucketSid.putIfAbsent(Sids.allowServiceObjectActionsFrom(w.alias()), w);
            byKeySid.putIfAbsent(Sids.allowKeyUseFrom(w.alias()), w);
            positions.putIfAbsent(w, i);
        }
        if (design.options().principalStyle() == PrincipalStyle.SHARED_ROLE) {
            for (SharedRoleGroup group : SharedRoleGroup.of(design)) {
                byBucketSid.putIfAbsent(Sids.allowPutFromGroup(group), group.first());
                byBucketSid.putIfAbsent(Sids.allowUploadCleanupFromGroup(group), group.first());
                byKeySid.putIfAbsent(Sids.allowKeyUseFromGroup(group), group.first());
            }
        }
        policies.writers().forEach(p -> policiesByAlias.putIfAbsent(p.alias(), p));
    }

    /** The writer with this alias, or null. */
    Writer byAlias(String alias) {
        return byAlias.get(alias);
    }

    /** The writer whose put or upload-cleanup statement of the bucket policy has this Sid, or null. */
    Writer byBucketSid(String sid) {
        return byBucketSid.get(sid);
    }

    /** The writer whose statement of the key policy has this Sid, or null. */
    Writer byKeySid(String sid) {
        return byKeySid.get(sid);
    }

    /** The trust and role policies generated for the writer. */
    WriterPolicies policies(Writer writer) {
        WriterPolicies p = policiesByAlias.get(writer.alias());
        if (p == null) {
            throw new NoSuchElementException("no policies for writer " + writer.alias());
        }
        return p;
    }

    /** {@code aws_iam_role.writer_<a>} of the writer. */
    String roleAddress(Writer writer) {
        return names.writerRoleAddress(positions.get(writer));
    }

    /** {@code aws_iam_instance_profile.writer_<a>} of the writer. */
    String instanceProfileAddress(Writer writer) {
        return names.writerInstanceProfileAddress(positions.get(writer));
    }

    /** {@code aws_iam_role_policy.writer_<a>} of the writer. */
    String rolePolicyAddress(Writer writer) {
        return names.writerRolePolicyAddress(positions.get(writer));
    }
}
