package dev.s3grant.ui.map;

import dev.s3grant.app.DesignArtifacts;
import dev.s3grant.map.ArrowKind;
import dev.s3grant.map.ArrowStatus;
import dev.s3grant.map.BoxKind;
import dev.s3grant.map.ElementTarget;
import dev.s3grant.map.GrantMap;
import dev.s3grant.map.MapArrow;
import dev.s3grant.map.MapBox;
import dev.s3grant.map.MapMark;
import dev.s3grant.map.MapPoint;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import java.util.List;

/**
 * A grant map made by hand for the example design's files (one writer, A): the organization
 * holding writer A (its ECS service and role) and the bucket owner (the bucket), an
 * {@code sts:AssumeRole} arrow from the service to the role and an {@code s3:PutObject} arrow from the
 * role to the bucket. The bucket's title is the design's bucket name; the labels follow the language.
 */
public final class HandMadeMaps {

    public static final ElementTarget TRUST = new ElementTarget("policies/A-trust-policy.json", "TrustEcs");
    public static final ElementTarget ROLE_POLICY = new ElementTarget("policies/A-role-policy.json", "AllowPutObjects");
    public static final ElementTarget BUCKET_PUT = new ElementTarget("policies/bucket-policy.json", "AllowPutFromA");
    public static final ElementTarget TLS_DENY = new ElementTarget("policies/bucket-policy.json", "DenyInsecureTransport");

    private HandMadeMaps() {
    }

    public static GrantMap of(DesignArtifacts artifacts, Language language) {
        return of(artifacts.design(), language, ArrowStatus.ALLOWED_AS_INTENDED);
    }

    public static GrantMap of(Design design, Language language, ArrowStatus put) {
        boolean ja = language == Language.JA;
        List<MapBox> boxes = List.of(
                box("organization", BoxKind.ORGANIZATION, "", ja ? "組織 " + design.organizationId() : "Organization "
                        + design.organizationId(), 10, 10, 700, 320, List.of()),
                box("writer:A", BoxKind.WRITER_ACCOUNT, "organization", ja ? "書き込み元 A" : "Writer A", 30, 40, 300, 270, List.of()),
                box("service:A:ecs", BoxKind.SERVICE, "writer:A", "ecs-tasks.amazonaws.com", 50, 220, 260, 60, List.of()),
                box("role:A", BoxKind.ROLE, "writer:A", design.writers().get(0).roleName(), 50, 80, 260, 60, List.of(TRUST)),
                box("owner", BoxKind.OWNER_ACCOUNT, "organization", ja ? "バケット所有者" : "Bucket owner", 390, 40, 300, 270, List.of()),
                box("bucket", BoxKind.BUCKET, "owner", design.bucket().name(), 410, 80, 260, 60, List.of(TLS_DENY)));
        List<MapArrow> arrows = List.of(
                new MapArrow("assume:A:ecs", ArrowKind.ASSUME_ROLE, "service:A:ecs", "role:A",
                        List.of(new MapPoint(180, 220), new MapPoint(180, 140)), "sts:AssumeRole", List.of(TRUST),
                        ArrowStatus.ALLOWED_AS_INTENDED, MapMark.NONE),
                new MapArrow("put:A", ArrowKind.PUT_OBJECT, "role:A", "bucket",
                        List.of(new MapPoint(310, 110), new MapPoint(410, 110)), ja ? "s3:PutObject（書き込み）" : "s3:PutObject",
                        List.of(ROLE_POLICY, BUCKET_PUT), put, MapMark.NONE));
        return new GrantMap(boxes, arrows, 720, 340);
    }

    private static MapBox box(String id, BoxKind kind, String parent, String title, double x, double y, double w, double h,
                              List<ElementTarget> targets) {
        return new MapBox(id, kind, parent, title, List.of(), x, y, w, h, targets, MapMark.NONE);
    }
}
