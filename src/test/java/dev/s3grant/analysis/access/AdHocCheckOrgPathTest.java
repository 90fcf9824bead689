package dev.s3grant.analysis.access;

import static dev.s3grant.analysis.access.AdHocCheckTest.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.Design;
import dev.s3grant.testing.TestDesigns;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ad hoc check of a design by OU (decision 0052): a writer account is in the OU unless the user says otherwise. */
class AdHocCheckOrgPathTest {

    private static final Design BY_OU = TestDesigns.load("shared-role-ou");
    private static final String OBJECT = "arn:aws:s3:::central-ingest-222222222222/incoming/x.json";
    private static final String WRITER = "arn:aws:sts::333333333333:assumed-role/ingest-writer/job-7";

    @Test
    void aWritersSessionCarriesTheOuPathAndIsAllowed() {
        AdHocResult r = check(BY_OU, WRITER, "s3:PutObject", OBJECT, Map.of());

        assertThat(r.request().context().values("aws:PrincipalOrgPaths")).contains(List.of("o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/"));
        assertThat(r.evaluation().decision()).isEqualTo(Decision.ALLOW);
    }

    @Test
    void theSameWriterMovedOutOfTheOuIsDenied() {
        AdHocResult r = check(BY_OU, WRITER, "s3:PutObject", OBJECT,
                Map.of("aws:PrincipalOrgPaths", List.of("o-a1b2c3d4e5/r-ab12/ou-ab12-99999999/")));

        assertThat(r.evaluation().decision()).isEqualTo(Decision.IMPLICIT_DENY);
    }
}
