package dev.s3grant.terraform;

import dev.s3grant.model.formats.DesignerFormats;
import java.util.Optional;

/**
 * The provider an account's resources use: {@code aws.b} (an aliased provider configuration) or
 * empty for the default one. Only a well-formed reference ({@code name} or {@code name.alias}) is
 * written as {@code provider = ...}: anything else would not parse, so it is left out and the
 * file's header says so.
 */
record ProviderReference(String typed) {

    ProviderReference {
        typed = typed == null ? "" : typed.strip();
    }

    boolean isDefault() {
        return typed.isEmpty();
    }

    boolean isValid() {
        return DesignerFormats.matches(DesignerFormats.TERRAFORM_PROVIDER, typed);
    }

    /** {@code provider = <this>} when one is set and well formed. */
    Optional<HclExpr> expression() {
        return isValid() ? Optional.of(HclExpr.ref(typed)) : Optional.empty();
    }

    /** True when a reference was given but cannot be written. */
    boolean isMalformed() {
        return !isDefault() && !isValid();
    }
}
