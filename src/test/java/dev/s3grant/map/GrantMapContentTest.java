package dev.s3grant.map;

import static dev.s3grant.map.MapFixtures.map;
import static dev.s3grant.map.MapFixtures.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.access.AccessMatrix;
import dev.s3grant.analysis.access.AccessRow;
import dev.s3grant.app.DesignStore;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.testing.TestDesigns;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrantMapContentTest {

    @Test
    void exampleShowsTheOrganizationTheWriterWithItsServiceAndRoleAndTheBucketWithItsPrefix() {
        GrantMap map = map(DesignStore.example());

        assertThat(map.boxes()).extracting(MapBox::id, MapBox::kind, MapBox::parent, MapBox::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("organization", BoxKind.ORGANIZATION, "", "Organization o-a1b2c3d4e5"),
                org.assertj.core.groups.Tuple.tuple("writer/A", BoxKind.WRITER_ACCOUNT, "organization", "Writer account A"),
                org.assertj.core.groups.Tuple.tuple("writer/A/service/ecs-tasks.amazonaws.com", BoxKind.SERVICE, "writer/A",
                        "ecs-tasks.amazonaws.com"),
                org.assertj.core.groups.Tuple.tuple("writer/A/role", BoxKind.ROLE, "writer/A", "Role ecs-cross-account-s3-role"),
                org.assertj.core.groups.Tuple.tuple("owner", BoxKind.OWNER_ACCOUNT, "organization", "Bucket owner B"),
                org.assertj.core.groups.Tuple.tuple("owner/bucket", BoxKind.BUCKET, "owner", "Bucket central-ingest-222222222222"),
                org.assertj.core.groups.Tuple.tuple("owner/bucket/prefix/incoming/", BoxKind.PREFIX, "owner/bucket",
                        "Prefix incoming/"));
        assertThat(map.arrows()).extracting(MapArrow::id, MapArrow::kind, MapArrow::from, MapArrow::to, MapArrow::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("assume/writer/A/ecs-tasks.amazonaws.com", ArrowKind.ASSUME_ROLE,
                                "writer/A/service/ecs-tasks.amazonaws.com", "writer/A/role", ArrowStatus.ALLOWED_AS_INTENDED),
                        org.assertj.core.groups.Tuple.tuple("put/writer/A/incoming/", ArrowKind.PUT_OBJECT, "writer/A/role",
                                "owner/bucket/prefix/incoming/", ArrowStatus.ALLOWED_AS_INTENDED));
    }

    @Test
    void eachArrowIsLabelledWithTheStatementsThatAllowItAndPointsAtThem() {
        GrantMap map = map(DesignStore.example());

        MapArrow put = map.arrow("put/writer/A/incoming/").orElseThrow();
        assertThat(put.allowedBy()).containsExactly(
                new ElementTarget("policies/A-role-policy.json", "AllowPutObjects"),
                new ElementTarget("policies/bucket-policy.json", "AllowPutFromA"));
        assertThat(put.label()).isEqualTo("s3:PutObject (AllowPutObjects, AllowPutFromA)");
        MapArrow assume = map.arrow("assume/writer/A/ecs-tasks.amazonaws.com").orElseThrow();
        assertThat(assume.allowedBy()).containsExactly(new ElementTarget("policies/A-trust-policy.json", "TrustEcs"));
        assertThat(assume.label()).isEqualTo("sts:AssumeRole (TrustEcs)");
    }

    @Test
    void underSseKmsTheOwnerHoldsTheKeyAndEachRoleHasAKmsArrowToIt() {
        MapSource source = source(TestDesigns.load("kms-existing-key"));
        GrantMap map = GrantMaps.of(source, Language.EN);

        MapBox key = map.box("owner/key").orElseThrow();
        assertThat(key.kind()).isEqualTo(BoxKind.KEY);
        assertThat(key.parent()).isEqualTo("owner");
        assertThat(key.lines()).containsExactly("key/1234abcd-12ab-34cd-56ef-1234567890ab");
        MapArrow kms = map.arrows().stream().filter(a -> a.kind() == ArrowKind.KMS).findFirst().orElseThrow();
        assertThat(kms.from()).isEqualTo("writer/A/role");
        assertThat(kms.to()).isEqualTo("owner/key");
        assertThat(kms.status()).isEqualTo(ArrowStatus.ALLOWED_AS_INTENDED);
        assertThat(kms.allowedBy()).isNotEmpty().allSatisfy(t -> assertThat(MapFixtures.exists(t, source.files())).isTrue());
        assertThat(kms.label()).startsWith("kms:Decrypt, kms:GenerateDataKey (");
    }

    @Test
    void japaneseTitlesComeFromTheJapaneseBundle() {
        GrantMap map = GrantMaps.of(source(DesignStore.example()), Language.JA);

        assertThat(map.box("writer/A").orElseThrow().title()).isEqualTo("書き込み元アカウント A");
        assertThat(map.box("owner").orElseThrow().title()).isEqualTo("バケット所有者 B");
        assertThat(map.box("writer/A/service/ecs-tasks.amazonaws.com").orElseThrow().lines())
                .containsExactly("サービスプリンシパル");
    }

    @Test
    void principalsOfTheExistingBucketPolicyAreForeignBoxesPointingAtTheirStatements() {
        MapSource source = source(TestDesigns.load("existing-policies"));
        GrantMap map = GrantMaps.of(source, Language.EN);

        List<MapBox> foreign = map.boxes().stream().filter(b -> b.kind() == BoxKind.FOREIGN_PRINCIPAL).toList();
        assertThat(foreign).extracting(MapBox::title).containsExactly("cloudfront.amazonaws.com", "logging.s3.amazonaws.com");
        assertThat(foreign).allSatisfy(b -> {
            assertThat(b.mark()).isEqualTo(MapMark.FOREIGN);
            assertThat(b.parent()).isEmpty();
            assertThat(b.targets()).isNotEmpty().allSatisfy(t -> {
                assertThat(MapFixtures.exists(t, source.files())).isTrue();
            });
        });
        assertThat(foreign.get(0).targets()).containsExactly(
                new ElementTarget("policies/bucket-policy.json", "AllowCloudFrontRead"));
        // the statement that names the log delivery service has no Sid: its bucket policy resource stands for it
        assertThat(foreign.get(1).targets()).containsExactly(
                new ElementTarget("account_B.tf", "aws_s3_bucket_policy.main"));
    }

    @Test
    void aPutThatAnExistingDenyStopsIsNotAsIntendedWhileTheRoleAssumptionStaysAllowed() {
        Design design = TestDesigns.load("existing-policies");
        String deny = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"FreezeBucket\",\"Effect\":\"Deny\","
                + "\"Principal\":\"*\",\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::existing-logs-222222222222/*\"}]}";
        GrantMap map = map(design.withExisting(design.existing().withBucketPolicy(deny)));

        assertThat(map.arrow("put/writer/A/incoming/").orElseThrow().status()).isEqualTo(ArrowStatus.NOT_AS_INTENDED);
        assertThat(map.arrow("put/writer/A/incoming/").orElseThrow().label()).isEqualTo("s3:PutObject (no statement allows it)");
        assertThat(map.arrow("assume/writer/A/ecs-tasks.amazonaws.com").orElseThrow().status())
                .isEqualTo(ArrowStatus.ALLOWED_AS_INTENDED);
        assertThat(map.boxes()).noneMatch(b -> b.kind() == BoxKind.FOREIGN_PRINCIPAL);
    }

    @Test
    void rowsThatAreAllMeantToBeDeniedAndAreGiveDeniedAsIntended() {
        AccessMatrix matrix = source(DesignStore.example()).matrix();
        List<AccessRow> denied = matrix.rows().stream()
                .filter(r -> r.matches() && !r.actual().decision().allowed()).toList();
        List<AccessRow> allowed = matrix.rows().stream().filter(r -> r.matches() && r.actual().decision().allowed()).toList();

        assertThat(denied).isNotEmpty();
        assertThat(ArrowRows.status(denied)).isEqualTo(ArrowStatus.DENIED_AS_INTENDED);
        assertThat(ArrowRows.status(allowed)).isEqualTo(ArrowStatus.ALLOWED_AS_INTENDED);
        assertThat(ArrowRows.worst(List.of(ArrowStatus.DENIED_AS_INTENDED, ArrowStatus.NOT_AS_INTENDED)))
                .isEqualTo(ArrowStatus.NOT_AS_INTENDED);
    }

    @Test
    void upToTwelveWritersAreDrawnOneByOneBeyondThatInGroupsOfTen() {
        Design example = DesignStore.example();

        GrantMap twelve = map(MapFixtures.withWriters(example, WriterNodes.GROUP_FROM));
        assertThat(twelve.boxes()).filteredOn(b -> b.kind() == BoxKind.WRITER_ACCOUNT).hasSize(12);
        assertThat(twelve.boxes()).noneMatch(b -> b.kind() == BoxKind.WRITER_GROUP);

        GrantMap thirteen = map(MapFixtures.withWriters(example, WriterNodes.GROUP_FROM + 1));
        List<MapBox> groups = thirteen.boxes().stream().filter(b -> b.kind() == BoxKind.WRITER_GROUP).toList();
        assertThat(groups).extracting(MapBox::id, MapBox::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("writers/1", "Writer accounts A1 to A10 (10)"),
                org.assertj.core.groups.Tuple.tuple("writers/2", "Writer accounts A11 to A13 (3)"));
        assertThat(groups.get(1).lines()).isEmpty();
        MapBox roles = thirteen.box("writers/2/roles").orElseThrow();
        assertThat(roles.parent()).isEqualTo("writers/2");
        assertThat(roles.kind()).isEqualTo(BoxKind.ROLE);
        assertThat(roles.title()).isEqualTo("Roles (3)");
        assertThat(roles.lines()).containsExactly(
                "A11  100000000010  ecs-cross-account-s3-role",
                "A12  100000000011  ecs-cross-account-s3-role",
                "A13  100000000012  ecs-cross-account-s3-role");
        MapBox services = thirteen.box("writers/2/services").orElseThrow();
        assertThat(services.parent()).isEqualTo("writers/2");
        assertThat(services.kind()).isEqualTo(BoxKind.SERVICE);
        assertThat(services.title()).isEqualTo("Service principals of each writer");
        assertThat(services.lines()).containsExactly(
                "A11  ecs-tasks.amazonaws.com", "A12  ecs-tasks.amazonaws.com", "A13  ecs-tasks.amazonaws.com");
        assertThat(services.x() + services.width()).as("services left of the roles").isLessThan(roles.x());
        assertThat(thirteen.boxes()).noneMatch(b -> b.kind() == BoxKind.WRITER_ACCOUNT);
        assertThat(thirteen.arrows()).extracting(MapArrow::id).containsExactly(
                "assume/writers/1", "put/writers/1/incoming/", "assume/writers/2", "put/writers/2/incoming/");
        MapArrow assume = thirteen.arrow("assume/writers/2").orElseThrow();
        assertThat(assume.kind()).isEqualTo(ArrowKind.ASSUME_ROLE);
        assertThat(assume.from()).isEqualTo("writers/2/services");
        assertThat(assume.to()).isEqualTo("writers/2/roles");
        assertThat(assume.status()).isEqualTo(ArrowStatus.ALLOWED_AS_INTENDED);
        assertThat(assume.allowedBy()).hasSize(3).allSatisfy(t -> assertThat(t.element()).isEqualTo("TrustEcs"));
        assertThat(assume.label()).as("the Sid the three trust policies share, named once").isEqualTo("sts:AssumeRole (TrustEcs)");
        assertThat(thirteen.arrow("put/writers/1/incoming/").orElseThrow().from()).isEqualTo("writers/1/roles");
        assertThat(thirteen.arrow("put/writers/1/incoming/").orElseThrow().label())
                .isEqualTo("s3:PutObject (20 statements)");
    }

    @Test
    void twoWritersWithOneAliasKeepApartIds() {
        Design example = DesignStore.example();
        Design twice = example.withWriters(List.of(example.writers().get(0), example.writers().get(0).withAccountId("333333333333")));

        assertThat(map(twice).boxes()).extracting(MapBox::id).contains("writer/A", "writer/A#2", "writer/A#2/role");
    }

    @Test
    void withoutPrefixesThePutsReachTheBucketItself() {
        Design example = DesignStore.example();
        GrantMap map = map(example.withBucket(example.bucket().withKeyPrefixes(List.of())));

        assertThat(map.boxes()).noneMatch(b -> b.kind() == BoxKind.PREFIX);
        assertThat(map.arrow("put/writer/A/").orElseThrow().to()).isEqualTo("owner/bucket");
    }
}
