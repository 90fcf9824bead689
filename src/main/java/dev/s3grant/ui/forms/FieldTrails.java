package dev.s3grant.ui.forms;

import dev.s3grant.model.Design;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.Message;
import dev.s3grant.model.Writer;
import dev.s3grant.ui.i18n.Trail;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a design path in the forms' own words: the section or writer it is in, then the label of
 * the field that shows it ({@code Writer A2 › Role name}, {@code Bucket › Key prefixes}).
 */
final class FieldTrails {

    private static final Pattern WRITER = Pattern.compile("^writers\\[(\\d+)\\]");

    private FieldTrails() {
    }

    /**
     * @param path  the design path asked about
     * @param shown the place of the forms that shows it (the field itself or its nearest parent), if any
     */
    static Trail of(String path, Optional<Markable> shown, Design design, List<WriterModel> writers) {
        Optional<Trail.Part> label = label(path, shown).map(Trail::text);
        if (label.isEmpty() && shown.isEmpty()) {
            return Trail.of(Trail.literal(path));
        }
        List<Trail.Part> parts = new ArrayList<>();
        owner(path, design).map(Trail::text).ifPresent(parts::add);
        shown.flatMap(m -> serviceOf(m, writers)).ifPresentOrElse(option -> {
            parts.add(Trail.text(Message.of("ui.field.writer.principals")));
            parts.add(Trail.literal(option.entry().principal()));
        }, () -> label.ifPresent(parts::add));
        return new Trail(parts);
    }

    /** The section, or the writer, that holds {@code path}. */
    private static Optional<Message> owner(String path, Design design) {
        Matcher writer = WRITER.matcher(path);
        if (writer.find()) {
            int index = Integer.parseInt(writer.group(1));
            Writer w = index < design.writers().size() ? design.writers().get(index) : null;
            if (w != null && !w.alias().isBlank()) {
                return Optional.of(Message.of("ui.location.writer", w.alias()));
            }
            return Optional.of(Message.of("ui.location.writerNumber", String.valueOf(index + 1)));
        }
        String top = path.split("[.\\[]", 2)[0];
        if (top.equals(DesignField.BUCKET_OWNER.jsonName())) {
            return Optional.of(Message.of("ui.section.owner"));
        }
        if (top.equals(DesignField.BUCKET.jsonName()) || top.equals(DesignField.EXISTING_POLICIES.jsonName())) {
            return Optional.of(Message.of("ui.section.bucket"));
        }
        if (top.equals(DesignField.OPTIONS.jsonName())) {
            return Optional.of(Message.of("ui.section.options"));
        }
        if (top.equals(DesignField.WRITERS.jsonName())) {
            return Optional.empty();
        }
        return Optional.of(Message.of("ui.section.organization"));
    }

    /** The label of the field that shows {@code path}; none for a writer as a whole. */
    private static Optional<Message> label(String path, Optional<Markable> shown) {
        if (path.startsWith(DesignField.EXISTING_BUCKET_POLICY.path())) {
            return Optional.of(Message.of("ui.field.bucket.existingPolicy"));
        }
        if (path.startsWith(DesignField.EXISTING_KEY_POLICY.path())) {
            return Optional.of(Message.of("ui.field.encryption.existingKeyPolicy"));
        }
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        Markable m = shown.get();
        if (m instanceof FieldModel<?> field) {
            return Optional.of(Message.of(field.textKey()));
        }
        if (m instanceof MarkHolder holder && holder.labelKey() != null) {
            return Optional.of(Message.of(holder.labelKey()));
        }
        return Optional.empty();
    }

    private static Optional<ServiceChecklistModel.ServiceOption> serviceOf(Markable m, List<WriterModel> writers) {
        Matcher writer = WRITER.matcher(m.path());
        if (!writer.find()) {
            return Optional.empty();
        }
        int index = Integer.parseInt(writer.group(1));
        return index < writers.size() ? writers.get(index).services().optionAt(m.path()) : Optional.empty();
    }
}
