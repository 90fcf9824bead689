package dev.s3grant.terraform;

import dev.s3grant.model.Design;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.BucketKmsKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names the generated Terraform uses, derived from the aliases so that they are stable:
 * <ul>
 *   <li>files {@code account_<alias>.tf};</li>
 *   <li>writer resources {@code aws_iam_role.writer_<a>} and {@code aws_iam_role_policy.writer_<a>},
 *       data sources {@code writer_<a>_trust} and {@code writer_<a>_role};</li>
 *   <li>variables {@code account_<a>_id} and {@code writer_<a>_role_name};</li>
 * </ul>
 * where {@code <a>} is the alias in snake case (lower case, every character other than an ASCII
 * letter or digit turned into {@code _}). Two aliases with the same snake case (or the same file
 * name, ignoring case) would collide: the later one gets {@code _2}, {@code _3}, ...
 *
 * <p>The shared writer file ({@link #sharedWriter(Design)}, decision 0044) names its one writer
 * without an alias: {@code aws_iam_role.writer}, {@code data.aws_region.account}, variables
 * {@code account_id} and {@code role_name}, file {@value #SHARED_WRITER_FILE}.
 */
public final class TerraformNames {

    /** The owner's resources are all named {@code main}: one bucket per design. */
    public static final String OWNER_RESOURCE = "main";
    public static final String BUCKET_ADDRESS = "aws_s3_bucket." + OWNER_RESOURCE;
    public static final String OWNERSHIP_CONTROLS_ADDRESS = "aws_s3_bucket_ownership_controls." + OWNER_RESOURCE;
    public static final String PUBLIC_ACCESS_BLOCK_ADDRESS = "aws_s3_bucket_public_access_block." + OWNER_RESOURCE;
    public static final String KMS_KEY_ADDRESS = "aws_kms_key." + OWNER_RESOURCE;
    public static final String BUCKET_POLICY_ADDRESS = "aws_s3_bucket_policy." + OWNER_RESOURCE;

    /** The folder of the writer root module that every writer account applies (decision 0044). */
    public static final String SHARED_WRITER_FOLDER = "writer";
    /** The one writer file of a design whose writers share it. */
    public static final String SHARED_WRITER_FILE = SHARED_WRITER_FOLDER + "/writer.tf";
    /** The variables of the shared writer file. */
    public static final String SHARED_WRITER_VARIABLES = SHARED_WRITER_FOLDER + "/variables.tf";
    /** The values every writer account shares, which Terraform loads by itself. */
    public static final String SHARED_WRITER_VALUES = SHARED_WRITER_FOLDER + "/terraform.tfvars";
    /** The folder, inside the writer folder, of each account's {@code <alias>.tfvars}. */
    public static final String ACCOUNT_VALUES_FOLDER = "accounts";

    private final List<String> writerSnakes = new ArrayList<>();
    private final List<String> writerFiles = new ArrayList<>();
    private final List<String> accountValueFiles = new ArrayList<>();
    private final String ownerSnake;
    private final String ownerFile;
    private final boolean sharedWriter;

    public TerraformNames(Design design) {
        this(design, false);
    }

    private TerraformNames(Design design, boolean sharedWriter) {
        this.sharedWriter = sharedWriter;
        Set<String> snakes = new HashSet<>();
        Set<String> files = new HashSet<>();
        Set<String> valueFiles = new HashSet<>();
        design.writers().forEach(w -> {
            writerSnakes.add(unique(snake(w.alias()), snakes));
            writerFiles.add(uniqueFile(w.alias(), files));
            accountValueFiles.add(SHARED_WRITER_FOLDER + "/" + ACCOUNT_VALUES_FOLDER + "/"
                    + uniqueName(w.alias(), valueFiles) + ".tfvars");
        });
        ownerSnake = unique(snake(design.bucketOwner().alias()), snakes);
        ownerFile = uniqueFile(design.bucketOwner().alias(), files);
    }

    /**
     * The names inside the shared writer file: {@code design} holds the one writer the file is
     * written from, and every name leaves the alias out, since each writer account applies the file.
     */
    public static TerraformNames sharedWriter(Design design) {
        return new TerraformNames(design, true);
    }

    /** True for the names of the shared writer file. */
    public boolean isSharedWriter() {
        return sharedWriter;
    }

    /** The alias in snake case: lower case, every character other than an ASCII letter or digit as {@code _}. */
    public static String snake(String alias) {
        StringBuilder out = new StringBuilder(alias.length());
        for (char c : alias.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '_');
        }
        return out.toString();
    }

    private static String unique(String wanted, Set<String> taken) {
        String name = wanted;
        for (int n = 2; !taken.add(name); n++) {
            name = wanted + "_" + n;
        }
        return name;
    }

    private static String uniqueFile(String alias, Set<String> taken) {
        return uniqueName("account_" + alias, taken) + ".tf";
    }

    private static String uniqueName(String base, Set<String> taken) {
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    /** {@code account_<alias>.tf} of the writer at {@code index}; {@value #SHARED_WRITER_FILE} in the shared writer file. */
    public String writerFile(int index) {
        return sharedWriter ? SHARED_WRITER_FILE : writerFiles.get(index);
    }

    /** {@code writer/accounts/<alias>.tfvars}: the values of the writer at {@code index} for the shared writer file. */
    public String accountValuesFile(int index) {
        return accountValueFiles.get(index);
    }

    /** The same file relative to the writer folder, as {@code -var-file} takes it: {@code accounts/<alias>.tfvars}. */
    public String accountValuesArgument(int index) {
        return accountValueFiles.get(index).substring(SHARED_WRITER_FOLDER.length() + 1);
    }

    /** {@code account_<alias>.tf} of the bucket owner. */
    public String ownerFile() {
        return ownerFile;
    }

    /** {@code writer_<a>}: the name of the writer's {@code aws_iam_role} and {@code aws_iam_role_policy}. */
    public String writerResource(int index) {
        return sharedWriter ? "writer" : "writer_" + writerSnakes.get(index);
    }

    /** {@code aws_iam_role.writer_<a>}. */
    public String writerRoleAddress(int index) {
        return "aws_iam_role." + writerResource(index);
    }

    /** {@code aws_iam_role_policy.writer_<a>}. */
    public String writerRolePolicyAddress(int index) {
        return "aws_iam_role_policy." + writerResource(index);
    }

    /** {@code aws_iam_instance_profile.writer_<a>} (written when the role trusts EC2). */
    public String writerInstanceProfileAddress(int index) {
        return "aws_iam_instance_profile." + writerResource(index);
    }

    /** {@code writer_<a>_trust}: the trust policy's {@code aws_iam_policy_document}. */
    public String writerTrustData(int index) {
        return writerResource(index) + "_trust";
    }

    /** {@code writer_<a>_role}: the role policy's {@code aws_iam_policy_document}. */
    public String writerRoleData(int index) {
        return writerResource(index) + "_role";
    }

    /** {@code account_<a>}: the writer's {@code aws_region} data source, which checks its provider's Region. */
    public String writerRegionData(int index) {
        return sharedWriter ? "account" : "account_" + writerSnakes.get(index);
    }

    /** {@code account_<b>}: the bucket owner's {@code aws_region} data source. */
    public String ownerRegionData() {
        return "account_" + ownerSnake;
    }

    /** {@code account_<a>_id} of the writer at {@code index}. */
    public String writerAccountVariable(int index) {
        return sharedWriter ? "account_id" : "account_" + writerSnakes.get(index) + "_id";
    }

    /** {@code writer_<a>_role_name}. */
    public String roleNameVariable(int index) {
        return sharedWriter ? "role_name" : "writer_" + writerSnakes.get(index) + "_role_name";
    }

    /**
     * True when the writer's role needs an {@code aws_iam_instance_profile} (named like its role):
     * it trusts EC2, which hands a role to an instance only through an instance profile.
     */
    public static boolean needsInstanceProfile(Writer writer) {
        return writer.principals().trustedServices().contains(ServiceCatalog.EC2);
    }

    /** {@code account_<b>_id} of the bucket owner. */
    public String ownerAccountVariable() {
        return "account_" + ownerSnake + "_id";
    }

    /** {@code alias/<bucket name>}: the alias of a managed key, with the dots a KMS alias cannot hold turned into hyphens. */
    public static String keyAlias(Design design) {
        return BucketKmsKey.alias(design);
    }

    /**
     * True when the owner's file creates the KMS key: SSE-KMS with a managed key on a bucket the
     * file manages (an existing bucket's encryption is not touched, so no key is created for it).
     */
    public static boolean managesKey(Design design) {
        var bucket = design.bucket();
        return bucket.manage() && bucket.encryption().isKms() && bucket.encryption().manageKey();
    }
}
