package dev.s3grant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.app.DesignStore;
import dev.s3grant.model.Design;
import dev.s3grant.model.Language;
import dev.s3grant.ui.output.DesignEvaluator;
import dev.s3grant.ui.output.DesignerOutput;
import dev.s3grant.ui.output.FacadeEvaluator;
import dev.s3grant.ui.settings.MemorySettingsStore;
import dev.s3grant.ui.settings.UiSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's head start (decision 0049): what it reads and evaluates before the toolkit starts, and how it hands it over. */
class HeadStartTest {

    @TempDir
    Path dir;

    /** The façade's evaluator, remembering which designs it was asked for and on which thread. */
    static final class Recording implements DesignEvaluator {
        final List<Design> asked = Collections.synchronizedList(new ArrayList<>());
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());
        final FacadeEvaluator facade = new FacadeEvaluator();

        @Override
        public DesignerOutput evaluate(Design design) {
            synchronized (asked) {
                asked.add(design);
                threads.add(Thread.currentThread().getName());
            }
            return facade.evaluate(design);
        }

        /** Passes the shown-first documents through, as the façade's evaluator does (decision 0048). */
        @Override
        public DesignerOutput evaluate(Design design, java.util.function.Consumer<List<dev.s3grant.ui.preview.PreviewDocument>> shownFirst) {
            synchronized (asked) {
                asked.add(design);
                threads.add(Thread.currentThread().getName());
            }
            return facade.evaluate(design, shownFirst);
        }

        /** Each request as "design name on thread". */
        List<String> calls() {
            synchronized (asked) {
                List<String> calls = new ArrayList<>();
                for (int i = 0; i < asked.size(); i++) {
                    calls.add(asked.get(i).name() + " on " + threads.get(i));
                }
                return calls;
            }
        }

        @Override
        public Map<String, String> exportFiles(Design design) {
            return facade.exportFiles(design);
        }
    }

    private static UiSettings japanese() {
        UiSettings settings = new UiSettings(new MemorySettingsStore(), Locale.US);
        settings.setLanguage(Language.JA);
        return settings;
    }

    @Test
    void theFirstRequestForTheExampleGetsTheEvaluationMadeOnTheHeadStartThread() {
        Recording facade = new Recording();
        HeadStart early = HeadStart.begin(Optional.empty(), HeadStartTest::japanese, facade);

        Design example = early.example();
        DesignerOutput first = early.evaluate(example);

        assertThat(example).isEqualTo(DesignStore.example());
        assertThat(first.design()).isEqualTo(example);
        assertThat(first.documents()).isNotEmpty();
        assertThat(facade.asked).containsExactly(example);
        assertThat(facade.threads).containsExactly("s3grant-head-start");
        assertThat(early.settings().language()).isEqualTo(Language.JA);
    }

    @Test
    void everyLaterRequestIsEvaluatedAgain() {
        Recording facade = new Recording();
        HeadStart early = HeadStart.begin(Optional.empty(), HeadStartTest::japanese, facade);
        Design example = early.example();
        DesignerOutput first = early.evaluate(example);

        DesignerOutput again = early.evaluate(example);
        DesignerOutput other = early.evaluate(example.withName("other-design"));

        assertThat(again).isNotSameAs(first);
        // documents are compared by what they hold: a preview document is equal only to itself (decision 0048)
        assertThat(again.documents()).extracting(d -> d.path() + "\n" + d.text())
                .containsExactlyElementsOf(first.documents().stream().map(d -> d.path() + "\n" + d.text()).toList());
        assertThat(again.findings()).isEqualTo(first.findings());
        assertThat(again.access()).isEqualTo(first.access());
        assertThat(other.design().name()).isEqualTo("other-design");
        assertThat(facade.asked).hasSize(3);
        assertThat(facade.threads.subList(1, 3)).doesNotContain("s3grant-head-start");
    }

    @Test
    void laterRequestsStillHandTheShownPolicyOverFirst() {
        Recording facade = new Recording();
        HeadStart early = HeadStart.begin(Optional.empty(), HeadStartTest::japanese, facade);
        Design example = early.example();
        early.evaluate(example);
        List<String> shownFirst = new ArrayList<>();
        Design typed = example.withName("typed");
        // the window shows the bucket policy (its styles are asked for), so the next evaluation hands it over first
        early.evaluate(typed, docs -> { }).documents().stream().filter(d -> d.path().endsWith("bucket-policy.json"))
                .findFirst().orElseThrow().styles();

        DesignerOutput output = early.evaluate(example.withName("typed-again"),
                docs -> docs.forEach(d -> shownFirst.add(d.path())));

        assertThat(output.design().name()).isEqualTo("typed-again");
        assertThat(shownFirst).as("the wrapped evaluator's early hand-over reaches the window through the head start")
                .isNotEmpty();
    }

    @Test
    void anOpenedDesignFileIsTheOneEvaluatedAhead() throws Exception {
        Design opened = DesignStore.example().withName("opened-design");
        Path file = dir.resolve("opened.s3grant.json");
        DesignStore.save(opened, file);
        Recording facade = new Recording();
        HeadStart early = HeadStart.begin(Optional.of(file), HeadStartTest::japanese, facade);

        DesignerOutput exampleOutput = early.evaluate(early.example());
        DesignerOutput openedOutput = early.evaluate(opened);

        assertThat(exampleOutput.design()).isEqualTo(DesignStore.example());
        assertThat(openedOutput.design()).isEqualTo(opened);
        // The two evaluations may overlap: the example's runs on the caller's thread while the file's runs ahead.
        assertThat(facade.calls()).containsExactlyInAnyOrder("opened-design on s3grant-head-start",
                DesignStore.example().name() + " on " + Thread.currentThread().getName());
    }

    @Test
    void theOpenedDesignIsTheFilesOnlyWhenAFileWasNamedAndRead() throws Exception {
        Design opened = DesignStore.example().withName("opened-design");
        Path file = dir.resolve("opened.s3grant.json");
        DesignStore.save(opened, file);
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"version\": ");

        assertThat(HeadStart.begin(Optional.of(file), HeadStartTest::japanese, new Recording()).opened()).contains(opened);
        assertThat(HeadStart.begin(Optional.empty(), HeadStartTest::japanese, new Recording()).opened()).isEmpty();
        assertThat(HeadStart.begin(Optional.of(broken), HeadStartTest::japanese, new Recording()).opened()).isEmpty();
    }

    @Test
    void aDesignFileThatCannotBeReadLeavesTheWindowToSayWhy() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{ \"version\": ");
        Recording facade = new Recording();
        HeadStart early = HeadStart.begin(Optional.of(broken), HeadStartTest::japanese, facade);

        DesignerOutput output = early.evaluate(early.example());

        assertThat(output.design()).isEqualTo(DesignStore.example());
        assertThat(facade.threads).containsExactly(Thread.currentThread().getName());
    }
}
