package dev.s3grant.ui.settings;

import java.util.Optional;

/** Where the window's settings are kept between runs: string values by key. */
public interface SettingsStore {

    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);

    /** Writes pending changes to their backing store, if there is one. */
    void flush();
}
