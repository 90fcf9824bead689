package dev.s3grant.ui.forms;

import dev.s3grant.model.Design;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.Message;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.model.Principals;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.model.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * A writer's service list: one check box per catalogued service and a field of custom service
 * principals (separated by commas or spaces), each checked against the documented pattern as the
 * user types. Any change writes the whole list: ticked catalogue services in catalogue order,
 * then the custom ones as typed.
 */
public final class ServiceChecklistModel {

    /** One catalogued service, whether the writer trusts it, and the mark of findings about it. */
    public static final class ServiceOption {
        private final ServiceCatalog.Entry entry;
        private final BooleanProperty checked = new SimpleBooleanProperty(this, "checked");
        private final MarkHolder mark;

        ServiceOption(ServiceCatalog.Entry entry, String listPath) {
            this.entry = entry;
            this.mark = new MarkHolder(listPath + "." + entry.key());
        }

        /**
         * Where findings about this service are shown: its check box. The path is the list's path
         * and the catalogue key ({@code writers[0].principals.services.lambda}); a finding's
         * {@code services[j]} lands here when the j-th service of the list is this one.
         */
        public MarkHolder mark() {
            return mark;
        }

        public ServiceCatalog.Entry entry() {
            return entry;
        }

        public BooleanProperty checkedProperty() {
            return checked;
        }

        /** The key of the service's one-line hint. */
        public String hintKey() {
            return ServiceHints.key(entry);
        }
    }

    private final int writerIndex;
    private final DesignEditor editor;
    private final List<ServiceOption> options = new ArrayList<>();
    private final FieldModel<String> custom;
    private final MarkHolder mark;
    private boolean refreshing;

    ServiceChecklistModel(int writerIndex, Design initial, DesignEditor editor) {
        this.writerIndex = writerIndex;
        this.editor = editor;
        String path = DesignField.SERVICES.path(writerIndex);
        this.mark = new MarkHolder(path, "ui.field.writer.principals");
        for (ServiceCatalog.Entry e : ServiceCatalog.entries()) {
            ServiceOption option = new ServiceOption(e, path);
            options.add(option);
            option.checked.addListener((o, old, v) -> {
                if (!refreshing) {
                    editor.edit(path, d -> DesignEdits.withWriter(d, writerIndex,
                            w -> withServices(w, listed(w, option.entry.principal(), v))));
                }
            });
        }
        this.custom = new FieldModel<>(path + ".custom", "ui.field.writer.customServices",
                "ui.field.writer.customServices.tip", initial, editor,
                d -> customText(writer(d, writerIndex)),
                (d, text) -> DesignEdits.withWriter(d, writerIndex, w -> withServices(w, withCustom(w, text))),
                ServiceChecklistModel::checkCustom);
        refreshChecks(initial);
    }

    public List<ServiceOption> options() {
        return options;
    }

    public FieldModel<String> custom() {
        return custom;
    }

    /** Where findings about the service list (for example an unknown or wrong principal) are shown. */
    public MarkHolder mark() {
        return mark;
    }

    /**
     * The path of the place that shows the {@code index}-th service of the writer's list in
     * {@code d}: the check box of a catalogued service, the custom field for any other; the list
     * itself when there is no such service.
     */
    String shownPathOf(int index, Design d) {
        Writer w = writer(d, writerIndex);
        if (w == null || index < 0 || index >= w.principals().services().size()) {
            return mark.path();
        }
        String principal = w.principals().services().get(index);
        return options.stream().filter(o -> o.entry.principal().equals(principal)).findFirst()
                .map(o -> o.mark.path()).orElse(custom.path());
    }

    /** The catalogued service whose check box has the path {@code path}, if one has. */
    Optional<ServiceOption> optionAt(String path) {
        return options.stream().filter(o -> o.mark.path().equals(path)).findFirst();
    }

    List<Markable> markables() {
        List<Markable> all = new ArrayList<>();
        all.add(custom);
        all.add(mark);
        options.forEach(o -> all.add(o.mark));
        return all;
    }

    void refresh(Design d, String origin) {
        if (!mark.path().equals(origin)) {
            refreshChecks(d);
        }
        if (!custom.path().equals(origin)) {
            custom.refresh(d);
        }
    }

    private void refreshChecks(Design d) {
        Writer w = writer(d, writerIndex);
        List<String> services = w == null ? List.of() : w.principals().services();
        refreshing = true;
        try {
            for (ServiceOption option : options) {
                option.checked.set(services.contains(option.entry.principal()));
            }
        } finally {
            refreshing = false;
        }
    }

    static Writer writer(Design d, int index) {
        return index < d.writers().size() ? d.writers().get(index) : null;
    }

    private static Writer withServices(Writer w, List<String> services) {
        return w.withPrincipals(new Principals(w.principals().mode(), services));
    }

    /** Catalogue services first, in catalogue order, then the custom ones in the order typed. */
    private static List<String> listed(Writer w, String principal, boolean trusted) {
        Set<String> catalogued = new LinkedHashSet<>();
        for (ServiceCatalog.Entry e : ServiceCatalog.entries()) {
            boolean on = e.principal().equals(principal) ? trusted : w.principals().services().contains(e.principal());
            if (on) {
                catalogued.add(e.principal());
            }
        }
        List<String> all = new ArrayList<>(catalogued);
        all.addAll(customOf(w));
        return all;
    }

    private static List<String> withCustom(Writer w, String text) {
        List<String> all = new ArrayList<>();
        for (ServiceCatalog.Entry e : ServiceCatalog.entries()) {
            if (w.principals().services().contains(e.principal())) {
                all.add(e.principal());
            }
        }
        for (String entry : parseCustom(text)) {
            if (!all.contains(entry)) {
                all.add(entry);
            }
        }
        return all;
    }

    private static List<String> customOf(Writer w) {
        return w.principals().services().stream().filter(s -> ServiceCatalog.find(s).isEmpty()).toList();
    }

    private static String customText(Writer w) {
        return w == null ? "" : String.join(", ", customOf(w));
    }

    static List<String> parseCustom(String text) {
        List<String> entries = new ArrayList<>();
        if (text == null) {
            return entries;
        }
        for (String part : text.split("[,\\s]+")) {
            if (!part.isEmpty()) {
                entries.add(part);
            }
        }
        return entries;
    }

    private static Optional<Message> checkCustom(String text) {
        List<String> invalid = parseCustom(text).stream().filter(s -> !ServiceCatalog.isRecognisable(s)).toList();
        return invalid.isEmpty()
                ? Optional.empty()
                : Optional.of(Message.of("ui.field.writer.customServices.invalid", String.join(", ", invalid)));
    }

    /** Switching to the service list keeps what ECS-only meant: ECS tasks stay trusted until unticked. */
    static Writer withMode(Writer w, PrincipalMode mode) {
        List<String> services = w.principals().services();
        if (mode == PrincipalMode.SERVICES && services.isEmpty()) {
            services = List.of(ServiceCatalog.ECS_TASKS);
        }
        return w.withPrincipals(new Principals(mode, services));
    }
}
