package dev.s3grant.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location.AccessRowLocation;
import dev.s3grant.analysis.Location.FieldLocation;
import dev.s3grant.analysis.Location.FileElementLocation;
import dev.s3grant.analysis.Location.FileLocation;
import dev.s3grant.analysis.Severity;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.app.OutputFile;
import dev.s3grant.document.ElementKind;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.model.Language;
import dev.s3grant.model.Message;
import dev.s3grant.model.ObjectOwnership;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.policy.PolicyFile;
import dev.s3grant.policy.Statement;
import dev.s3grant.ui.background.SameThreadBackgroundWork;
import dev.s3grant.ui.forms.FieldMark;
import dev.s3grant.ui.forms.WriterModel;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.output.DesignEvaluator;
import dev.s3grant.ui.output.DesignerOutput;
import dev.s3grant.ui.output.FacadeEvaluator;
import dev.s3grant.ui.preview.ElementRef;
import dev.s3grant.ui.preview.PreviewDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Editing, undo and selection in plain JUnit: background work runs on the test thread. */
class DesignerViewModelTest {

    private final List<Finding> extraFindings = new ArrayList<>();

    /** The façade's output, plus findings the test adds (the findings catalogue arrives on its own branch). */
    private final DesignEvaluator evaluator = new DesignEvaluator() {
        private final FacadeEvaluator facade = new FacadeEvaluator();

        @Override
        public DesignerOutput evaluate(Design design) {
            DesignerOutput out = facade.evaluate(design);
            List<Finding> findings = new ArrayList<>(out.findings());
            findings.addAll(extraFindings);
            return new DesignerOutput(out.design(), out.documents(), findings, out.access(), out.explanations());
        }

        @Override
        public Map<String, String> exportFiles(Design design) {
            return facade.exportFiles(design);
        }
    };

    private final DesignerViewModel vm =
            new DesignerViewModel(DesignFiles.example(), evaluator, new SameThreadBackgroundWork(), new UiText(Language.EN));
    private final List<Navigation> navigations = new ArrayList<>();

    {
        vm.navigation().subscribe(navigations::add);
    }

    private String document(String path) {
        return vm.output().document(path).map(PreviewDocument::text).orElseThrow();
    }

    @Test
    void opensOnTheExampleWithEveryGeneratedFileInThePreview() {
        List<OutputFile> files = GrantDesigner.artifacts(DesignFiles.example()).files();
        assertThat(vm.output().documents()).extracting(PreviewDocument::path)
                .containsExactlyElementsOf(files.stream().map(OutputFile::relativePath).toList());
        assertThat(vm.output().documents()).extracting(PreviewDocument::text)
                .containsExactlyElementsOf(files.stream().map(OutputFile::content).toList());
    }

    @Test
    void theAccessCheckOfTheExampleHasEveryRowAsIntended() {
        var matrix = GrantDesigner.artifacts(DesignFiles.example()).accessMatrix();
        assertThat(vm.output().access()).hasSize(matrix.rows().size()).isNotEmpty();
        assertThat(vm.output().mismatches()).isZero();
        assertThat(vm.output().access().get(0).principal()).isEqualTo(matrix.rows().get(0).principal());
        assertThat(vm.output().access()).anySatisfy(r -> {
            assertThat(r.expectedAllowed()).isFalse();
            assertThat(r.actual()).isEqualTo(dev.s3grant.ui.panes.AccessRow.Outcome.EXPLICIT_DENY);
            assertThat(r.decidingStatements()).contains("bucket-policy.json#DenyInsecureTransport");
        });
    }

    @Test
    void everyStatementAndResourceOfThePreviewHasItsExplanationAndTheDesignItsOverview() {
        assertThat(vm.output().overview()).isPresent();
        for (PreviewDocument doc : vm.output().documents()) {
            for (var element : doc.file().elements()) {
                if (element.kind() != ElementKind.STATEMENT && element.kind() != ElementKind.BLOCK) {
                    continue; // variables and values are described in variables.tf itself; conditions with their statement
                }
                assertThat(vm.output().explanation(new ElementRef(PreviewDocument.fileName(doc.path()), element.id())))
                        .as(doc.path() + "#" + element.id()).isPresent();
            }
        }
        var put = vm.output().explanation(new ElementRef("bucket-policy.json", "AllowPutFromA")).orElseThrow();
        assertThat(put.links()).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("https://docs.aws.amazon.com/"));
        assertThat(vm.text().render(put.paragraphs().get(0).texts().get(0))).doesNotContain("`").doesNotContain("!explain");
    }

    @Test
    void anElevenDigitAccountIdRaisesAnErrorOnItsField() {
        vm.forms().writers().get(0).accountId().setValue("11111111111");
        assertThat(vm.output().findings()).anySatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo(new FieldLocation("writers[0].accountId"));
        });
        assertThat(vm.forms().writers().get(0).accountId().markProperty().get().severity()).isEqualTo(Severity.ERROR);
        vm.forms().writers().get(0).accountId().setValue("111111111111");
        assertThat(vm.forms().writers().get(0).accountId().markProperty().get()).isNull();
        assertThat(vm.output().counts().get(Severity.ERROR)).isZero();
    }

    @Test
    void anExistingBucketKeepsItsOwnershipFieldAndClearingTheControlsWarnsOnThatField() {
        vm.forms().bucketManage().setValue(false);
        assertThat(document("account_B.tf")).contains("resource \"aws_s3_bucket_ownership_controls\" \"main\"");
        vm.forms().manageOwnershipControls().setValue(false);
        assertThat(vm.design().bucket().manageOwnershipControls()).isFalse();
        assertThat(document("account_B.tf")).doesNotContain("aws_s3_bucket_ownership_controls");
        assertThat(vm.forms().manageOwnershipControls().markProperty().get().severity()).isEqualTo(Severity.WARNING);
        vm.forms().objectOwnership().setValue(ObjectOwnership.BucketOwnerPreferred);
        assertThat(vm.forms().objectOwnership().markProperty().get().severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void policiesCarryTheirSizeAgainstTheLimit() {
        PreviewDocument bucket = vm.output().document("policies/bucket-policy.json").orElseThrow();
        PolicyFile expected = GrantDesigner.artifacts(DesignFiles.example()).policies().bucketPolicy();
        assertThat(bucket.size()).contains(expected.size());
        assertThat(bucket.title()).isEqualTo("bucket-policy.json");
    }

    @Test
    void changingTheBucketNameUpdatesTheBucketPolicy() {
        vm.forms().bucketName().setValue("other-bucket");
        assertThat(vm.design().bucket().name()).isEqualTo("other-bucket");
        assertThat(document("policies/bucket-policy.json"))
                .contains("arn:aws:s3:::other-bucket/incoming/*")
                .doesNotContain("central-ingest-222222222222");
    }

    @Test
    void typingIntoOneFieldIsUndoneInOneStepAndRedoneAgain() {
        vm.forms().bucketName().setValue("o");
        vm.forms().bucketName().setValue("ot");
        vm.forms().bucketName().setValue("oth");
        vm.undo();
        assertThat(vm.design()).isEqualTo(DesignFiles.example());
        assertThat(vm.forms().bucketName().getValue()).isEqualTo("central-ingest-222222222222");
        assertThat(vm.canUndoProperty().get()).isFalse();
        vm.redo();
        assertThat(vm.forms().bucketName().getValue()).isEqualTo("oth");
        assertThat(document("policies/bucket-policy.json")).contains("arn:aws:s3:::oth/incoming/*");
    }

    @Test
    void switchingToTheServiceListKeepsEcsAndTickingLambdaAddsItWithoutCondition() {
        WriterModel a = vm.forms().writers().get(0);
        a.principalMode().setValue(PrincipalMode.SERVICES);
        assertThat(vm.design().writers().get(0).principals().services()).containsExactly(ServiceCatalog.ECS_TASKS);
        assertThat(a.services().options().get(0).checkedProperty().get()).isTrue();

        a.services().options().stream().filter(o -> o.entry().key().equals("lambda")).findFirst().orElseThrow()
                .checkedProperty().set(true);
        assertThat(vm.design().writers().get(0).principals().services())
                .containsExactly(ServiceCatalog.ECS_TASKS, "lambda.amazonaws.com");
        List<Statement> trust = GrantDesigner.artifacts(vm.design()).policies().writers().get(0).trustPolicy()
                .document().statements();
        Statement lambda = trust.stream().filter(s -> s.principal().services().contains("lambda.amazonaws.com"))
                .findFirst().orElseThrow();
        assertThat(lambda.conditions()).isEmpty();
        Statement ecs = trust.stream().filter(s -> s.principal().services().contains(ServiceCatalog.ECS_TASKS))
                .findFirst().orElseThrow();
        assertThat(ecs.conditions()).isNotEmpty();
        assertThat(document("policies/A-trust-policy.json")).contains("lambda.amazonaws.com", "ecs-tasks.amazonaws.com");
    }

    @Test
    void customServicesAreCheckedAsTheUserTypes() {
        WriterModel a = vm.forms().writers().get(0);
        a.principalMode().setValue(PrincipalMode.SERVICES);
        a.services().custom().setValue("pipes.amazonaws.com, not a service");
        FieldMark mark = a.services().custom().markProperty().get();
        assertThat(mark).isNotNull();
        assertThat(mark.severity()).isEqualTo(Severity.ERROR);
        assertThat(vm.text().render(mark.message())).contains("not, a, service");
        assertThat(a.services().custom().getValue()).isEqualTo("pipes.amazonaws.com, not a service");

        a.services().custom().setValue("pipes.amazonaws.com, ");
        assertThat(a.services().custom().markProperty().get())
                .as("the typing error is gone; the finding about the custom service is on the field it is in")
                .extracting(FieldMark::code).isEqualTo("S3G-048");
        assertThat(a.services().custom().getValue()).as("the field keeps what is typed").isEqualTo("pipes.amazonaws.com, ");
        assertThat(vm.design().writers().get(0).principals().services())
                .containsExactly(ServiceCatalog.ECS_TASKS, "pipes.amazonaws.com");
    }

    @Test
    void writersCanBeAddedDuplicatedAndRemoved() {
        vm.forms().addWriter();
        assertThat(vm.design().writers()).extracting(w -> w.alias()).containsExactly("A", "A2");
        assertThat(vm.forms().writers()).hasSize(2);
        assertThat(vm.output().documents()).extracting(PreviewDocument::path)
                .contains("policies/A2-trust-policy.json", "policies/A2-role-policy.json");
        assertThat(document("policies/bucket-policy.json")).contains("AllowPutFromA2");

        vm.forms().duplicateWriter(0);
        assertThat(vm.design().writers()).extracting(w -> w.alias()).containsExactly("A", "A3", "A2");
        assertThat(vm.design().writers().get(1).accountId()).isEqualTo("111111111111");

        vm.forms().removeWriter(0);
        assertThat(vm.design().writers()).extracting(w -> w.alias()).containsExactly("A3", "A2");
        assertThat(vm.forms().writers().get(0).alias().getValue()).isEqualTo("A3");
        assertThat(vm.output().documents()).extracting(PreviewDocument::path).doesNotContain("policies/A-trust-policy.json");

        vm.undo();
        assertThat(vm.design().writers()).extracting(w -> w.alias()).containsExactly("A", "A3", "A2");
    }

    @Test
    void sseKmsAddsTheKeyPolicyTabAndSseS3RemovesIt() {
        vm.forms().encryptionType().setValue(dev.s3grant.model.EncryptionType.SSE_KMS);
        vm.forms().manageKey().setValue(true);
        assertThat(vm.output().documents()).extracting(PreviewDocument::path).contains("policies/kms-key-policy.json");
        assertThat(vm.output().document("policies/kms-key-policy.json").orElseThrow().size()).isPresent();
        assertThat(document("account_B.tf")).contains("resource \"aws_kms_key\" \"main\"");
        vm.forms().encryptionType().setValue(dev.s3grant.model.EncryptionType.SSE_S3);
        assertThat(vm.output().documents()).extracting(PreviewDocument::path).doesNotContain("policies/kms-key-policy.json");
    }

    @Test
    void keyPrefixesCanBeAddedEditedAndRemoved() {
        vm.forms().prefixes().add();
        vm.forms().prefixes().rows().get(1).setValue("archive/");
        assertThat(vm.design().bucket().keyPrefixes()).containsExactly("incoming/", "archive/");
        assertThat(document("policies/bucket-policy.json")).contains("central-ingest-222222222222/archive/*");
        vm.forms().prefixes().remove(0);
        assertThat(vm.design().bucket().keyPrefixes()).containsExactly("archive/");
        assertThat(vm.forms().prefixes().rows()).extracting(r -> r.getValue()).containsExactly("archive/");
    }

    @Test
    void findingsMarkTheFieldThatShowsTheirLocation() {
        extraFindings.add(new Finding("S3G-001", Severity.ERROR, new FieldLocation("writers[0].accountId"),
                Message.of("ui.field.writer.accountId.tip"), "https://docs.aws.amazon.com/"));
        extraFindings.add(new Finding("S3G-002", Severity.WARNING, new FieldLocation("writers[0].principals.services[1]"),
                Message.of("ui.service.other"), "https://docs.aws.amazon.com/"));
        extraFindings.add(new Finding("S3G-003", Severity.WARNING, new FieldLocation("bucket.keyPrefixes[0]"),
                Message.of("ui.field.bucket.prefix.tip"), "https://docs.aws.amazon.com/"));
        extraFindings.add(new Finding("S3G-004", Severity.SUGGESTION, new FileElementLocation("bucket-policy.json", "AllowPutFromA"),
                Message.of("ui.service.other"), "https://docs.aws.amazon.com/"));
        vm.forms().region().setValue("eu-west-1");

        WriterModel a = vm.forms().writers().get(0);
        assertThat(a.accountId().markProperty().get()).extracting(FieldMark::severity, FieldMark::code)
                .containsExactly(Severity.ERROR, "S3G-001");
        assertThat(a.services().mark().markProperty().get()).extracting(FieldMark::code).isEqualTo("S3G-002");
        assertThat(vm.forms().prefixes().rows().get(0).markProperty().get()).extracting(FieldMark::code).isEqualTo("S3G-003");
        assertThat(a.roleName().markProperty().get()).isNull();
        assertThat(vm.forms().fieldFor("writers[0].principals.services[1]")).contains("writers[0].principals.services");
        assertThat(vm.forms().fieldFor("writers[0].unknownField")).contains("writers[0]");

        extraFindings.clear();
        vm.forms().region().setValue("eu-west-2");
        assertThat(a.accountId().markProperty().get()).isNull();
    }

    @Test
    void theMostSevereFindingOfAFieldIsTheOneShown() {
        extraFindings.add(new Finding("S3G-010", Severity.SUGGESTION, new FieldLocation("bucket.name"), Message.of("ui.service.other"), ""));
        extraFindings.add(new Finding("S3G-011", Severity.ERROR, new FieldLocation("bucket.name"), Message.of("ui.service.other"), ""));
        vm.forms().region().setValue("eu-west-1");
        assertThat(vm.forms().bucketName().markProperty().get().code()).isEqualTo("S3G-011");
    }

    @Test
    void showingALocationSendsOneNavigationToTheFieldTheStatementOrTheAccessRow() {
        vm.showLocation(new FieldLocation("writers[0].accountId"));
        vm.showLocation(new FileElementLocation("policies/bucket-policy.json", "AllowPutFromA"));
        assertThat(vm.selectedElementProperty().get()).isEqualTo(new ElementRef("bucket-policy.json", "AllowPutFromA"));
        vm.showLocation(new FileLocation("A-trust-policy.json"));
        vm.showLocation(new AccessRowLocation(4));
        assertThat(navigations).containsExactly(
                new Navigation.ToField("writers[0].accountId"),
                new Navigation.ToElement(new ElementRef("bucket-policy.json", "AllowPutFromA")),
                new Navigation.ToElement(new ElementRef("A-trust-policy.json", "")),
                new Navigation.ToAccessRow(3));
    }

    @Test
    void showingTheSameLocationTwiceNavigatesTwice() {
        vm.showLocation(new FieldLocation("writers[0].accountId"));
        vm.showLocation(new FieldLocation("writers[0].accountId"));
        vm.showLocation(new AccessRowLocation(1));
        vm.showLocation(new AccessRowLocation(1));
        assertThat(navigations).containsExactly(
                new Navigation.ToField("writers[0].accountId"), new Navigation.ToField("writers[0].accountId"),
                new Navigation.ToAccessRow(0), new Navigation.ToAccessRow(0));
    }

    @Test
    void aDesignFieldNoFormShowsNavigatesNowhere() {
        vm.showLocation(new FieldLocation("unknownField"));
        assertThat(navigations).isEmpty();
    }

    @Test
    void replacingTheDesignClearsTheHistoryAndTheSelection() {
        vm.forms().region().setValue("eu-west-1");
        vm.selectElement(new ElementRef("bucket-policy.json", "AllowPutFromA"));
        Design other = DesignFiles.example().withRegion("eu-central-1");
        vm.replace(other);
        assertThat(vm.design()).isEqualTo(other);
        assertThat(vm.forms().region().getValue()).isEqualTo("eu-central-1");
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.selectedElementProperty().get()).isNull();
        assertThat(vm.output().design()).isEqualTo(other);
    }
}
