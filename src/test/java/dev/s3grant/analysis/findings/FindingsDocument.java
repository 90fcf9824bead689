package dev.s3grant.analysis.findings;

import dev.s3grant.analysis.Finding;
import dev.s3grant.model.Language;
import dev.s3grant.text.Localizer;
import java.util.List;

/**
 * Writes {@code docs/findings.md} from the rule catalogue and the bundles: a table of every code,
 * then per code its severity and why (the severity review), documentation link, example design and the
 * messages it produces.
 */
final class FindingsDocument {

    private static final Localizer EN = Localizer.of(Language.EN);
    private static final Localizer JA = Localizer.of(Language.JA);

    private FindingsDocument() {
    }

    static String generate() {
        StringBuilder md = new StringBuilder();
        md.append("""
                # Findings / 検出結果

                <!-- Generated from the rule catalogue (RuleCatalog) and the findings bundles by FindingsDocTest.
                     Do not edit by hand: run
                     mvn -o -q test -Dtest=FindingsDocTest -Dfindings.doc.update=true -->

                S3 Grant Designer checks every design as IAM Access Analyzer validates a policy: each finding has a
                stable code, a severity, a location (a design field such as `writers[0].accountId`, or a generated
                document such as `A-role-policy.json`), a message in English or Japanese, and a link to the AWS
                documentation. `s3grant validate DESIGN [--lang en|ja] [--format text|json]` prints them and exits
                with 1 when one of them is an `ERROR`.

                S3 Grant Designer は、IAM Access Analyzer がポリシーを検証するのと同じように設計を検査します。検出結果には、
                固定のコード、重要度、場所 (`writers[0].accountId` のような設計のフィールド、または `A-role-policy.json`
                のような生成されたドキュメント)、英語または日本語のメッセージ、AWS ドキュメントへのリンクがあります。
                `s3grant validate DESIGN [--lang en|ja] [--format text|json]` は一覧を出力し、`ERROR` が 1 つでもあれば
                終了コード 1 で終わります。

                | Severity | Meaning | 意味 |
                |---|---|---|
                | `ERROR` | The design cannot work as written: AWS or Terraform rejects it, or the grant fails. | このままでは動きません。AWS や Terraform が拒否するか、許可が機能しません。 |
                | `SECURITY_WARNING` | The grant works but is wider than it needs to be. | 許可は機能しますが、必要以上に広くなっています。 |
                | `WARNING` | The grant works, with a consequence you should know about. | 許可は機能しますが、知っておくべき影響があります。 |
                | `SUGGESTION` | A change that makes the design safer or clearer. | 設計をより安全に、またはわかりやすくするための提案です。 |

                Severity follows the effect: anything AWS rejects at apply (a malformed principal, a resource
                that is not an ARN) or that makes a documented write path fail is an `ERROR`, never a `WARNING`.
                Every rule below was reviewed against this; its section says why it has its severity
                (decision [0019](decisions/0019-japanese-register-and-severity-review.md)).

                重要度は影響で決まります。apply 時に AWS が拒否するもの (形式の正しくないプリンシパル、ARN でないリソース)
                や、文書化された書き込み方法を失敗させるものは `ERROR` で、`WARNING` にはしません。以下のすべてのルールを
                この基準でレビューし、各セクションにその重要度の理由を記載しています。

                Each example is a JSON snippet merged into the built-in example design (File > New, or
                `DesignFiles.example()`): objects field by field, arrays of objects element by element; any other
                value, such as an empty array or a list of strings, replaces the value of the example. The messages
                shown are the ones the example produces. Codes S3G-900 to S3G-999 are kept for the access check.

                各例は、組み込みの設計例 ([ファイル] > [新規]、または `DesignFiles.example()`) にマージする JSON です。
                オブジェクトはフィールドごと、オブジェクトの配列は要素ごとにマージし、それ以外の値 (空の配列や文字列の配列など)
                は設計例の値を置き換えます。メッセージは、その例で実際に出力されるものです。S3G-900〜S3G-999 はアクセスチェック用に
                予約しています。

                | Code | Severity | Finding | 検出内容 |
                |---|---|---|---|
                """);
        for (Rule rule : RuleCatalog.all()) {
            md.append("| [").append(rule.code()).append("](#").append(anchor(rule)).append(") | `")
                    .append(rule.severity()).append("` | ").append(EN.format(rule.titleKey())).append(" | ")
                    .append(JA.format(rule.titleKey())).append(" |\n");
        }
        for (Rule rule : RuleCatalog.all()) {
            md.append('\n').append(section(rule));
        }
        return md.toString();
    }

    private static String section(Rule rule) {
        Finding example = Validation.findings(Validation.exampleWith(rule.example()), rule).get(0);
        return "<a id=\"" + anchor(rule) + "\"></a>\n"
                + "## " + rule.code() + " " + EN.format(rule.titleKey()) + " / " + JA.format(rule.titleKey()) + "\n\n"
                + "Severity: `" + rule.severity() + "` · Documentation: " + rule.docUrl() + "\n\n"
                + "Why this severity: " + EN.format(rule.whyKey()) + "\n\n"
                + "重要度の理由: " + JA.format(rule.whyKey()) + "\n\n"
                + example(rule.example())
                + "Location: `" + example.location().text() + "`\n\n"
                + "- " + EN.render(example.message()) + "\n"
                + "- " + JA.render(example.message()) + "\n";
    }

    /** The snippet in a JSON block; a long one folded, so the page stays readable. */
    private static String example(String json) {
        String block = "```json\n" + json + "\n```\n\n";
        if (json.lines().count() <= 5) {
            return "Example:\n\n" + block;
        }
        return "<details><summary>Example</summary>\n\n" + block + "</details>\n\n";
    }

    private static String anchor(Rule rule) {
        return rule.code().toLowerCase(java.util.Locale.ROOT);
    }

    /** The codes in the order the document lists them, for tests. */
    static List<String> codes() {
        return RuleCatalog.all().stream().map(Rule::code).toList();
    }
}
