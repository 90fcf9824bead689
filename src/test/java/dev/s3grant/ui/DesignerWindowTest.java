package dev.s3grant.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.s3grant.ui.WindowDriver.onFx;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Severity;
import dev.s3grant.app.GrantDesigner;
import dev.s3grant.app.OutputFile;
import dev.s3grant.cli.S3GrantCommand;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.io.InputException;
import dev.s3grant.model.AcceptedFinding;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignDefaults;
import dev.s3grant.model.Language;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyJson;
import dev.s3grant.policy.Statement;
import dev.s3grant.text.Localizer;
import dev.s3grant.ui.dialogs.DiscardChoice;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.preview.ElementRef;
import dev.s3grant.ui.settings.UiSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's journeys, headless (Monocle): the user types and clicks, the preview follows. */
@ExtendWith(ApplicationExtension.class)
class DesignerWindowTest {

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private ExampleWindow open;
    private DesignerSession vm;
    private DesignerWindow window;

    @Start
    void start(Stage stage) {
        open = ExampleWindow.open(stage, dialogs);
        vm = open.vm;
        window = open.window;
    }

    @AfterEach
    void stop() {
        open.close();
    }

    private WindowDriver ui(FxRobot robot) {
        return open.driver(robot);
    }

    @Test
    void opensOnTheExampleWithTheFullPreview(FxRobot robot) {
        WindowDriver ui = ui(robot);
        assertThat(onFx(() -> window.preview().paths())).containsExactlyElementsOf(
                GrantDesigner.artifacts(DesignFiles.example()).files().stream().map(OutputFile::relativePath).toList());
        ui.assertHasTab("account_A.tf");
        ui.assertHasTab("account_B.tf");
        ui.assertHasTab("variables.tf");
        ui.assertHasTab("terraform.tfvars");
        ui.assertHasTab("policies/A-trust-policy.json");
        ui.assertHasTab("policies/A-role-policy.json");
        ui.assertHasTab("policies/bucket-policy.json");
        assertThat(ui.tabText("policies/bucket-policy.json")).contains("\"Sid\": \"AllowPutFromA\"");
        assertThat(onFx(() -> ui.tab("policies/bucket-policy.json").sizeText())).matches("\\d+ of 20,480 bytes \\(\\d+%\\) · [\\d,]+ more writers fit, [\\d,]+ with a shared role");
        assertThat(ui.textField("bucket.name").getText()).isEqualTo("central-ingest-222222222222");
    }

    @Test
    void theFormsAndTheExplanationRedrawOnlyWhatChangedNotTheirWholeViewport(FxRobot robot) {
        ui(robot);

        assertThat(onFx(() -> window.forms().lookup(".viewport").isCache())).isFalse();
        assertThat(onFx(() -> window.explanation().lookup(".viewport").isCache())).isFalse();
    }

    @Test
    void changingTheBucketNameUpdatesTheBucketPolicyAndTheOwnerTerraformAndLeavesOtherTabsAlone(FxRobot robot) {
        WindowDriver ui = ui(robot);
        int trustReplacements = onFx(() -> ui.tab("policies/A-trust-policy.json").replacements());
        int writerTfReplacements = onFx(() -> ui.tab("account_A.tf").replacements());
        ui.retype("bucket.name", "zz-bkt");
        assertThat(ui.tabText("policies/bucket-policy.json"))
                .contains("arn:aws:s3:::zz-bkt/incoming/*")
                .doesNotContain("central-ingest-222222222222");
        assertThat(ui.tabText("policies/A-role-policy.json")).contains("arn:aws:s3:::zz-bkt/incoming/*");
        assertThat(ui.tabText("terraform.tfvars")).contains("bucket_name        = \"zz-bkt\"");
        assertThat(onFx(() -> ui.tab("policies/A-trust-policy.json").replacements())).isEqualTo(trustReplacements);
        assertThat(onFx(() -> ui.tab("account_A.tf").replacements())).isEqualTo(writerTfReplacements);

        ui.click("#field-options-terraformValues");
        robot.clickOn("Literals in the resources");
        ui.settle();
        assertThat(ui.tabText("account_B.tf")).contains("bucket = \"zz-bkt\"").contains("arn:aws:s3:::zz-bkt/incoming/*");
        assertThat(onFx(() -> window.preview().paths())).doesNotContain("variables.tf", "terraform.tfvars");
        assertThat(vm.files().titleProperty().get()).startsWith("* ");
    }

    @Test
    void switchingToTheServiceListAndTickingLambdaTrustsBothWithoutALambdaCondition(FxRobot robot) {
        WindowDriver ui = ui(robot);
        ui.click("#field-writers-0-principals-mode-SERVICES");
        ui.click("#writer-0-service-lambda");
        assertThat(vm.editor().design().writers().get(0).principals().mode()).isEqualTo(PrincipalMode.SERVICES);
        PolicyDocument trust = PolicyJson.parse(ui.tabText("policies/A-trust-policy.json"));
        List<String> trusted = trust.statements().stream().flatMap(s -> s.principal().services().stream()).toList();
        assertThat(trusted).containsExactlyInAnyOrder("ecs-tasks.amazonaws.com", "lambda.amazonaws.com");
        Statement lambda = trust.statements().stream()
                .filter(s -> s.principal().services().contains("lambda.amazonaws.com")).findFirst().orElseThrow();
        assertThat(lambda.conditions()).isEmpty();
        Statement ecs = trust.statements().stream()
                .filter(s -> s.principal().services().contains("ecs-tasks.amazonaws.com")).findFirst().orElseThrow();
        assertThat(ecs.conditions()).extracting(c -> c.key()).contains("aws:SourceAccount", "aws:SourceArn");
    }

    @Test
    void addingASecondWriterAddsItsTabsAndItsBucketPolicyStatement(FxRobot robot) {
        WindowDriver ui = ui(robot);
        ui.click("#writer-add");
        ui.assertHasTab("policies/A2-trust-policy.json");
        ui.assertHasTab("policies/A2-role-policy.json");
        ui.assertHasTab("account_A2.tf");
        assertThat(ui.tabText("policies/bucket-policy.json")).contains("\"Sid\": \"AllowPutFromA2\"");
        assertThat(robot.lookup("#writer-1").tryQuery()).isPresent();
        assertThat(onFx(() -> ui.field("writers[1].alias").isFocused())).as("the new writer's first field has the caret").isTrue();
        ui.retype("writers[1].accountId", "333333333333");
        assertThat(ui.tabText("policies/bucket-policy.json")).contains("arn:aws:iam::333333333333:root");
    }

    @Test
    void theOwnershipControlsChoiceIsOpenOnlyForAnExistingBucket(FxRobot robot) {
        WindowDriver ui = ui(robot);
        assertThat(onFx(() -> ui.field("bucket.manageOwnershipControls").isDisabled())).isTrue();
        assertThat(onFx(() -> ui.field("bucket.objectOwnership").isDisabled())).isFalse();
        onFx(() -> vm.editor().forms().bucketManage().setValue(false));
        ui.settle();
        assertThat(onFx(() -> ui.field("bucket.manageOwnershipControls").isDisabled())).isFalse();
        assertThat(onFx(() -> ui.field("bucket.objectOwnership").isDisabled())).isFalse();
    }

    @Test
    void anElevenDigitAccountIdIsMarkedWithAnErrorFindingUntilItIsFixed(FxRobot robot) {
        WindowDriver ui = ui(robot);
        PseudoClass error = PseudoClass.getPseudoClass("error");
        ui.retype("writers[0].accountId", "11111111111");
        assertThat(ui.field("writers[0].accountId").getPseudoClassStates()).contains(error);
        assertThat(onFx(() -> List.copyOf(window.findings().getItems())))
                .anySatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.location().text()).isEqualTo("writers[0].accountId");
                });
        assertThat(onFx(() -> window.status().countsText())).doesNotStartWith("0 errors");

        robot.write("1");
        ui.settle();
        assertThat(ui.field("writers[0].accountId").getPseudoClassStates()).doesNotContain(error);
        assertThat(onFx(() -> List.copyOf(window.findings().getItems())))
                .noneSatisfy(f -> assertThat(f.location().text()).isEqualTo("writers[0].accountId"));
        assertThat(onFx(() -> window.status().countsText())).startsWith("0 errors");
    }

    @Test
    void clickingAFindingSelectsTheFieldItIsAbout(FxRobot robot) {
        WindowDriver ui = ui(robot);
        ui.retype("bucket.name", "Bad_Name");
        ui.retype("region", "eu-west-1");
        Node row = onFx(() -> robot.lookup(".findings-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof Finding f && f.location().text().equals("bucket.name"))
                .findFirst().orElseThrow(() -> new AssertionError("no finding row about bucket.name")));
        robot.clickOn(row);
        ui.settle();
        assertThat(onFx(() -> ui.field("bucket.name").isFocused())).isTrue();

        String code = onFx(() -> ((Finding) ((TableRow<?>) row).getItem()).code());
        onFx(() -> vm.editor().replace(vm.editor().design().withAcceptedFindings(
                List.of(new AcceptedFinding(code, "bucket.name", "A bucket kept from before.")))));
        ui.settle();
        assertThat(onFx(() -> robot.lookup(".findings-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof Finding f && !r.isEmpty())
                .map(r -> ((Finding) r.getItem()).code() + " " + ((Finding) r.getItem()).location().text() + " "
                        + r.getPseudoClassStates().contains(PseudoClass.getPseudoClass("suppressed")))
                .toList()))
                .as("the accepted finding stays listed, marked as suppressed")
                .contains(code + " bucket.name true")
                .doesNotContain(code + " bucket.name false");
    }

    @Test
    void switchingTheLanguageChangesMenusLabelsAndFindings(FxRobot robot) {
        WindowDriver ui = ui(robot);
        ui.retype("bucket.name", "Bad_Name");
        Finding finding = onFx(() -> window.findings().getItems().stream()
                .filter(f -> f.location().text().equals("bucket.name")).findFirst().orElseThrow());
        String english = Localizer.of(Language.EN).render(finding.message());
        String japanese = Localizer.of(Language.JA).render(finding.message());
        assertThat(japanese).isNotEqualTo(english);
        assertThat(cellTexts(robot)).contains(english);
        ElementRef put = new ElementRef("bucket-policy.json", "AllowPutFromA");
        onFx(() -> vm.editor().selectElement(put));
        var explanation = onFx(() -> vm.editor().output().explanation(put).orElseThrow());
        String what = Localizer.of(Language.EN).render(explanation.paragraphs().get(0).texts().get(0));
        String whatJa = Localizer.of(Language.JA).render(explanation.paragraphs().get(0).texts().get(0));
        assertThat(onFx(() -> window.explanation().shownText())).contains(what);

        ui.menu("menu-language-ja");
        assertThat(cellTexts(robot)).contains(japanese).doesNotContain(english);
        assertThat(onFx(() -> window.explanation().shownText())).contains(whatJa).doesNotContain(what);
        MenuBar menu = window.menuBar();
        assertThat(onFx(() -> menu.getMenus().get(0).getText())).isEqualTo("ファイル");
        assertThat(robot.lookup(".field-label").queryAllAs(Label.class)).extracting(Label::getText).contains("バケット名");
        assertThat(onFx(() -> ui.tab("policies/bucket-policy.json").sizeText())).contains("バイト");
        ui.menu("menu-language-en");
        assertThat(onFx(() -> menu.getMenus().get(0).getText())).isEqualTo("File");
    }

    @Test
    void savingAndReopeningBringsTheSameDesignBack(FxRobot robot) throws InputException {
        WindowDriver ui = ui(robot);
        ui.retype("region", "eu-west-1");
        dialogs.fileToSave = dir.resolve("saved.json");
        ui.shortcut(KeyCode.S, false);
        Design saved = onFx(() -> vm.editor().design());
        assertThat(DesignFiles.load(dir.resolve("saved.json"))).isEqualTo(saved);

        ui.retype("region", "us-west-2");
        dialogs.discardChoice = DiscardChoice.DISCARD;
        dialogs.fileToOpen = dir.resolve("saved.json");
        ui.shortcut(KeyCode.O, false);
        assertThat(onFx(() -> vm.editor().design())).isEqualTo(saved);
        assertThat(ui.textField("region").getText()).isEqualTo("eu-west-1");
        assertThat(vm.files().titleProperty().get()).isEqualTo("ecs-to-central-ingest (saved.json) — S3 Grant Designer");
    }

    @Test
    void exportWritesFilesByteIdenticalToGenerate(FxRobot robot) throws Exception {
        WindowDriver ui = ui(robot);
        Path design = dir.resolve("example.json");
        DesignFiles.save(DesignFiles.example(), design);
        Path generated = dir.resolve("generated");
        assertThat(S3GrantCommand.run("generate", design.toString(), "--out", generated.toString())).isZero();

        Path exported = dir.resolve("exported");
        dialogs.exportFolder = exported;
        ui.shortcut(KeyCode.E, false);
        assertThat(dialogs.exportPlans).singleElement().satisfies(p -> assertThat(p.changed()).isEmpty());
        assertThat(tree(exported)).isEqualTo(tree(generated)).containsKeys("account_B.tf", "policies/bucket-policy.json");
    }

    @Test
    void theExplanationShowsTheTypedValueOnceTypingStops(FxRobot robot) throws TimeoutException {
        WindowDriver ui = ui(robot);
        assertThat(onFx(() -> window.explanation().shownText())).startsWith("Overview").doesNotContain("zz-bkt");
        ui.retype("bucket.name", "zz-bkt");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> window.explanation().shownText()).contains("zz-bkt"));
        assertThat(onFx(() -> window.explanation().shownText())).doesNotContain("central-ingest-222222222222");
    }

    @Test
    void puttingTheCaretOnAStatementOrResourceExplainsIt(FxRobot robot) {
        WindowDriver ui = ui(robot);
        onFx(() -> {
            window.preview().highlight(new ElementRef("bucket-policy.json", ""));
            var area = ui.tab("policies/bucket-policy.json").area();
            area.moveTo(area.getText().indexOf("aws:SecureTransport"));
        });
        ui.settle();
        assertThat(onFx(() -> window.explanation().shownText())).startsWith("bucket-policy.json#DenyInsecureTransport");
        onFx(() -> {
            window.preview().highlight(new ElementRef("account_B.tf", ""));
            var area = ui.tab("account_B.tf").area();
            area.moveTo(area.getText().indexOf("depends_on"));
        });
        ui.settle();
        assertThat(onFx(() -> window.explanation().shownText())).startsWith("account_B.tf#aws_s3_bucket_policy.main")
                .contains("https://docs.aws.amazon.com/");
    }

    @Test
    void aFindingAboutAStatementHighlightsItInThePreview(FxRobot robot) {
        WindowDriver ui = ui(robot);
        onFx(() -> vm.editor().showLocation(new dev.s3grant.analysis.Location.FileElementLocation("policies/bucket-policy.json", "DenyInsecureTransport")));
        ui.settle();
        String selected = onFx(() -> ui.tab("policies/bucket-policy.json").area().getSelectedText());
        assertThat(selected).contains("\"Sid\": \"DenyInsecureTransport\"").doesNotContain("AllowPutFromA");
        assertThat(onFx(() -> window.preview().getSelectionModel().getSelectedItem().getText())).isEqualTo("bucket-policy.json");
    }

    @Test
    void newWithUnsavedChangesAsksFirst(FxRobot robot) {
        WindowDriver ui = ui(robot);
        ui.retype("region", "eu-west-1");
        dialogs.discardChoice = DiscardChoice.CANCEL;
        ui.shortcut(KeyCode.N, false);
        assertThat(dialogs.askedToSave).containsExactly("ecs-to-central-ingest");
        assertThat(ui.textField("region").getText()).isEqualTo("eu-west-1");

        dialogs.discardChoice = DiscardChoice.DISCARD;
        ui.shortcut(KeyCode.N, false);
        assertThat(onFx(() -> vm.editor().design())).isEqualTo(DesignDefaults.blankDesign());
        assertThat(ui.textField("bucket.name").getText()).isEmpty();
    }

    @Test
    void aTabWhoseTextChangesKeepsItsScrollPosition(FxRobot robot) {
        WindowDriver ui = ui(robot);
        onFx(() -> window.preview().highlight(new ElementRef("bucket-policy.json", "")));
        ui.settle();
        onFx(() -> ui.tab("policies/bucket-policy.json").area().scrollYToPixel(120));
        ui.settle();
        double before = onFx(() -> ui.tab("policies/bucket-policy.json").area().getEstimatedScrollY());
        ui.retype("bucket.name", "zz-bkt");
        assertThat(ui.tabText("policies/bucket-policy.json")).contains("zz-bkt");
        double after = onFx(() -> ui.tab("policies/bucket-policy.json").area().getEstimatedScrollY());
        assertThat(before).isGreaterThan(60);
        assertThat(after).isCloseTo(before, org.assertj.core.data.Offset.offset(2.0));
    }

    @Test
    void theFontSizeMenuResizesFormsAndCode(FxRobot robot) {
        WindowDriver ui = ui(robot);
        ui.menu("menu-font-larger");
        ui.menu("menu-font-larger");
        assertThat(onFx(() -> ui.textField("region").getFont().getSize())).isEqualTo(UiSettings.DEFAULT_FONT_SIZE + 2.0);
        onFx(() -> window.preview().highlight(new ElementRef("bucket-policy.json", "")));
        ui.settle();
        double codeSize = onFx(() -> robot.from(ui.tab("policies/bucket-policy.json").area()).lookup(".text")
                .queryAllAs(javafx.scene.text.Text.class).iterator().next().getFont().getSize());
        assertThat(codeSize).isEqualTo(UiSettings.DEFAULT_FONT_SIZE + 2.0);
        ui.menu("menu-font-reset");
        assertThat(onFx(() -> ui.textField("region").getFont().getSize())).isEqualTo((double) UiSettings.DEFAULT_FONT_SIZE);
    }

    @Test
    void undoAndRedoKeysWorkWhileTypingInAField(FxRobot robot) {
        WindowDriver ui = ui(robot);
        ui.retype("region", "eu-west-1");
        ui.shortcut(KeyCode.Z, false);
        assertThat(ui.textField("region").getText()).isEqualTo("ap-northeast-1");
        assertThat(onFx(() -> vm.files().isDirty())).isFalse();
        ui.shortcut(KeyCode.Y, false);
        assertThat(ui.textField("region").getText()).isEqualTo("eu-west-1");
    }

    @Test
    void anInvalidCustomServiceIsMarkedInPlace(FxRobot robot) {
        WindowDriver ui = ui(robot);
        ui.click("#field-writers-0-principals-mode-SERVICES");
        ui.retype("writers[0].principals.services.custom", "bad");
        PseudoClass error = PseudoClass.getPseudoClass("error");
        assertThat(ui.field("writers[0].principals.services.custom").getPseudoClassStates()).contains(error);
        ui.retype("writers[0].principals.services.custom", "x.amazonaws.com");
        assertThat(ui.field("writers[0].principals.services.custom").getPseudoClassStates()).doesNotContain(error);
        assertThat(ui.tabText("policies/A-trust-policy.json")).contains("x.amazonaws.com");
    }

    private static List<String> cellTexts(FxRobot robot) {
        return onFx(() -> robot.lookup(".findings-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().map(c -> c.getText()).filter(t -> t != null).toList());
    }

    /** Every file under {@code root} by relative path, with its bytes as text. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
