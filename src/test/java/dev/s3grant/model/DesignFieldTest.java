package dev.s3grant.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DesignFieldTest {

    @Test
    void pathsJoinTheJsonNamesWithOneIndexPerArray() {
        assertThat(DesignField.REGION.path()).isEqualTo("region");
        assertThat(DesignField.KMS_KEY_ARN.path()).isEqualTo("bucket.encryption.kmsKeyArn");
        assertThat(DesignField.WRITERS.path()).isEqualTo("writers");
        assertThat(DesignField.WRITERS.path(2)).isEqualTo("writers[2]");
        assertThat(DesignField.WRITER_ACCOUNT_ID.path(0)).isEqualTo("writers[0].accountId");
        assertThat(DesignField.KEY_PREFIXES.path()).isEqualTo("bucket.keyPrefixes");
        assertThat(DesignField.KEY_PREFIXES.path(1)).isEqualTo("bucket.keyPrefixes[1]");
        assertThat(DesignField.SERVICES.path(0)).isEqualTo("writers[0].principals.services");
        assertThat(DesignField.SERVICES.path(0, 3)).isEqualTo("writers[0].principals.services[3]");
        assertThat(DesignField.PRINCIPAL_MODE.path(1)).isEqualTo("writers[1].principals.mode");
    }

    @Test
    void aFieldInsideAnArrayNeedsItsIndex() {
        assertThatThrownBy(() -> DesignField.WRITER_ACCOUNT_ID.path()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DesignField.REGION.path(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DesignField.WRITER_ALIAS.path(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFieldsOfAnObjectAreListedInFileOrder() {
        assertThat(DesignField.namesIn(null)).containsExactly("formatVersion", "name", "partition", "region",
                "organizationId", "bucketOwner", "bucket", "writers", "options", "existingPolicies", "acceptedFindings");
        assertThat(DesignField.namesIn(DesignField.ACCEPTED_FINDINGS)).containsExactly("code", "location", "reason");
        assertThat(DesignField.namesIn(DesignField.EXISTING_POLICIES)).containsExactly("bucketPolicy", "keyPolicy");
        assertThat(DesignField.namesIn(DesignField.BUCKET)).containsExactly("name", "manage", "keyPrefixes",
                "objectOwnership", "manageOwnershipControls", "blockPublicAccess", "denyInsecureTransport", "encryption");
        assertThat(DesignField.namesIn(DesignField.WRITERS)).containsExactly("alias", "accountId", "roleName",
                "rolePath", "principals", "allowAbortMultipartUpload", "allowPutObjectTagging", "terraformProvider");
        assertThat(DesignField.namesIn(DesignField.WRITER_PRINCIPALS)).containsExactly("mode", "services");
    }
}
