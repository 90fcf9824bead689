package dev.s3grant.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.io.DesignFiles;
import dev.s3grant.map.GrantMap;
import dev.s3grant.model.Language;
import dev.s3grant.ui.background.SameThreadBackgroundWork;
import dev.s3grant.ui.dialogs.FakeDialogs;
import dev.s3grant.ui.editing.DesignerViewModel;
import dev.s3grant.ui.editing.Navigation;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.output.FacadeEvaluator;
import dev.s3grant.ui.preview.ElementRef;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grant map's view-model and its export in plain JUnit: background work runs on the test thread. */
class GrantMapViewModelTest {

    @TempDir
    Path dir;

    private final UiText text = new UiText(Language.EN);
    private final SameThreadBackgroundWork work = new SameThreadBackgroundWork();
    private final DesignerViewModel editor = new DesignerViewModel(DesignFiles.example(), new FacadeEvaluator(), work, text);
    private final AtomicInteger layouts = new AtomicInteger();
    private final AtomicReference<RuntimeException> layoutFails = new AtomicReference<>();
    private final GrantMapViewModel vm = new GrantMapViewModel(editor, text, work, (artifacts, language) -> {
        layouts.incrementAndGet();
        if (layoutFails.get() != null) {
            throw layoutFails.get();
        }
        return HandMadeMaps.of(artifacts, language);
    });
    private final List<Navigation> navigations = new ArrayList<>();

    {
        editor.navigation().subscribe(navigations::add);
    }

    private String bucketTitle() {
        return vm.map().box("bucket").orElseThrow().title();
    }

    @Test
    void laysOutTheMapOfTheFirstOutputAndOfEveryEditAfterIt() {
        assertThat(bucketTitle()).isEqualTo("central-ingest-222222222222");

        editor.edit("bucket.name", true, d -> d.withBucket(d.bucket().withName("zz-bkt")));

        assertThat(bucketTitle()).isEqualTo("zz-bkt");
    }

    @Test
    void laysOutAgainInTheNewLanguageWhenTheLanguageChanges() {
        assertThat(vm.map().box("writer:A").orElseThrow().title()).isEqualTo("Writer A");

        text.languageProperty().set(Language.JA);

        assertThat(vm.map().box("writer:A").orElseThrow().title()).isEqualTo("書き込み元 A");
    }

    @Test
    void aMapEqualToTheShownOneDoesNotReplaceIt() {
        AtomicInteger replaced = new AtomicInteger();
        vm.mapProperty().addListener((o, old, map) -> replaced.incrementAndGet());
        int before = layouts.get();

        editor.edit("region", true, d -> d.withRegion("eu-west-1"));

        assertThat(layouts.get()).isEqualTo(before + 1);
        assertThat(replaced.get()).isZero();
        editor.edit("bucket.name", true, d -> d.withBucket(d.bucket().withName("zz-bkt")));
        assertThat(replaced.get()).isEqualTo(1);
    }

    @Test
    void selectingAStatementInThePreviewHighlightsTheArrowsAndBoxesItStandsFor() {
        editor.selectElement(new ElementRef("bucket-policy.json", "AllowPutFromA"));
        assertThat(vm.highlightedProperty().get()).containsExactly("put:A");

        editor.selectElement(new ElementRef("A-trust-policy.json", "TrustEcs"));
        assertThat(vm.highlightedProperty().get()).containsExactlyInAnyOrder("assume:A:ecs", "role:A");

        editor.selectElement(new ElementRef("account_A.tf", ""));
        assertThat(vm.highlightedProperty().get()).isEmpty();
    }

    @Test
    void openingAnArrowSelectsItAndShowsItsFirstStatementInThePreview() {
        vm.open("put:A");

        assertThat(vm.selectedProperty().get()).isEqualTo("put:A");
        ElementRef rolePolicy = new ElementRef("A-role-policy.json", "AllowPutObjects");
        assertThat(editor.selectedElementProperty().get()).isEqualTo(rolePolicy);
        assertThat(navigations).containsExactly(new Navigation.ToElement(rolePolicy));
        assertThat(vm.highlightedProperty().get()).containsExactly("put:A");
    }

    @Test
    void openingABoxWithoutAStatementSelectsItAndGoesNowhere() {
        vm.open("organization");

        assertThat(vm.selectedProperty().get()).isEqualTo("organization");
        assertThat(navigations).isEmpty();
    }

    @Test
    void theKeyboardWalksBoxesThenArrowsRoundAndEnterOpens() {
        vm.selectNext();
        assertThat(vm.selectedProperty().get()).isEqualTo("organization");
        vm.selectPrevious();
        assertThat(vm.selectedProperty().get()).isEqualTo("put:A");
        vm.selectNext();
        assertThat(vm.selectedProperty().get()).isEqualTo("organization");
        vm.selectPrevious();
        vm.selectPrevious();
        assertThat(vm.selectedProperty().get()).isEqualTo("assume:A:ecs");
        assertThat(navigations).isEmpty();
        assertThat(editor.selectedElementProperty().get()).isEqualTo(new ElementRef("A-trust-policy.json", "TrustEcs"));

        vm.openSelected();

        assertThat(navigations).containsExactly(new Navigation.ToElement(new ElementRef("A-trust-policy.json", "TrustEcs")));
    }

    @Test
    void aSelectionThatIsNoLongerOnTheMapIsCleared() {
        vm.select("put:A");
        vm.select("no-such-item");
        assertThat(vm.selectedProperty().get()).isEmpty();
    }

    @Test
    void zoomStepsByAQuarterAndStaysBetweenAQuarterAndFourTimes() {
        vm.zoomIn();
        assertThat(vm.zoomProperty().get()).isEqualTo(1.25);
        for (int i = 0; i < 20; i++) {
            vm.zoomIn();
        }
        assertThat(vm.zoomProperty().get()).isEqualTo(4);
        for (int i = 0; i < 40; i++) {
            vm.zoomOut();
        }
        assertThat(vm.zoomProperty().get()).isEqualTo(0.25);
        vm.resetZoom();
        assertThat(vm.zoomProperty().get()).isEqualTo(1);
    }

    @Test
    void aLayoutThatFailsKeepsTheMapShownAndSaysSoInTheUserLanguage() {
        GrantMap before = vm.map();
        layoutFails.set(new IllegalStateException("broken"));
        text.languageProperty().set(Language.JA);

        assertThat(vm.map()).isSameAs(before);
        assertThat(vm.failureProperty().get()).isEqualTo("グラントマップを描画できませんでした（IllegalStateException）。直前の変更より前の設計を表示しています。");

        layoutFails.set(null);
        editor.edit("bucket.name", true, d -> d.withBucket(d.bucket().withName("zz-bkt")));
        assertThat(vm.failureProperty().get()).isEmpty();
    }

    // ---- export

    private MapPictureExport export(FakeDialogs dialogs) {
        return new MapPictureExport(vm, (map, language, file) -> dev.s3grant.app.PictureFiles.write(file,
                ("<svg xmlns=\"http://www.w3.org/2000/svg\" xml:lang=\"" + language.code() + "\">" + map.boxes().size() + "</svg>\n")
                        .getBytes(StandardCharsets.UTF_8)),
                work, dialogs, text, () -> Optional.of(dir), () -> editor.design().name());
    }

    @Test
    void exportsTheMapAsSvgWithTheFaçadesWriterUnderTheChosenName() throws IOException {
        FakeDialogs dialogs = new FakeDialogs();
        dialogs.pictureFile = dir.resolve("map.svg");

        export(dialogs).exportSvg();

        assertThat(Files.readString(dir.resolve("map.svg"), StandardCharsets.UTF_8))
                .isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\" xml:lang=\"en\">6</svg>\n");
        assertThat(dialogs.picturesAsked).containsExactly("ecs-to-central-ingest-grant-map.svg");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("map.svg");
        }
    }

    @Test
    void exportsThePixelsAsAPngOfTheSameSize() throws IOException {
        FakeDialogs dialogs = new FakeDialogs();
        dialogs.pictureFile = dir.resolve("map.png");
        int[] argb = {0xffff0000, 0xff00ff00, 0xff0000ff, 0xffffffff, 0xff000000, 0x80808080};

        export(dialogs).exportPng(() -> Optional.of(new PixelImage(3, 2, argb)));

        BufferedImage png = ImageIO.read(dir.resolve("map.png").toFile());
        assertThat(png.getWidth()).isEqualTo(3);
        assertThat(png.getHeight()).isEqualTo(2);
        assertThat(png.getRGB(1, 0)).isEqualTo(0xff00ff00);
        assertThat(png.getRGB(2, 1)).isEqualTo(0x80808080);
    }

    @Test
    void cancellingTheFileChooserWritesNothingAndTakesNoPicture() throws IOException {
        FakeDialogs dialogs = new FakeDialogs();
        AtomicInteger pictures = new AtomicInteger();

        export(dialogs).exportPng(() -> {
            pictures.incrementAndGet();
            return Optional.empty();
        });
        export(dialogs).exportSvg();

        assertThat(pictures.get()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFileThatCannotBeWrittenIsOneMessageInTheUserLanguageAndNothingIsLeftBehind() throws IOException {
        Files.createDirectory(dir.resolve("taken.svg"));
        FakeDialogs dialogs = new FakeDialogs();
        dialogs.pictureFile = dir.resolve("taken.svg");
        text.languageProperty().set(Language.JA);

        export(dialogs).exportSvg();

        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).contains("taken.svg はフォルダーです。");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("taken.svg");
        }
        assertThat(dir.resolve("taken.svg")).isEmptyDirectory();
    }

    @Test
    void theSuggestedNameIsTheDesignsNameMadeSafeForAFile() {
        assertThat(MapPictureExport.suggestedName("payments / prod", "png")).isEqualTo("payments-prod-grant-map.png");
        assertThat(MapPictureExport.suggestedName("", "svg")).isEqualTo("design-grant-map.svg");
    }

    // ---- changes since the saved design

    /** A compared layout made by hand: the bucket's title names the earlier and the current bucket. */
    private final List<String> comparedWith = new ArrayList<>();
    private final javafx.beans.property.ObjectProperty<dev.s3grant.model.Design> saved =
            new javafx.beans.property.SimpleObjectProperty<>(editor.design());

    private void compareWithSaved() {
        vm.compareWith(saved, (earlier, now, language) -> {
            comparedWith.add(earlier.bucket().name());
            GrantMap plain = HandMadeMaps.of(now, language);
            List<dev.s3grant.map.MapBox> boxes = plain.boxes().stream().map(b -> !b.id().equals("bucket") ? b
                    : new dev.s3grant.map.MapBox(b.id(), b.kind(), b.parent(), earlier.bucket().name() + " -> " + b.title(),
                            b.lines(), b.x(), b.y(), b.width(), b.height(), b.targets(), dev.s3grant.map.MapMark.CHANGED)).toList();
            return new GrantMap(boxes, plain.arrows(), plain.width(), plain.height());
        });
    }

    @Test
    void showingChangesComparesWithTheSavedDesignUntilItIsTurnedOff() {
        compareWithSaved();
        editor.edit("bucket.name", true, d -> d.withBucket(d.bucket().withName("zz-bkt")));
        assertThat(vm.showChangesProperty().get()).as("off when the window opens").isFalse();
        assertThat(bucketTitle()).isEqualTo("zz-bkt");
        assertThat(comparedWith).isEmpty();

        vm.showChangesProperty().set(true);

        assertThat(bucketTitle()).isEqualTo("central-ingest-222222222222 -> zz-bkt");
        assertThat(vm.map().box("bucket").orElseThrow().mark()).isEqualTo(dev.s3grant.map.MapMark.CHANGED);
        assertThat(vm.comparingProperty().get()).isTrue();

        editor.edit("bucket.name", true, d -> d.withBucket(d.bucket().withName("yy-bkt")));
        assertThat(bucketTitle()).as("follows each edit").isEqualTo("central-ingest-222222222222 -> yy-bkt");

        saved.set(editor.design());
        assertThat(bucketTitle()).as("a save moves the comparison's base").isEqualTo("yy-bkt -> yy-bkt");

        vm.showChangesProperty().set(false);
        assertThat(bucketTitle()).isEqualTo("yy-bkt");
        assertThat(vm.map().box("bucket").orElseThrow().mark()).isEqualTo(dev.s3grant.map.MapMark.NONE);
        assertThat(vm.comparingProperty().get()).isFalse();
    }

    @Test
    void aSaveWhileChangesAreNotShownLaysNothingOutAgain() {
        compareWithSaved();
        int before = layouts.get();

        saved.set(editor.design().withBucket(editor.design().bucket().withName("zz-bkt")));

        assertThat(layouts.get()).isEqualTo(before);
        assertThat(comparedWith).isEmpty();
    }

    @Test
    void withoutASavedDesignShowingChangesShowsTheMapAlone() {
        saved.set(null);
        compareWithSaved();

        vm.showChangesProperty().set(true);

        assertThat(bucketTitle()).isEqualTo("central-ingest-222222222222");
        assertThat(vm.comparingProperty().get()).isFalse();
        assertThat(comparedWith).isEmpty();
    }

    @Test
    void theFaçadesComparedLayoutMarksWhatChangedSinceTheSavedDesign() {
        dev.s3grant.model.Design before = editor.design();
        editor.edit("bucket.prefixes", false, d -> d.withBucket(d.bucket().withKeyPrefixes(List.of("landing/"))));

        GrantMap map = new SavedDesignMapLayout().layOut(before, editor.output().artifacts().orElseThrow(), Language.EN);

        assertThat(map.box("owner/bucket/prefix/landing/").orElseThrow().mark()).isEqualTo(dev.s3grant.map.MapMark.ADDED);
        assertThat(map.box("owner/bucket/prefix/incoming/").orElseThrow().mark()).isEqualTo(dev.s3grant.map.MapMark.REMOVED);
        assertThat(map.box("organization").orElseThrow().mark()).isEqualTo(dev.s3grant.map.MapMark.NONE);
    }

    // ---- zoom to fit (the hand-made map is 720 × 340)

    @Test
    void aMapLargerThanTheViewIsFittedTheFirstTimeItIsShownOnly() {
        vm.viewShown(360, 400);
        assertThat(vm.zoomProperty().get()).isEqualTo(0.5);

        vm.resetZoom();
        vm.viewShown(200, 200);
        assertThat(vm.zoomProperty().get()).as("later sizes keep the user's zoom").isEqualTo(1.0);
    }

    @Test
    void theFirstShowFitsNoSmallerThanHalfSoTheTextStaysReadable() {
        vm.viewShown(180, 85);

        assertThat(vm.zoomProperty().get()).isEqualTo(GrantMapViewModel.FIRST_SHOW_MIN_ZOOM);
        vm.zoomToFit();
        assertThat(vm.zoomProperty().get()).as("Zoom to Fit asked for goes below").isEqualTo(0.25);
    }

    @Test
    void aMapSmallerThanTheViewIsShownAt100PercentTheFirstTime() {
        vm.viewShown(1000, 800);

        assertThat(vm.zoomProperty().get()).isEqualTo(1.0);
    }

    @Test
    void zoomToFitFitsTheWholeMapButNeverEnlargesItNorGoesBelowAQuarter() {
        vm.zoomToFit();
        assertThat(vm.zoomProperty().get()).as("no view size yet").isEqualTo(1.0);

        vm.viewShown(1000, 800);
        vm.zoomIn();
        vm.zoomToFit();
        assertThat(vm.zoomProperty().get()).as("not above 100 %").isEqualTo(1.0);

        vm.viewShown(720, 170);
        vm.zoomToFit();
        assertThat(vm.zoomProperty().get()).as("the height decides").isEqualTo(0.5);

        vm.viewShown(72, 34);
        vm.zoomToFit();
        assertThat(vm.zoomProperty().get()).isEqualTo(GrantMapViewModel.MIN_ZOOM);
    }
}
