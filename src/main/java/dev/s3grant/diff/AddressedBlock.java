package dev.s3grant.diff;

import dev.s3grant.hcl.HclBlock;

/** A top-level block under the address it is compared by, with its source text. */
record AddressedBlock(String address, HclBlock block, String text) {
}
