package dev.s3grant.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** The manifest's own SHA-256 (decision 0057) against the runtime's, and the standard's examples. */
class Sha256Properties {

    @Property(tries = 2_000)
    void theHashIsTheRuntimesSha256(@ForAll @Size(max = 300) byte[] bytes) throws Exception {
        assertThat(Sha256.hex(bytes)).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    }

    /** Every length around the block and padding boundaries (55, 56, 63, 64 bytes and their multiples). */
    @Example
    void everyLengthUpToFourBlocks() throws Exception {
        for (int length = 0; length <= 4 * 64 + 1; length++) {
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++) {
                bytes[i] = (byte) (i * 31 + 7);
            }
            assertThat(Sha256.hex(bytes)).as("%d bytes", length)
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        }
    }

    /** The examples of FIPS 180-4's SHA-256 (NIST's example values), and the empty message. */
    @Example
    void theStandardsExamples() {
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        assertThat(Sha256.hex(new byte[0])).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Sha256.hex("a".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
}
