package dev.s3grant.ui.settings;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Settings kept with {@code java.util.prefs}, in the user's preferences for the node given. */
public final class PreferencesSettingsStore implements SettingsStore {

    private final Preferences node;

    public PreferencesSettingsStore(Preferences node) {
        this.node = node;
    }

    /** The designer's own node: {@code /dev/s3grant/ui} in the user's preferences. */
    public static PreferencesSettingsStore forDesigner() {
        return new PreferencesSettingsStore(Preferences.userRoot().node("dev/s3grant/ui"));
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(node.get(key, null));
    }

    @Override
    public void put(String key, String value) {
        node.put(key, value);
    }

    @Override
    public void remove(String key) {
        node.remove(key);
    }

    @Override
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // settings are a convenience: the next run starts with defaults
        }
    }
}
