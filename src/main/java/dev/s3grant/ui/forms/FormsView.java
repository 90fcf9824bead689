package dev.s3grant.ui.forms;

import dev.s3grant.ui.common.UncachedViewport;
import dev.s3grant.ui.i18n.UiText;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/** The forms on the left: every section in one scrollable column. */
public final class FormsView extends ScrollPane {

    private final VBox sections;
    private final WritersSection writers;

    public FormsView(FormsViewModel forms, UiText text) {
        writers = new WritersSection(forms, text);
        sections = new VBox(8,
                new OrganizationSection(forms, text),
                new BucketOwnerSection(forms, text),
                new BucketSection(forms, text),
                writers,
                new OptionsSection(forms, text));
        sections.getStyleClass().add("forms");
        setContent(sections);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("forms-scroll");
        UncachedViewport.of(this);
    }

    /**
     * Scrolls to the control that shows {@code path}, opens its sections and focuses it; a writer's
     * field is first shown by selecting its writer in the list.
     */
    public boolean focus(String path) {
        writers.showWriterOf(path);
        Optional<Node> node = find(sections, path);
        node.ifPresent(n -> {
            reveal(n);
            n.requestFocus();
        });
        return node.isPresent();
    }

    /** The writers' list and editor. */
    public WritersSection writers() {
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
