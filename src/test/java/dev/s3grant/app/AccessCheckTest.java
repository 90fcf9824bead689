package dev.s3grant.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.s3grant.analysis.access.AdHocResult;
import dev.s3grant.analysis.access.Caller;
import dev.s3grant.testing.TestDesigns;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessCheckTest {

    private static final String WRITER_SESSION = "arn:aws:sts::111111111111:assumed-role/ecs-cross-account-s3-role/job-1";
    private static final String OBJECT = "arn:aws:s3:::central-ingest-222222222222/incoming/data.json";
    private static final DesignArtifacts ECS_ONLY = GrantDesigner.artifacts(TestDesigns.load("ecs-only"));

    @Test
    void aBareAccountIdIsTheRootOfThatAccountInTheDesignsPartition() {
        Caller caller = AccessCheck.caller("333333333333", ECS_ONLY.design());

        assertThat(caller.kind()).isEqualTo(Caller.Kind.ACCOUNT_ROOT);
        assertThat(caller.arn()).isEqualTo("arn:" + ECS_ONLY.design().partition().id() + ":iam::333333333333:root");
    }

    @Test
    void textThatNamesNoPrincipalIsRefused() {
        assertThatThrownBy(() -> AccessCheck.caller("nobody", ECS_ONLY.design()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWritersSessionMayPutWithTheContextItGivesAndAnotherAccountMayNot() {
        Map<String, List<String>> encrypted = Map.of("s3:x-amz-server-side-encryption", List.of("AES256"));
        AdHocResult writer = AccessCheck.evaluate(ECS_ONLY, AccessCheck.caller(WRITER_SESSION, ECS_ONLY.design()),
                "s3:PutObject", OBJECT, encrypted);
        AdHocResult outsider = AccessCheck.evaluate(ECS_ONLY, AccessCheck.caller("333333333333", ECS_ONLY.design()),
                "s3:PutObject", OBJECT, encrypted);

        assertThat(writer.evaluation().decision().allowed()).isTrue();
        assertThat(writer.request().context().values("s3:x-amz-server-side-encryption")).contains(List.of("AES256"));
        assertThat(outsider.evaluation().decision().allowed()).isFalse();
    }
}
