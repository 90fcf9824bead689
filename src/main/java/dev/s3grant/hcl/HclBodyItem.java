package dev.s3grant.hcl;

/** An attribute or a block of a body. */
public sealed interface HclBodyItem permits HclAttribute, HclBlock {

    Range range();
}
