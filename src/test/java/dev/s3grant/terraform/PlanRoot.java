package dev.s3grant.terraform;

import dev.s3grant.model.Design;
import dev.s3grant.model.Writer;
import dev.s3grant.model.formats.FormatCheck;
import dev.s3grant.model.formats.IdentifierFormat;
import dev.s3grant.model.formats.IdentifierFormats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One Terraform root module over every golden case: each case's files are a module {@code m<i>},
 * planned with providers for the design's Region; behind two switches (which leave the {@code m<i>}
 * out), the same module again with providers for another Region of the partition
 * ({@code wrong_region_m<i>}), and, for the cases with variables, with a value every variable's
 * validation rejects ({@code invalid_values_m<i>}).
 */
final class PlanRoot {

    static final String WRONG_REGION = "wrong_region";
    static final String INVALID_VALUES = "invalid_values";

    /** Values the identifier formats reject, used in turn across the cases so that every check is hit. */
    private static final Map<IdentifierFormat, List<String>> REJECTED = Map.of(
            IdentifierFormats.PARTITION, List.of("aws-iso", "AWS"),
            IdentifierFormats.REGION, List.of("tokyo", "ap-northeast-1a", "AP-NORTHEAST-1"),
            IdentifierFormats.ORGANIZATION_ID, List.of("o-A1B2", "r-a1b2c3d4e5"),
            IdentifierFormats.ORG_PATH, List.of("o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*", "ou-ab12-11111111",
                    "o-a1b2c3d4e5/r-ab12/"),
            IdentifierFormats.BUCKET_NAME, List.of("ab", "Central_Ingest", "192.168.5.4", "central-ingest-s3alias",
                    "xn--central..ingest"),
            IdentifierFormats.KMS_KEY_ARN, List.of("alias/aws/s3", "arn:aws:kms:ap-northeast-1:222222222222:alias/ingest",
                    "1234abcd-12ab-34cd-56ef-1234567890ab"),
            IdentifierFormats.ACCOUNT_ID, List.of("11111111111", "1111-1111-1111"),
            IdentifierFormats.ROLE_NAME, List.of("ecs role/s3", "r".repeat(65)));

    /**
     * A module block of the root: its case, its name, the values the plan gives its variables with
     * its switch on, and the Region of its providers. Terraform validates a module's variables even
     * when its {@code count} is 0, so rejected values are given only while the switch is on.
     */
    record Module(int index, TerraformCases c, String name, Map<String, String> values, Map<String, String> valuesWhenOff,
                  String region) {
    }

    /**
     * The shared writer folder of a case ({@code m<i>/writer}) as one writer account applies it: its
     * module, and the index of the writer whose {@code accounts/<alias>.tfvars} gives the values.
     */
    record WriterModule(Module module, int writer) {
    }

    final List<Module> good = new ArrayList<>();
    final List<Module> wrongRegion = new ArrayList<>();
    final List<Module> invalidValues = new ArrayList<>();
    final List<WriterModule> goodWriters = new ArrayList<>();
    final List<WriterModule> wrongRegionWriters = new ArrayList<>();
    /** Root provider alias → Region. */
    private final Map<String, String> providers = new TreeMap<>();
    private final StringBuilder main = new StringBuilder("""
            terraform {
              required_providers {
                aws = { source = "hashicorp/aws" }
              }
            }

            variable "wrong_region" {
              type    = bool
              default = false
            }

            variable "invalid_values" {
              type    = bool
              default = false
            }
            """);

    PlanRoot(Path dir, List<TerraformCases> cases) throws IOException {
        for (int i = 0; i < cases.size(); i++) {
            TerraformCases c = cases.get(i);
            Design d = c.design();
            TerraformFiles files = c.files();
            List<String> aliases = providerAliases(d);
            writeModuleFolder(dir.resolve("m" + i), files, aliases);
            Map<String, String> values = new TerraformModule(files).values;
            add(good, new Module(i, c, "m" + i, values, values, d.region()), null, aliases);
            add(wrongRegion, new Module(i, c, "wrong_region_m" + i, values, values, otherRegion(d)), WRONG_REGION, aliases);
            if (d.options().sharedWriterFile()) {
                addWriterModules(i, c, d, files, aliases);
            }
            if (!values.isEmpty()) {
                add(invalidValues, new Module(i, c, "invalid_values_m" + i, rejected(d, values, i), values, d.region()),
                        INVALID_VALUES, aliases);
            }
        }
        providers.forEach((alias, region) -> main.append(offlineProvider(alias, region)));
        Files.writeString(dir.resolve("main.tf"), main.toString(), StandardCharsets.UTF_8);
    }

    /** The writer folder once per writer account, with that account's values, in the design's Region and in another. */
    private void addWriterModules(int i, TerraformCases c, Design d, TerraformFiles files, List<String> aliases) {
        TerraformNames names = new TerraformNames(d);
        for (int w = 0; w < d.writers().size(); w++) {
            Map<String, String> values = new TerraformModule(SharedWriterReadBackTest.writerRoot(files, names.accountValuesFile(w))).values;
            Module good = new Module(i, c, "m" + i + "_writer_" + w, values, values, d.region());
            goodWriters.add(new WriterModule(good, w));
            add(good, null, aliases, "./m" + i + "/" + TerraformNames.SHARED_WRITER_FOLDER);
            Module wrong = new Module(i, c, "wrong_region_m" + i + "_writer_" + w, values, values, otherRegion(d));
            wrongRegionWriters.add(new WriterModule(wrong, w));
            add(wrong, WRONG_REGION, aliases, "./m" + i + "/" + TerraformNames.SHARED_WRITER_FOLDER);
        }
    }

    private void add(List<Module> list, Module m, String flag, List<String> aliases) {
        list.add(m);
        add(m, flag, aliases, "./m" + m.index());
    }

    private void add(Module m, String flag, List<String> aliases, String source) {
        main.append("\nmodule \"").append(m.name()).append("\" {\n");
        main.append("  count  = ").append(flag == null ? "var." + WRONG_REGION + " || var." + INVALID_VALUES + " ? 0 : 1"
                : "var." + flag + " ? 1 : 0").append('\n');
        main.append("  source = \"").append(source).append("\"\n  providers = {\n");
        List<String> local = new ArrayList<>(List.of("aws"));
        local.addAll(aliases);
        for (String name : local) {
            String root = "r_" + m.region().replace('-', '_') + "_" + (name.equals("aws") ? "default" : name.substring(4));
            providers.put(root, m.region());
            main.append("    ").append(name).append(" = aws.").append(root).append('\n');
        }
        main.append("  }\n");
        m.values().forEach((name, value) -> {
            String off = m.valuesWhenOff().get(name);
            main.append("  ").append(name).append(" = ").append(value.equals(off) ? HclStrings.quote(value)
                    : "var." + flag + " ? " + HclStrings.quote(value) + " : " + HclStrings.quote(off)).append('\n');
        });
        main.append("}\n");
    }

    /** For each variable of the case, a value its format rejects, chosen in turn by the case's index. */
    private static Map<String, String> rejected(Design d, Map<String, String> declared, int index) {
        Map<String, String> values = new LinkedHashMap<>();
        for (TerraformVariable v : VariableCatalog.of(d, new TerraformNames(d))) {
            if (!declared.containsKey(v.name())) {
                continue;
            }
            List<FormatCheck> checks = v.validations().stream().map(VariableValidation::check).toList();
            REJECTED.forEach((format, candidates) -> {
                if (format.checks().equals(checks)) {
                    values.put(v.name(), candidates.get(index % candidates.size()));
                }
            });
        }
        if (!values.keySet().equals(declared.keySet())) {
            throw new AssertionError("no rejected value for the variables " + declared.keySet() + " of " + values.keySet());
        }
        return values;
    }

    /** Another Region of the design's partition. */
    static String otherRegion(Design d) {
        List<String> regions = switch (d.partition()) {
            case AWS -> List.of("eu-west-1", "us-east-1");
            case AWS_CN -> List.of("cn-northwest-1", "cn-north-1");
            case AWS_US_GOV -> List.of("us-gov-east-1", "us-gov-west-1");
        };
        return regions.get(0).equals(d.region()) ? regions.get(1) : regions.get(0);
    }

    /** The messages of the checks the value fails. */
    static List<String> failedChecks(TerraformVariable variable, String value) {
        return variable.validations().stream().map(VariableValidation::check).filter(c -> !c.passes(value))
                .map(FormatCheck::terraformMessage).toList();
    }

    private static void writeModuleFolder(Path folder, TerraformFiles files, List<String> aliases) throws IOException {
        Files.createDirectories(folder);
        for (var f : files.files().entrySet()) {
            if (!f.getKey().equals(VariablesFile.VALUES)) {
                Files.createDirectories(folder.resolve(f.getKey()).getParent());
                Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            }
        }
        String versions = "terraform {\n  required_providers {\n    aws = {\n"
                + "      source                = \"hashicorp/aws\"\n"
                + "      configuration_aliases = [" + String.join(", ", aliases) + "]\n    }\n  }\n}\n";
        Files.writeString(folder.resolve("versions.tf"), versions);
        if (Files.isDirectory(folder.resolve(TerraformNames.SHARED_WRITER_FOLDER))) {
            Files.writeString(folder.resolve(TerraformNames.SHARED_WRITER_FOLDER).resolve("versions.tf"), versions);
        }
    }

    private static List<String> providerAliases(Design d) {
        TreeSet<String> aliases = new TreeSet<>();
        List<String> references = new ArrayList<>(d.writers().stream().map(Writer::terraformProvider).toList());
        references.add(d.bucketOwner().terraformProvider());
        references.stream().filter(r -> r.contains(".")).forEach(aliases::add);
        return List.copyOf(aliases);
    }

    /** An AWS provider that plans without calling AWS (fake keys, no checks); {@code alias} may be null. */
    static String offlineProvider(String alias, String region) {
        return "\nprovider \"aws\" {\n" + (alias == null ? "" : "  alias                       = \"" + alias + "\"\n")
                + "  region                      = \"" + region + "\"\n" + """
                  access_key                  = "AKIAIOSFODNN7EXAMPLE"
                  secret_key                  = "not-a-secret"
                  skip_credentials_validation = true
                  skip_requesting_account_id  = true
                  skip_metadata_api_check     = true
                  skip_region_validation      = true
                }
                """;
    }
}
