package dev.s3grant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassWarmUpTest {

    @Test
    void theListNamesTheWindowsOwnClassesAsTheyAreNow() {
        List<String> ours = ClassWarmUp.names().stream().filter(n -> n.startsWith("dev.s3grant.")).toList();

        assertThat(ours).contains("dev.s3grant.ui.DesignerWindow", "dev.s3grant.ui.preview.CodeView",
                "dev.s3grant.app.GrantDesigner");
        assertThat(ours).allSatisfy(name -> assertThat(exists(name)).as(name + " (make the list again)").isTrue());
    }

    @Test
    void theListReadsAsOneClassNamePerLine() {
        assertThat(ClassWarmUp.names()).hasSizeGreaterThan(1000)
                .allSatisfy(name -> assertThat(name).matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+"));
    }

    private static boolean exists(String name) {
        try {
            Class.forName(name, false, ClassWarmUpTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
