package dev.s3grant.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.s3grant.text.Localizer;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Japanese sentence the product shows is written in です・ます調, as AWS's Japanese documentation
 * is: explanations, findings, the window and the CLI alike. A sentence is the text before 。, ！ or ？;
 * it must not end in a plain form (〜する。〜である。〜ない。〜れる。〜た。〜だ。〜すること。). Labels,
 * menu items and table headings carry no 。 and may stay noun phrases or verbs, as in the AWS console;
 * the findings' short titles are headings in the window and in docs/findings.md and are noun phrases.
 */
class JapaneseRegisterTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");

    /**
     * A plain-form ending: the copula, a dictionary-form verb, an i-adjective or ない, a past tense, or the
     * imperative こと. Polite endings that share a last kana are excluded: ます/です (す), ください (い),
     * でしょう/ましょう (う), ました/でした (た).
     */
    static final Pattern PLAIN_ENDING = Pattern.compile(
            "(である|だ|こと|(?<![まで])す|(?<!くださ)い|(?<!しょ)う|(?<!まし|でし)た|[るくぐつぬぶむ])$");

    /** What may follow a sentence's verb before its 。: a parenthesis, a closing quote, code. */
    private static final Pattern TRAILER = Pattern.compile("(\\s*(\\([^()]*\\)|（[^（）]*）|[」』\"`*]))+$");

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？]");

    /** The sentences of a text that end in a plain form, each with the words before its end. */
    static List<String> plainSentences(String text) {
        List<String> plain = new ArrayList<>();
        String[] parts = SENTENCE_END.split(text, -1);
        for (int i = 0; i < parts.length - 1; i++) {
            if (endsPlain(parts[i])) {
                plain.add(parts[i].strip() + "。");
            }
        }
        return plain;
    }

    static boolean endsPlain(String phrase) {
        String core = TRAILER.matcher(phrase.strip()).replaceAll("").strip();
        return PLAIN_ENDING.matcher(core).find();
    }

    @Test
    void theHeuristicFindsPlainEndingsAndAcceptsPoliteOnes() {
        assertThat(plainSentences("S3 は呼び出し元に代わって KMS を呼び出す。")).hasSize(1);
        assertThat(plainSentences("許可のうち書き込み元アカウント側の半分である。")).hasSize(1);
        assertThat(plainSentences("KMS の権限は関係しない。")).hasSize(1);
        assertThat(plainSentences("新しいオブジェクトは SSE-S3 で暗号化される。")).hasSize(1);
        assertThat(plainSentences("これが既定だ。")).hasSize(1);
        assertThat(plainSentences("設定を書き換えた。")).hasSize(1);
        assertThat(plainSentences("適用前に統合すること。")).hasSize(1);
        assertThat(plainSentences("ロールは拒否される (`MalformedPolicy: Invalid principal`)。")).hasSize(1);
        assertThat(plainSentences("一文目は正しいです。二文目は違う。")).containsExactly("二文目は違う。");

        assertThat(plainSentences("S3 は KMS を呼び出します。KMS の権限は関係しません。")).isEmpty();
        assertThat(plainSentences("o- で始まる形式を指定してください (例: o-a1b2c3d4e5)。")).isEmpty();
        assertThat(plainSentences("保存しますか？ 先に保存しました。以前は無効でした。")).isEmpty();
        assertThat(plainSentences("「keyPrefixes」の誤りではありませんか。")).isEmpty();
        assertThat(plainSentences("ファイル")).as("a label without 。 is not a sentence").isEmpty();
    }

    @Test
    void theHeuristicRejectsTheExplanationsAsTheyWereInである調() {
        // Sentences of explanations_ja.properties before it was rewritten in です・ます調.
        assertThat(plainSentences("{0} が、アカウント {2} ({3}) のロール {1} を引き受ける。各リクエストは、"
                + "このロールセッションの認証情報で署名される。")).hasSize(2);
        assertThat(plainSentences("バケット {0} は既存であり、`aws_s3_bucket_policy.main` はそのバケットポリシー全体を"
                + "置き換える。適用前に、現在のステートメントを {1} に統合すること。統合しなければ失われる。")).hasSize(3);
        assertThat(plainSentences("ここでの `Principal \"*\"` は問題ない。")).hasSize(1);
    }

    @Test
    void everyJapaneseSentenceOfEveryBundleIsPolite() throws IOException {
        TreeSet<String> offenders = new TreeSet<>();
        for (String bundle : Localizer.BUNDLES) {
            Path file = RESOURCES.resolve(bundle.replace('.', '/') + "_ja.properties");
            if (!Files.exists(file)) {
                continue;
            }
            Properties ja = load(file);
            for (String key : ja.stringPropertyNames()) {
                for (String sentence : plainSentences(ja.getProperty(key))) {
                    offenders.add(file.getFileName() + " " + key + ": " + sentence);
                }
            }
        }
        assertThat(offenders).as("sentences in plain form (write them in です・ます調)").isEmpty();
    }

    @Test
    void findingTitlesAreNounPhrases() throws IOException {
        Properties ja = load(RESOURCES.resolve("dev/s3grant/findings_ja.properties"));
        TreeSet<String> offenders = new TreeSet<>();
        for (String key : ja.stringPropertyNames()) {
            if (key.endsWith(".title") && endsPlain(ja.getProperty(key))) {
                offenders.add(key + ": " + ja.getProperty(key));
            }
        }
        assertThat(offenders).as("finding titles ending in a plain verb or adjective (make them noun phrases)")
                .isEmpty();
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        return p;
    }
}
