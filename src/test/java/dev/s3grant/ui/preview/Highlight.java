package dev.s3grant.ui.preview;

import dev.s3grant.document.FileKind;
import dev.s3grant.document.GeneratedFile;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fxmisc.richtext.model.StyleSpans;

/** Preview documents and styles of texts for tests, highlighted as the window highlights generated files. */
final class Highlight {

    private Highlight() {
    }

    /** A file without elements: JSON when the path ends in {@code .json}, HCL otherwise. */
    static PreviewDocument document(String path, String text) {
        FileKind kind = path.endsWith(".json") ? FileKind.POLICY_JSON : FileKind.TERRAFORM_ACCOUNT;
        return PreviewDocument.of(new GeneratedFile(path, kind, text, Optional.empty(), List.of()));
    }

    static StyleSpans<Collection<String>> styles(String text, boolean json) {
        return document(json ? "x.json" : "x.tf", text).styles();
    }
}
