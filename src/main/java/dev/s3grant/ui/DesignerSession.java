package dev.s3grant.ui;

import dev.s3grant.app.GrantDesigner;
import dev.s3grant.app.GrantMapExport;
import dev.s3grant.model.Design;
import dev.s3grant.ui.background.BackgroundWork;
import dev.s3grant.ui.compare.ComparisonViewModel;
import dev.s3grant.ui.existing.ExistingCheckViewModel;
import dev.s3grant.ui.dialogs.DialogService;
import dev.s3grant.ui.explainany.PolicyExplanationViewModel;
import dev.s3grant.ui.editing.DesignerViewModel;
import dev.s3grant.ui.files.FileCommands;
import dev.s3grant.ui.i18n.UiText;
import dev.s3grant.ui.map.MapPictureExport;
import dev.s3grant.ui.map.GrantMapViewModel;
import dev.s3grant.ui.map.GrantMapLayout;
import dev.s3grant.ui.map.ComparedMapLayout;
import dev.s3grant.ui.map.SavedDesignMapLayout;
import dev.s3grant.ui.output.DesignEvaluator;
import dev.s3grant.ui.settings.UiSettings;
import dev.s3grant.ui.settings.ViewPreferences;

/**
 * The view-models of one designer window, wired together: the design being edited, the File
 * commands, the comparison with existing Terraform and the view preferences. Each knows only what
 * it needs of the others; none touches nodes.
 */
public final class DesignerSession {

    private final UiText text;
    private final DesignerViewModel editor;
    private final FileCommands files;
    private final ComparisonViewModel comparison;
    private final ExistingCheckViewModel existingCheck;
    private final ViewPreferences view;
    private final PolicyExplanationViewModel policyExplanation;
    private final GrantMapViewModel map;
    private final MapPictureExport mapExport;

    public DesignerSession(Design initial, DesignEvaluator evaluator, BackgroundWork work, DialogService dialogs,
                           UiSettings settings, UiText text) {
        this(initial, evaluator, work, dialogs, settings, text, GrantDesigner::grantMap, new SavedDesignMapLayout(),
                GrantMapExport::saveSvg);
    }

    /** As the window's, with the grant map laid out and written as SVG by {@code layout} and {@code svg}. */
    public DesignerSession(Design initial, DesignEvaluator evaluator, BackgroundWork work, DialogService dialogs,
                           UiSettings settings, UiText text, GrantMapLayout layout, MapPictureExport.SvgFile svg) {
        this(initial, evaluator, work, dialogs, settings, text, layout, new SavedDesignMapLayout(), svg);
    }

    /** As the window's, with the grant map laid out, compared with the saved design and written as SVG by these. */
    public DesignerSession(Design initial, DesignEvaluator evaluator, BackgroundWork work, DialogService dialogs,
                           UiSettings settings, UiText text, GrantMapLayout layout, ComparedMapLayout compared,
                           MapPictureExport.SvgFile svg) {
        this.text = text;
        this.editor = new DesignerViewModel(initial, evaluator, work, text);
        this.files = new FileCommands(editor, evaluator, work, dialogs, settings, text);
        this.comparison = new ComparisonViewModel(editor.outputProperty(), work, dialogs, text,
                () -> settings.compareFolder().or(files::lastFolder));
        comparison.rememberFoldersWith(settings::setCompareFolder);
        files.adoptFrom(() -> java.util.Optional.ofNullable(comparison.againstProperty().get())
                .filter(dev.s3grant.app.DesignComparison::isFolder));
        this.existingCheck = new ExistingCheckViewModel(work, dialogs, text, editor::design, files::lastFolder);
        this.view = new ViewPreferences(settings, text);
        this.policyExplanation = new PolicyExplanationViewModel(work, dialogs, text, files::lastFolder);
        this.map = new GrantMapViewModel(editor, text, work, layout);
        map.compareWith(files.savedDesignProperty(), compared);
        this.mapExport = new MapPictureExport(map, svg, work, dialogs, text, files::lastFolder, () -> editor.design().name());
    }

    public UiText text() { return text; }
    public DesignerViewModel editor() { return editor; }
    public FileCommands files() { return files; }
    public ComparisonViewModel comparison() { return comparison; }
    public ExistingCheckViewModel existingCheck() { return existingCheck; }
    public ViewPreferences view() { return view; }
    public PolicyExplanationViewModel policyExplanation() { return policyExplanation; }
    public GrantMapViewModel map() { return map; }
    public MapPictureExport mapExport() { return mapExport; }
}
