package dev.s3grant;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.Set;

/**
 * The architecture of docs/decisions/0022-facade-and-layers.md as rules. ArchitectureRulesFailTest
 * shows that each of them reports a class that breaks it.
 */
@AnalyzeClasses(packages = "dev.s3grant", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Where the engine is: everything below the façade. */
    static final String[] ENGINE = {"dev.s3grant.policy..", "dev.s3grant.terraform..", "dev.s3grant.hcl..",
            "dev.s3grant.analysis..", "dev.s3grant.explain..", "dev.s3grant.diff..", "dev.s3grant.io..",
            "dev.s3grant.document..", "dev.s3grant.existing.."};

    /**
     * Rendering results as text: not an engine operation, clients call it themselves (messages are
     * rendered by {@code dev.s3grant.text}, which is outside the engine).
     */
    static final Set<String> RENDERING = Set.of("dev.s3grant.explain.MarkdownRenderer",
            "dev.s3grant.explain.TextRenderer", "dev.s3grant.diff.DiffTextReport", "dev.s3grant.diff.DiffJson",
            "dev.s3grant.diff.ChangeTexts", "dev.s3grant.policy.PrettyJson");

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
            .that().resideInAnyPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("dev.s3grant.app..", "dev.s3grant.cli..", "dev.s3grant.ui..");

    /**
     * model → policy → terraform → analysis / explain → diff → io → existing → app → cli | ui; hcl below
     * diff and io; document (generated files with their elements) beside the model, used by every layer;
     * text (messages and their rendering) serves every layer and needs only the model. existing (reading,
     * merging and adopting what the user already has) sits on top of the engine, under the façade; so
     * does map (the grant as a picture, laid out), which reads the model, the policies, the generated
     * files and the access check.
     */
    @ArchTest
    static final ArchRule theLayers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("dev.s3grant.model..")
            .layer("text").definedBy("dev.s3grant.text..")
            .optionalLayer("document").definedBy("dev.s3grant.document..")
            .layer("policy").definedBy("dev.s3grant.policy..")
            .layer("terraform").definedBy("dev.s3grant.terraform..")
            .layer("hcl").definedBy("dev.s3grant.hcl..")
            .layer("analysis").definedBy("dev.s3grant.analysis..")
            .layer("explain").definedBy("dev.s3grant.explain..")
            .layer("diff").definedBy("dev.s3grant.diff..")
            .layer("io").definedBy("dev.s3grant.io..")
            .optionalLayer("existing").definedBy("dev.s3grant.existing..")
            .optionalLayer("map").definedBy("dev.s3grant.map..")
            .layer("app").definedBy("dev.s3grant.app..")
            .layer("cli").definedBy("dev.s3grant.cli..")
            .layer("ui").definedBy("dev.s3grant.ui..")
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("app").mayOnlyBeAccessedByLayers("cli", "ui")
            .whereLayer("existing").mayOnlyBeAccessedByLayers("app", "cli", "ui")
            .whereLayer("map").mayOnlyBeAccessedByLayers("app", "cli", "ui")
            .whereLayer("io").mayOnlyBeAccessedByLayers("existing", "app", "cli", "ui")
            .whereLayer("diff").mayOnlyBeAccessedByLayers("io", "existing", "app", "cli", "ui")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("existing", "map", "app", "cli", "ui")
            .whereLayer("explain").mayOnlyBeAccessedByLayers("diff", "existing", "app", "cli", "ui")
            .whereLayer("terraform").mayOnlyBeAccessedByLayers("explain", "existing", "app", "cli", "ui")
            .whereLayer("hcl").mayOnlyBeAccessedByLayers("diff", "io", "existing", "app", "cli", "ui")
            .whereLayer("policy").mayOnlyBeAccessedByLayers("terraform", "analysis", "explain", "diff", "io",
                    "existing", "map", "app", "cli", "ui")
            .whereLayer("document").mayOnlyBeAccessedByLayers("policy", "terraform", "analysis", "explain", "diff",
                    "io", "existing", "map", "app", "cli", "ui");

    @ArchTest
    static final ArchRule theCliNeverUsesTheUi = noClasses()
            .that().resideInAPackage("dev.s3grant.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.s3grant.ui..");

    /** View-models hold state and commands; nodes, scenes and stages belong to the views. */
    @ArchTest
    static final ArchRule viewModelsNeverTouchTheSceneGraph = noClasses()
            .that().resideInAPackage("dev.s3grant.ui..").and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..");

    /** The command line prints; everything else returns results (the start-up trace is measured from standard error). */
    /**
     * The window's theme leaves out the rules of some controls (src/build/theme-leaves-out.txt, decision 0060):
     * the designer never makes one of them, or a control of its own made from one.
     */
    @ArchTest
    static final ArchRule noControlTheThemeLeavesOut = noClasses()
            .should().dependOnClassesThat(controlsTheThemeLeavesOut());

    static DescribedPredicate<JavaClass> controlsTheThemeLeavesOut() {
        java.util.List<String> controls = ThemeLeavesOut.read().controls();
        return DescribedPredicate.describe("controls the theme leaves out " + controls,
                type -> controls.stream().anyMatch(type::isAssignableTo));
    }

    @ArchTest
    static final ArchRule onlyTheCliUsesTheStandardStreams = noClasses()
            .that().resideOutsideOfPackage("dev.s3grant.cli..")
            .and().doNotHaveSimpleName("StartupTrace")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);

    /**
     * The CLI and the window start every engine operation through {@code app}: they call no static
     * method and no constructor of an engine class. They may hold and read what the engine returns
     * (records, enums, exceptions, the objects {@code app} hands out), build records, and render
     * messages themselves.
     */
    @ArchTest
    static final ArchRule clientsReachTheEngineOnlyThroughTheFacade = noClasses()
            .that().resideInAnyPackage("dev.s3grant.cli..", "dev.s3grant.ui..")
            .should().callMethodWhere(staticOperationOfTheEngine())
            .orShould().callConstructorWhere(constructionOfAnEngineService());

    private static DescribedPredicate<JavaClass> engineOperations() {
        return resideInAnyPackage(ENGINE).and(not(resideInAPackage("dev.s3grant.text..")))
                .and(DescribedPredicate.describe("not rendering", c -> !RENDERING.contains(c.getName())))
                .as("an engine class");
    }

    private static DescribedPredicate<JavaMethodCall> staticOperationOfTheEngine() {
        DescribedPredicate<JavaClass> engine = engineOperations();
        return DescribedPredicate.describe("a static method of an engine class (other than an enum's values and valueOf)",
                call -> {
                    AccessTarget.MethodCallTarget target = call.getTarget();
                    boolean isStatic = target.resolveMember().map(m -> m.getModifiers().contains(JavaModifier.STATIC))
                            .orElse(false);
                    return isStatic && engine.test(target.getOwner())
                            && !(target.getOwner().isEnum() && Set.of("values", "valueOf").contains(target.getName()));
                });
    }

    private static DescribedPredicate<JavaConstructorCall> constructionOfAnEngineService() {
        DescribedPredicate<JavaClass> engine = engineOperations();
        return DescribedPredicate.describe("a constructor of an engine class that is not a record or an exception",
                call -> {
                    JavaClass owner = call.getTarget().getOwner();
                    return engine.test(owner) && !owner.isRecord() && !owner.isAssignableTo(Throwable.class);
                });
    }
}
