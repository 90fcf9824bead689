package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.findings.Validation.findings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.s3grant.analysis.Finding;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.model.Principals;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.model.WriterFiles;
import dev.s3grant.testing.TestDesigns;
import dev.s3grant.text.Localizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class WriterFileRulesTest {

    private static Design shared(Design d) {
        return d.withOptions(d.options().withWriterFiles(WriterFiles.SHARED));
    }

    @Test
    void writersThatShareTheirRoleRaiseNothing() {
        assertThat(findings(TestDesigns.load("shared-writer"), WriterFileRules.WRITER_DIFFERS)).isEmpty();
    }

    @Test
    void eachWriterThatDiffersFromTheFirstIsAnErrorAtItsFirstDifferingField() {
        List<Finding> found = findings(shared(TestDesigns.load("three-writers")), WriterFileRules.WRITER_DIFFERS);

        assertThat(found).extracting(f -> f.location().text(), f -> f.message().args()).containsExactly(
                tuple("writers[1].allowPutObjectTagging", List.of("A2", "A", "allowPutObjectTagging", "true", "false")),
                tuple("writers[2].roleName", List.of("Analytics", "A", "roleName", "etl-job-role", "ingest-writer")));
    }

    @Test
    void theMessageSaysWhichWriterDiffersAndWhatToDo() {
        Finding f = findings(shared(TestDesigns.load("three-writers")), WriterFileRules.WRITER_DIFFERS).get(1);

        assertThat(Localizer.of(Language.EN).render(f.message())).isEqualTo(
                "Writer Analytics differs from writer A, from which the shared writer file is written: its roleName is"
                        + " etl-job-role, not ingest-writer. The shared file creates the same role in every writer account,"
                        + " so account Analytics would get the role of writer A. Give writer Analytics the same roleName, or set"
                        + " Writer files to one file per account.");
        assertThat(Localizer.of(Language.JA).render(f.message())).startsWith(
                "書き込み元 Analytics は、共有の書き込み元ファイルの基になる書き込み元 A と異なります。roleName が ingest-writer ではなく etl-job-role です。");
    }

    @Test
    void servicesCountAsTheSameWhenTheTrustPolicyNamesTheSamePrincipals() {
        Design d = shared(Validation.withMoreWriters(w -> w.withAlias("A2").withAccountId("333333333333")
                .withPrincipals(new Principals(PrincipalMode.SERVICES, List.of("ecs-tasks.amazonaws.com")))));

        assertThat(findings(d, WriterFileRules.WRITER_DIFFERS)).isEmpty();
    }

    @Test
    void aFilePerAccountLetsWritersDiffer() {
        assertThat(findings(TestDesigns.load("three-writers"), WriterFileRules.WRITER_DIFFERS)).isEmpty();
    }
}
