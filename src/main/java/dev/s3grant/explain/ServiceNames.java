package dev.s3grant.explain;

import dev.s3grant.model.Message;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.text.Code;
import dev.s3grant.text.MessageList;
import java.util.List;

/**
 * Service principals as readers know them ("Amazon ECS tasks ({@code ecs-tasks.amazonaws.com})").
 * Catalogued services have a key {@code explain.service.<catalogue key>}; others are named by
 * their principal only.
 */
final class ServiceNames {

    /** The prefix of the per-service keys; the rest of the key is a {@link ServiceCatalog.Entry#key()}. */
    static final String KEY_PREFIX = "explain.service.";

    private ServiceNames() {
    }

    static Message of(String principal) {
        return ServiceCatalog.find(principal)
                .map(e -> Message.of(KEY_PREFIX + e.key(), new Code(principal)))
                .orElseGet(() -> Message.of("explain.serviceCustom", new Code(principal)));
    }

    /** The services as a list; a design that names none shows "not set" rather than an empty gap. */
    static MessageList of(List<String> principals) {
        if (principals.isEmpty()) {
            return new MessageList(List.of(Message.of(NotSet.KEY)));
        }
        return new MessageList(principals.stream().map(ServiceNames::of).toList());
    }
}
