package dev.s3grant.map;

import dev.s3grant.document.BlockRole;
import dev.s3grant.model.Design;
import dev.s3grant.model.Encryption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The bucket owner's account: the bucket with its prefixes and, under SSE-KMS, the key. */
final class OwnerNodes {

    static final String OWNER = "owner";
    static final String BUCKET = "owner/bucket";
    static final String KEY = "owner/key";
    static final String PREFIX = "owner/bucket/prefix/";

    private OwnerNodes() {
    }

    /** The prefixes of the bucket, each once, sorted; empty when writers may put anywhere in it. */
    static List<String> prefixes(Design design) {
        return design.bucket().keyPrefixes().stream().distinct().sorted().toList();
    }

    /** The box a put under {@code prefix} reaches: the prefix's box, or the bucket's without prefixes. */
    static String putTarget(Design design, String prefix) {
        return prefixes(design).isEmpty() ? BUCKET : PREFIX + prefix;
    }

    static MapNode of(Design design, MapTexts texts, MapTargets targets, List<ElementTarget> prefixTargets) {
        List<MapNode> bucketChildren = new ArrayList<>();
        for (String prefix : prefixes(design)) {
            bucketChildren.add(MapNode.leaf(PREFIX + prefix, BoxKind.PREFIX, texts.prefix(prefix), List.of(),
                    prefixTargets));
        }
        OptionalInt owner = OptionalInt.empty();
        List<ElementTarget> bucketTargets = MapTargets.concat(targets.blocks(BlockRole.BUCKET, owner),
                targets.blocks(BlockRole.BUCKET_POLICY, owner));
        MapNode bucket = new MapNode(BUCKET, BoxKind.BUCKET, texts.bucket(design.bucket().name()),
                design.bucket().manage() ? List.of() : List.of(texts.bucketExisting()), bucketTargets,
                MapMark.NONE, bucketChildren);
        List<MapNode> children = new ArrayList<>(List.of(bucket));
        key(design, texts, targets).ifPresent(children::add);
        return new MapNode(OWNER, BoxKind.OWNER_ACCOUNT, texts.ownerAccount(design.bucketOwner().alias()),
                List.of(design.bucketOwner().accountId()), List.of(), MapMark.NONE, children);
    }

    private static Optional<MapNode> key(Design design, MapTexts texts, MapTargets targets) {
        Encryption encryption = design.bucket().encryption();
        if (!encryption.isKms()) {
            return Optional.empty();
        }
        boolean created = encryption.manageKey() && design.bucket().manage();
        String line = created ? texts.keyCreated() : keyId(encryption.kmsKeyArn());
        OptionalInt owner = OptionalInt.empty();
        List<ElementTarget> keyTargets = MapTargets.concat(targets.blocks(BlockRole.KMS_KEY, owner),
                targets.blocks(BlockRole.KEY_POLICY_DOCUMENT, owner));
        return Optional.of(MapNode.leaf(KEY, BoxKind.KEY, texts.key(), line.isEmpty() ? List.of() : List.of(line),
                keyTargets));
    }

    /** {@code key/1234…} of a key ARN: the part a reader recognises. */
    static String keyId(String arn) {
        int colon = arn.lastIndexOf(':');
        return colon < 0 ? arn : arn.substring(colon + 1);
    }
}
