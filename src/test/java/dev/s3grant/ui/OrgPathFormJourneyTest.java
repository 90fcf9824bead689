package dev.s3grant.ui;

import static dev.s3grant.ui.WindowDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.ui.dialogs.FakeDialogs;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The writers' OU of the shared-role style (decision 0052): shown with that style, typed in, seen in the preview. */
@ExtendWith(ApplicationExtension.class)
class OrgPathFormJourneyTest {

    private static final String OU = "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/";

    private ExampleWindow open;
    private DesignerSession vm;

    @Start
    void start(Stage stage) {
        open = ExampleWindow.open(stage, new FakeDialogs());
        vm = open.vm;
    }

    @AfterEach
    void stop() {
        open.close();
    }

    /** True when the node and every parent up to the scene's root are visible. */
    private static boolean shown(Node node) {
        return onFx(() -> {
            for (Node n = node; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void typingTheOuPathOfASharedRoleNamesTheOuInsteadOfTheAccountsInThePreview(FxRobot robot) {
        WindowDriver ui = open.driver(robot);
        assertThat(shown(ui.field("options.writerOrgPath"))).isFalse();

        onFx(() -> vm.editor().forms().principalStyle().setValue(PrincipalStyle.SHARED_ROLE));
        ui.settle();
        assertThat(shown(ui.field("options.writerOrgPath"))).isTrue();
        assertThat(ui.tabText("policies/bucket-policy.json")).contains("aws:PrincipalAccount").doesNotContain("aws:PrincipalOrgPaths");

        ui.retype("options.writerOrgPath", OU);

        assertThat(vm.editor().design().options().writerOrgPath()).isEqualTo(OU);
        assertThat(ui.tabText("policies/bucket-policy.json"))
                .contains("\"ForAnyValue:StringLike\"").contains("\"aws:PrincipalOrgPaths\": \"" + OU + "*\"")
                .contains("\"aws:PrincipalOrgID\": \"o-a1b2c3d4e5\"").doesNotContain("aws:PrincipalAccount");
        assertThat(ui.tabText("variables.tf")).contains("variable \"writer_org_path\"");
        assertThat(ui.tabText("terraform.tfvars")).contains(OU);
    }
}
