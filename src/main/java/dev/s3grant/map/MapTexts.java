package dev.s3grant.map;

import dev.s3grant.model.Language;
import dev.s3grant.text.Localizer;

/** The grant map's texts in one language, from the {@code map} bundle. */
final class MapTexts {

    private final Localizer localizer;

    MapTexts(Language language) {
        this.localizer = Localizer.of(language);
    }

    String organization(String id) {
        return id.isEmpty() ? localizer.text("map.box.organizationUnnamed") : localizer.format("map.box.organization", id);
    }

    String writerAccount(String alias) {
        return localizer.format("map.box.writerAccount", alias);
    }

    String writerGroup(String firstAlias, String lastAlias, int count) {
        return localizer.format("map.box.writerGroup", firstAlias, lastAlias, count);
    }

    String groupServices() {
        return localizer.text("map.box.groupServices");
    }

    String groupRoles(int count) {
        return localizer.format("map.box.groupRoles", count);
    }

    String service() {
        return localizer.text("map.box.service");
    }

    String role(String name) {
        return localizer.format("map.box.role", name);
    }

    String ownerAccount(String alias) {
        return localizer.format("map.box.ownerAccount", alias);
    }

    String bucket(String name) {
        return localizer.format("map.box.bucket", name);
    }

    String bucketExisting() {
        return localizer.text("map.box.bucketExisting");
    }

    String prefix(String prefix) {
        return localizer.format("map.box.prefix", prefix);
    }

    String key() {
        return localizer.text("map.box.key");
    }

    String keyCreated() {
        return localizer.text("map.box.keyCreated");
    }

    String foreign() {
        return localizer.text("map.box.foreign");
    }

    String statements(int count) {
        return localizer.format("map.arrow.statements", count);
    }

    String text(String key) {
        return localizer.text(key);
    }
}
