package dev.s3grant.ui.forms;

import dev.s3grant.ui.common.AfterFirstFrame;
import dev.s3grant.ui.common.UncachedViewport;
import dev.s3grant.ui.i18n.UiText;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The forms on the left: every section in one scrollable column. The sections below the fold of a
 * window opened at its usual size (the writers and the options) are built right after the window's
 * first frame (decision 0049), or at once when something asks for one of their controls.
 */
public final class FormsView extends ScrollPane {

    /** Set for a moment on the control the window has just taken the user to, so the eye finds it. */
    public static final PseudoClass LOCATED = PseudoClass.getPseudoClass("located");

    /** How long {@link #LOCATED} stays on. */
    public static final Duration LOCATED_FOR = Duration.millis(1500);

    private final VBox sections;
    private final PauseTransition locatedTimer = new PauseTransition(LOCATED_FOR);
    private Node located;
    private final FormsViewModel forms;
    private final UiText text;
    /** Built with the options after the first frame, or when first asked for. */
    private WritersSection writers;

    /** The narrowest the forms get in the window: the label column and a field of about 24 characters. */
    public static final double MIN_WIDTH = 440;

    public FormsView(FormsViewModel forms, UiText text) {
        this.forms = forms;
        this.text = text;
        sections = new VBox(8,
                new OrganizationSection(forms, text),
                new BucketOwnerSection(forms, text),
                new BucketSection(forms, text));
        sections.getStyleClass().add("forms");
        setContent(sections);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        // The sections need this width for a label and a usable field side by side; the split pane
        // keeps the divider from cutting them off at the right edge (it has no horizontal scroll bar).
        setMinWidth(MIN_WIDTH);
        getStyleClass().add("forms-scroll");
        UncachedViewport.of(this);
        AfterFirstFrame.run(this, this::buildLowerSections);
    }

    /** Adds the writers and the options below the other sections, once. */
    private void buildLowerSections() {
        if (writers == null) {
            writers = new WritersSection(forms, text);
            sections.getChildren().addAll(writers, new OptionsSection(forms, text));
        }
    }

    /**
     * Scrolls to the control that shows {@code path}, opens its sections, focuses it and marks it
     * {@link #LOCATED} for {@link #LOCATED_FOR}; a writer's field is first shown by selecting its
     * writer in the list. A group (radio buttons, a list's icon) gives the focus to its first control.
     */
    public boolean focus(String path) {
        buildLowerSections();
        writers.showWriterOf(path);
        Optional<Node> node = find(sections, path);
        node.ifPresent(n -> {
            reveal(n);
            Node target = focusTarget(n);
            target.requestFocus();
            markLocated(target);
        });
        return node.isPresent();
    }

    /** The control the user is taken to when asked for {@code n}. */
    private static Node focusTarget(Node n) {
        if (n.isFocusTraversable()) {
            return n;
        }
        Optional<Node> inside = firstFocusable(n);
        if (inside.isPresent()) {
            return inside.get();
        }
        return n.getParent() == null ? n : firstFocusable(n.getParent()).orElse(n);
    }

    private static Optional<Node> firstFocusable(Node n) {
        if (n.isFocusTraversable() && !n.isDisabled()) {
            return Optional.of(n);
        }
        if (n instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = firstFocusable(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private void markLocated(Node n) {
        if (located != null) {
            located.pseudoClassStateChanged(LOCATED, false);
        }
        located = n;
        n.pseudoClassStateChanged(LOCATED, true);
        locatedTimer.setOnFinished(e -> {
            n.pseudoClassStateChanged(LOCATED, false);
            if (located == n) {
                located = null;
            }
        });
        locatedTimer.playFromStart();
    }

    /** The writers' list and editor. */
    public WritersSection writers() {
        buildLowerSections();
        return writers;
    }

    /** Opens the sections around {@code n} and scrolls it into view. */
    public void reveal(Node n) {
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TitledPane t) {
                t.setExpanded(true);
            }
        }
        applyCss();
        layout();
        scrollTo(n);
    }

    private void scrollTo(Node n) {
        Bounds content = sections.getLayoutBounds();
        Bounds target = sections.sceneToLocal(n.localToScene(n.getLayoutBounds()));
        double viewport = getViewportBounds().getHeight();
        double range = content.getHeight() - viewport;
        if (range > 0) {
            setVvalue(Math.max(0, Math.min(1, (target.getMinY() - viewport / 3) / range)));
        }
    }

    /** The control whose design path is {@code path}. */
    public static Optional<Node> find(Node root, String path) {
        if (path.equals(root.getProperties().get(MarkDecoration.PATH))) {
            return Optional.of(root);
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = find(child, path);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (root instanceof TitledPane t && t.getContent() != null) {
            return find(t.getContent(), path);
        }
        return Optional.empty();
    }
}
