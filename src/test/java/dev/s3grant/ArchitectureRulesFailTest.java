package dev.s3grant;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.s3grant.cli.ArchitectureViolations.BuildsARecordAndRenders;
import dev.s3grant.cli.ArchitectureViolations.CallsTheAccessCheckDirectly;
import dev.s3grant.cli.ArchitectureViolations.ConstructsAnEngineService;
import dev.s3grant.cli.ArchitectureViolations.UsesTheUi;
import dev.s3grant.diff.ArchitectureViolations.ReachesUpIntoTheFacade;
import dev.s3grant.model.ArchitectureViolations.UsesPolicy;
import dev.s3grant.policy.ArchitectureViolations.ReachesIntoAnalysis;
import dev.s3grant.policy.ArchitectureViolations.UsesJavaFx;
import dev.s3grant.ui.ArchitectureViolations.ComparesWithoutTheFacade;
import dev.s3grant.ui.ArchitectureViolations.LabelHoldingViewModel;
import dev.s3grant.ui.ArchitectureViolations.MakesASpinner;
import dev.s3grant.ui.ArchitectureViolations.PrintingView;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule of ArchitectureTest reports a class that breaks it: the production classes (which pass,
 * see ArchitectureTest) with the classes of {@code ArchitectureViolations} beside them.
 */
class ArchitectureRulesFailTest {

    private static final List<Class<?>> OFFENDERS = List.of(UsesTheUi.class, CallsTheAccessCheckDirectly.class,
            ConstructsAnEngineService.class, BuildsARecordAndRenders.class, ReachesUpIntoTheFacade.class,
            UsesPolicy.class, ReachesIntoAnalysis.class, UsesJavaFx.class, ComparesWithoutTheFacade.class,
            LabelHoldingViewModel.class, PrintingView.class, MakesASpinner.class);

    private static final JavaClasses CLASSES = productionAndOffenders();

    private static JavaClasses productionAndOffenders() {
        List<Path> paths = new ArrayList<>();
        paths.add(location(Launcher.class));
        for (Class<?> offender : OFFENDERS) {
            paths.add(location(offender).resolve(offender.getName().replace('.', '/') + ".class"));
        }
        return new ClassFileImporter().importPaths(paths);
    }

    /** The class-path folder a class was loaded from. */
    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(CLASSES);
        return result.getFailureReport().getDetails();
    }

    private static void assertFailsOn(ArchRule rule, Class<?> offender) {
        assertThat(violations(rule)).as(rule.getDescription()).anyMatch(line -> line.contains(offender.getName()));
    }

    @Test
    void javaFxOutsideTheUiFails() {
        assertFailsOn(ArchitectureTest.onlyTheUiUsesJavaFx, UsesJavaFx.class);
    }

    @Test
    void theModelUsingAnotherPackageFails() {
        assertFailsOn(ArchitectureTest.theModelDependsOnNothingOfTheProject, UsesPolicy.class);
    }

    @Test
    void theEngineReachingTheFacadeFails() {
        assertFailsOn(ArchitectureTest.theCoreDoesNotReachUp, ReachesUpIntoTheFacade.class);
    }

    @Test
    void aLowerLayerReachingAHigherOneFails() {
        assertFailsOn(ArchitectureTest.theLayers, ReachesIntoAnalysis.class);
        assertFailsOn(ArchitectureTest.theLayers, UsesPolicy.class);
        assertFailsOn(ArchitectureTest.theLayers, ReachesUpIntoTheFacade.class);
        assertFailsOn(ArchitectureTest.theLayers, UsesTheUi.class);
    }

    @Test
    void theCliUsingTheUiFails() {
        assertFailsOn(ArchitectureTest.theCliNeverUsesTheUi, UsesTheUi.class);
    }

    @Test
    void aViewModelHoldingANodeFails() {
        assertFailsOn(ArchitectureTest.viewModelsNeverTouchTheSceneGraph, LabelHoldingViewModel.class);
    }

    @Test
    void aControlTheThemeLeavesOutFails() {
        assertFailsOn(ArchitectureTest.noControlTheThemeLeavesOut, MakesASpinner.class);
    }

    @Test
    void printingOutsideTheCliFails() {
        assertFailsOn(ArchitectureTest.onlyTheCliUsesTheStandardStreams, PrintingView.class);
    }

    @Test
    void anEngineOperationCalledPastTheFacadeFails() {
        assertFailsOn(ArchitectureTest.clientsReachTheEngineOnlyThroughTheFacade, CallsTheAccessCheckDirectly.class);
        assertFailsOn(ArchitectureTest.clientsReachTheEngineOnlyThroughTheFacade, ComparesWithoutTheFacade.class);
        assertFailsOn(ArchitectureTest.clientsReachTheEngineOnlyThroughTheFacade, ConstructsAnEngineService.class);
    }

    @Test
    void buildingARecordAndRenderingPassTheFacadeRule() {
        assertThat(violations(ArchitectureTest.clientsReachTheEngineOnlyThroughTheFacade))
                .noneMatch(line -> line.contains(BuildsARecordAndRenders.class.getName()));
    }
}
