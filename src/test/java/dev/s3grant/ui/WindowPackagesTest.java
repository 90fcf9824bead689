package dev.s3grant.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The window's packages (decision 0023): the root assembles the window, the parts never reach back, and no parts form a cycle. */
@AnalyzeClasses(packages = "dev.s3grant.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class WindowPackagesTest {

    @ArchTest
    static final ArchRule onlyTheRootKnowsTheWindowShell = noClasses()
            .that().resideOutsideOfPackage("dev.s3grant.ui")
            .should().dependOnClassesThat().resideInAPackage("dev.s3grant.ui");

    @ArchTest
    static final ArchRule thePartsOfTheWindowHaveNoCycles = slices()
            .matching("dev.s3grant.ui.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theAutosaverFollowsADocumentNotTheEditor = noClasses()
            .that().haveSimpleName("DesignAutosaver")
            .should().dependOnClassesThat().resideInAPackage("dev.s3grant.ui.editing");

    @ArchTest
    static final ArchRule editingKnowsNothingOfFilesDialogsOrComparison = noClasses()
            .that().resideInAPackage("dev.s3grant.ui.editing")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.s3grant.ui.files", "dev.s3grant.ui.dialogs", "dev.s3grant.ui.compare", "dev.s3grant.io");
}
