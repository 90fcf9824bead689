package dev.s3grant.ui.map;

import dev.s3grant.app.PictureFiles;
import dev.s3grant.app.ProblemText;
import dev.s3grant.io.InputException;
import dev.s3grant.map.GrantMap;
import dev.s3grant.model.Language;
import dev.s3grant.ui.background.BackgroundWork;
import dev.s3grant.ui.dialogs.DialogService;
import dev.s3grant.ui.i18n.UiText;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * View › Export Grant Map as SVG… and as PNG…: asks where, then writes the picture on the
 * background worker (to a temporary file moved into place). A failure is one message in the
 * user's language; nothing is half written. Never touches nodes: the view hands in the map's pixels.
 */
public final class MapPictureExport {

    private final GrantMapViewModel map;
    private final SvgFile svg;
    private final BackgroundWork work;
    private final DialogService dialogs;
    private final UiText text;
    private final Supplier<Optional<Path>> folder;
    private final Supplier<String> designName;

    /** Writes a map as an SVG file in a language, as {@code explain --map} does (the façade's writer). */
    @FunctionalInterface
    public interface SvgFile {
        void save(GrantMap map, Language language, Path file) throws InputException;
    }

    /** One write into place, on the worker. */
    @FunctionalInterface
    private interface Write {
        void to(Path target) throws InputException;
    }

    /**
     * @param svg        writes the grant map as an SVG file
     * @param folder     the folder the file chooser starts in
     * @param designName the design's name, from which the suggested file name is made
     */
    public MapPictureExport(GrantMapViewModel map, SvgFile svg, BackgroundWork work, DialogService dialogs,
                          UiText text, Supplier<Optional<Path>> folder, Supplier<String> designName) {
        this.map = map;
        this.svg = svg;
        this.work = work;
        this.dialogs = dialogs;
        this.text = text;
        this.folder = folder;
        this.designName = designName;
    }

    /** Asks for a file and writes the current map as SVG; nothing when there is no map yet or the user cancels. */
    public void exportSvg() {
        GrantMap current = map.map();
        if (current == null) {
            return;
        }
        Language language = text.language();
        choose("svg").ifPresent(target -> write(target, file -> svg.save(current, language, file)));
    }

    /** Asks for a file and writes the map's picture as PNG; {@code pixels} takes the picture (on the FX thread) once the file is chosen. */
    public void exportPng(Supplier<Optional<PixelImage>> pixels) {
        if (map.map() == null) {
            return;
        }
        choose("png").ifPresent(target -> pixels.get().ifPresent(
                image -> write(target, file -> PictureFiles.write(file, PngEncoding.encode(image)))));
    }

    private Optional<Path> choose(String extension) {
        return dialogs.choosePictureToSave(folder.get(), suggestedName(designName.get(), extension), extension);
    }

    /** The design's name made safe for a file name, then {@code -grant-map.EXT}. */
    static String suggestedName(String design, String extension) {
        String name = design.replaceAll("[^A-Za-z0-9._-]+", "-");
        return (name.isEmpty() || name.equals("-") ? "design" : name) + "-grant-map." + extension;
    }

    private void write(Path target, Write content) {
        String title = text.get("ui.dialog.exportMapFailed.title");
        Language language = text.language();
        work.run(() -> {
            try {
                content.to(target);
                return Optional.<String>empty();
            } catch (InputException e) {
                return Optional.of(ProblemText.describe(e.problem(), language));
            }
        }, problem -> problem.ifPresent(message -> dialogs.showError(title, message)),
                error -> dialogs.showError(title, text.get("ui.map.exportFailed", target, error.getClass().getSimpleName())));
    }
}
