package dev.s3grant.terraform;

import dev.s3grant.model.PrincipalStyle;
import java.util.ArrayList;
import java.util.List;

/** The short English comment every generated file starts with: what it is, of which design, and the apply order (docs/aws-rules.md#apply-order). */
final class FileHeader {

    private FileHeader() {
    }

    static List<String> lines(Generation g, String subject) {
        List<String> lines = new ArrayList<>();
        lines.add("S3 Grant Designer, design \"" + g.design().name() + "\": " + subject + ".");
        if (g.design().options().principalStyle() == PrincipalStyle.ROLE_ARN) {
            List<String> writerFiles = new ArrayList<>();
            if (g.design().options().sharedWriterFile()) {
                writerFiles.add(TerraformNames.SHARED_WRITER_FILE + " in every writer account");
            } else {
                for (int i = 0; i < g.design().writers().size(); i++) {
                    writerFiles.add(g.names().writerFile(i));
                }
            }
            lines.add("Apply order: the writer files first (" + String.join(", ", writerFiles) + "), then "
                    + g.names().ownerFile() + ".");
            lines.add("The bucket policy names the writer roles by ARN, and AWS rejects a principal that does not exist yet.");
        } else if (g.design().options().writersByOrgPath()) {
            lines.add("Apply order: any. One bucket policy statement names the writers' organizational unit"
                    + " (aws:PrincipalOrgPaths) and matches their shared role with aws:PrincipalArn.");
        } else if (g.design().options().principalStyle() == PrincipalStyle.SHARED_ROLE) {
            lines.add("Apply order: any. One bucket policy statement names the writer accounts and matches their shared role"
                    + " with aws:PrincipalArn.");
        } else {
            lines.add("Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.");
        }
        return lines;
    }

    /**
     * The header of the shared writer file: every writer account applies it, with its own values
     * file; a note when its provider reference cannot be written.
     */
    static List<String> sharedWriterLines(Generation g, ProviderReference provider) {
        List<String> lines = accountLines(g, "the writer role, applied in every writer account", provider);
        lines.add(1, "Apply it once per writer account, in that account's workspace: terraform apply -var-file="
                + TerraformNames.ACCOUNT_VALUES_FOLDER + "/<alias>.tfvars");
        return lines;
    }

    /** The header of an account file, with a note when its provider reference cannot be written. */
    static List<String> accountLines(Generation g, String subject, ProviderReference provider) {
        List<String> lines = lines(g, subject);
        if (provider.isMalformed()) {
            lines.add("The design's provider reference \"" + provider.typed()
                    + "\" is not a Terraform reference (name or name.alias); no provider argument is written.");
        }
        return lines;
    }
}
