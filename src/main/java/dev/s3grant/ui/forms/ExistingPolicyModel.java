package dev.s3grant.ui.forms;

import dev.s3grant.app.ExistingPolicyFiles;
import dev.s3grant.io.InputException;
import dev.s3grant.io.InputProblem;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.ExistingPolicies;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The existing bucket policy or key policy of the design (docs/decisions/0029-merge-into-existing-policies.md):
 * how many statements it has (0 when the design names none), and the commands that load it from a
 * file, take it from pasted text or clear it. Text that is not a policy changes nothing and leaves
 * its problem, with line and column, for the view to show.
 */
public final class ExistingPolicyModel {

    private final String path;
    private final DesignEditor editor;
    private final Function<ExistingPolicies, String> getter;
    private final BiFunction<ExistingPolicies, String, ExistingPolicies> setter;
    private final ReadOnlyIntegerWrapper statements = new ReadOnlyIntegerWrapper(this, "statements");
    private final ObjectProperty<InputProblem> problem = new SimpleObjectProperty<>(this, "problem");

    private ExistingPolicyModel(DesignField field, Design initial, DesignEditor editor,
                                Function<ExistingPolicies, String> getter,
                                BiFunction<ExistingPolicies, String, ExistingPolicies> setter) {
        this.path = field.path();
        this.editor = editor;
        this.getter = getter;
        this.setter = setter;
        refresh(initial);
    }

    static ExistingPolicyModel bucket(Design initial, DesignEditor editor) {
        return new ExistingPolicyModel(DesignField.EXISTING_BUCKET_POLICY, initial, editor,
                ExistingPolicies::bucketPolicy, ExistingPolicies::withBucketPolicy);
    }

    static ExistingPolicyModel key(Design initial, DesignEditor editor) {
        return new ExistingPolicyModel(DesignField.EXISTING_KEY_POLICY, initial, editor,
                ExistingPolicies::keyPolicy, ExistingPolicies::withKeyPolicy);
    }

    /** The design path this policy is at ({@code existingPolicies.bucketPolicy}). */
    public String path() {
        return path;
    }

    /** The number of statements of the existing policy; 0 when the design names none. */
    public ReadOnlyIntegerProperty statementsProperty() {
        return statements.getReadOnlyProperty();
    }

    /** Why the last text given was not taken, or null. */
    public ReadOnlyObjectProperty<InputProblem> problemProperty() {
        return problem;
    }

    public void load(Path file) {
        take(() -> ExistingPolicyFiles.read(file));
    }

    public void paste(String text, String source) {
        take(() -> ExistingPolicyFiles.parse(text, source));
    }

    public void clear() {
        problem.set(null);
        set("");
    }

    void refresh(Design design) {
        statements.set(count(getter.apply(design.existing())));
    }

    private interface Reading {
        String read() throws InputException;
    }

    private void take(Reading reading) {
        try {
            String canonical = reading.read();
            problem.set(null);
            set(canonical);
        } catch (InputException e) {
            problem.set(e.problem());
        }
    }

    private void set(String canonical) {
        editor.edit(path, d -> d.withExisting(setter.apply(d.existing(), canonical)));
    }

    /** The statements of canonical policy text: one {@code "Effect"} member each. */
    private static int count(String canonical) {
        return Optional.of(canonical).filter(t -> !t.isEmpty())
                .map(t -> t.split("\n\\s*\"Effect\": ", -1).length - 1).orElse(0);
    }
}
