package dev.s3grant.ui.editing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.analysis.Location;
import dev.s3grant.io.DesignFiles;
import dev.s3grant.model.Language;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.ui.background.SameThreadBackgroundWork;
import dev.s3grant.ui.forms.WriterModel;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.output.FacadeEvaluator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a finding is, in the forms' own words; and Undo and Redo that say what they change and go there. */
class LocationWordsTest {

    private final UiText text = new UiText(Language.EN);
    private final DesignerViewModel vm =
            new DesignerViewModel(DesignFiles.example(), new FacadeEvaluator(), new SameThreadBackgroundWork(), text);
    private final List<Navigation> navigations = new ArrayList<>();

    {
        vm.navigation().subscribe(navigations::add);
    }

    private String words(Location location) {
        return vm.describe(location).render(text);
    }

    @Test
    void aDesignFieldIsNamedBySectionOrWriterAndLabel() {
        assertThat(words(new Location.FieldLocation("bucket.name"))).isEqualTo("Bucket › Bucket name");
        assertThat(words(new Location.FieldLocation("bucketOwner.accountId"))).isEqualTo("Bucket owner › Account ID");
        assertThat(words(new Location.FieldLocation("region"))).isEqualTo("Design and organization › Region");
        assertThat(words(new Location.FieldLocation("options.orgGuard")))
                .isEqualTo("Options › Organization guard (aws:PrincipalOrgID, aws:ResourceOrgID)");
        assertThat(words(new Location.FieldLocation("writers[0].roleName"))).isEqualTo("Writer A › Role name");
        assertThat(words(new Location.FieldLocation("writers[0]"))).isEqualTo("Writer A");
        assertThat(words(new Location.FieldLocation("writers"))).isEqualTo("Writers");
        assertThat(words(new Location.FieldLocation("existingPolicies.bucketPolicy")))
                .isEqualTo("Bucket › Existing bucket policy");
    }

    @Test
    void aServiceOfTheListIsNamedByItsCheckBoxOrTheCustomField() {
        WriterModel a = vm.forms().writers().get(0);
        a.principalMode().setValue(PrincipalMode.SERVICES);
        a.services().custom().setValue("pipes.amazonaws.com");
        assertThat(vm.design().writers().get(0).principals().services())
                .containsExactly("ecs-tasks.amazonaws.com", "pipes.amazonaws.com");

        assertThat(words(new Location.FieldLocation("writers[0].principals.services[0]")))
                .isEqualTo("Writer A › Who assumes the role › ecs-tasks.amazonaws.com");
        assertThat(words(new Location.FieldLocation("writers[0].principals.services[1]")))
                .isEqualTo("Writer A › Other services");
        assertThat(words(new Location.FieldLocation("writers[0].principals.services")))
                .isEqualTo("Writer A › Who assumes the role");
        assertThat(vm.navigationTo(new Location.FieldLocation("writers[0].principals.services[0]")))
                .contains(new Navigation.ToField("writers[0].principals.services.ecs"));
        assertThat(vm.navigationTo(new Location.FieldLocation("writers[0].principals.services[1]")))
                .contains(new Navigation.ToField("writers[0].principals.services.custom"));
    }

    @Test
    void aWriterWithoutAliasIsNamedByItsNumber() {
        vm.forms().writers().get(0).alias().setValue("");
        assertThat(words(new Location.FieldLocation("writers[0].accountId"))).isEqualTo("Writer #1 › Account ID");
    }

    @Test
    void filesStatementsAndAccessRowsAreNamedInWordsToo() {
        assertThat(words(new Location.FileElementLocation("policies/bucket-policy.json", "AllowPutFromA")))
                .isEqualTo("bucket-policy.json › AllowPutFromA");
        assertThat(words(new Location.FileLocation("account_A.tf"))).isEqualTo("account_A.tf");
        assertThat(words(new Location.AccessRowLocation(3))).isEqualTo("Access check › Row 3");
        text.languageProperty().set(Language.JA);
        assertThat(words(new Location.AccessRowLocation(3))).isEqualTo("アクセスチェック › 3 行目");
        assertThat(words(new Location.FieldLocation("writers[0].roleName"))).isEqualTo("書き込み元 A › ロール名");
    }

    @Test
    void undoAndRedoSayWhatTheyChangeAndGoToIt() {
        assertThat(vm.undoTargetProperty().get()).isNull();
        vm.forms().writers().get(0).roleName().setValue("r2");
        assertThat(vm.undoTargetProperty().get().render(text)).isEqualTo("Writer A › Role name");

        vm.undo();

        assertThat(vm.design().writers().get(0).roleName()).isEqualTo("ecs-cross-account-s3-role");
        assertThat(navigations).containsExactly(new Navigation.ToField("writers[0].roleName"));
        assertThat(vm.undoTargetProperty().get()).isNull();
        assertThat(vm.redoTargetProperty().get().render(text)).isEqualTo("Writer A › Role name");
        vm.redo();
        assertThat(navigations).hasSize(2);
        assertThat(vm.design().writers().get(0).roleName()).isEqualTo("r2");
    }

    @Test
    void addingAndRemovingWritersAreNamedAsSuch() {
        vm.forms().addWriter();
        assertThat(vm.undoTargetProperty().get().render(text)).isEqualTo("Add writer");
        vm.forms().removeWriter(1);
        assertThat(vm.undoTargetProperty().get().render(text)).isEqualTo("Remove writer");
        text.languageProperty().set(Language.JA);
        assertThat(vm.undoTargetProperty().get().render(text)).isEqualTo("書き込み元の削除");
    }

    @Test
    void anAccessRowOpensItsFirstDecidingStatement() {
        vm.showDecidingStatement(List.of("A-role-policy.json#AllowPutObjects", "bucket-policy.json#AllowPutFromA"));
        assertThat(vm.selectedElementProperty().get())
                .isEqualTo(new dev.s3grant.ui.preview.ElementRef("A-role-policy.json", "AllowPutObjects"));
        navigations.clear();
        vm.showDecidingStatement(List.of());
        assertThat(navigations).isEmpty();
    }
}
