package dev.s3grant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "dev.s3grant", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("dev.s3grant.ui..")
            .and().doNotHaveFullyQualifiedName("dev.s3grant.Launcher")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..");

    @ArchTest
    static final ArchRule theModelDependsOnNothingOfTheProject = noClasses()
            .that().resideInAPackage("dev.s3grant.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.s3grant.policy..", "dev.s3grant.terraform..", "dev.s3grant.hcl..", "dev.s3grant.analysis..",
                    "dev.s3grant.explain..", "dev.s3grant.diff..", "dev.s3grant.io..", "dev.s3grant.app..",
                    "dev.s3grant.cli..", "dev.s3grant.ui..", "dev.s3grant.text..");

    /** The text layer (languages, bundles, rendering) serves every package and needs only the model. */
    @ArchTest
    static final ArchRule theTextLayerDependsOnlyOnTheModel = noClasses()
            .that().resideInAPackage("dev.s3grant.text..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.s3grant.policy..", "dev.s3grant.terraform..", "dev.s3grant.hcl..", "dev.s3grant.analysis..",
                    "dev.s3grant.explain..", "dev.s3grant.diff..", "dev.s3grant.io..", "dev.s3grant.app..",
                    "dev.s3grant.cli..", "dev.s3grant.ui..");

    /** Comparing Terraform needs texts, not explanations: the diff reaches them through the text layer. */
    @ArchTest
    static final ArchRule theDiffDoesNotDependOnExplanations = noClasses()
            .that().resideInAPackage("dev.s3grant.diff..")
            .should().dependOnClassesThat().resideInAPackage("dev.s3grant.explain..");

    @ArchTest
    static final ArchRule theCoreDoesNotReachUp = noClasses()
            .that().resideInAnyPackage("dev.s3grant.policy..", "dev.s3grant.terraform..", "dev.s3grant.hcl..",
                    "dev.s3grant.analysis..", "dev.s3grant.explain..", "dev.s3grant.diff..", "dev.s3grant.io..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.s3grant.app..", "dev.s3grant.cli..", "dev.s3grant.ui..");
}
