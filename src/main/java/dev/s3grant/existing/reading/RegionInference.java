package dev.s3grant.existing.reading;

import dev.s3grant.hcl.HclValue;
import dev.s3grant.policy.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The design's Region: the Region check the designer writes ({@code self.id == "…"}), else the first regional ARN. */
final class RegionInference {

    private static final Pattern REGION_CHECK = Pattern.compile("self\\.id\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern REGION_VARIABLE = Pattern.compile("self\\.id\\s*==\\s*(var\\.[A-Za-z0-9_-]+)");
    private static final Pattern REGIONAL_ARN = Pattern.compile("arn:[a-z-]+:(?:ecs|states|scheduler|kms|firehose):([a-z0-9-]+):");

    private RegionInference() {
    }

    static Optional<String> region(List<SourceBlock> blocks, Map<String, HclValue> values, List<Statement> all) {
        return regionCheck(blocks, values).or(() -> fromArns(all));
    }

    private static Optional<String> regionCheck(List<SourceBlock> blocks, Map<String, HclValue> values) {
        for (SourceBlock block : blocks) {
            if (block.isData("aws_region")) {
                for (var lifecycle : block.block().body().blocks("lifecycle")) {
                    for (var post : lifecycle.body().blocks("postcondition")) {
                        Optional<String> text = post.body().attribute("condition").map(a -> a.expression().text());
                        Matcher m = REGION_CHECK.matcher(text.orElse(""));
                        if (m.find()) {
                            return Optional.of(m.group(1));
                        }
                        Matcher variable = REGION_VARIABLE.matcher(text.orElse(""));
                        if (variable.find() && values.containsKey(variable.group(1))) {
                            return SourceBlock.text(values.get(variable.group(1)));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> fromArns(List<Statement> all) {
        for (Statement s : all) {
            List<String> texts = new ArrayList<>(s.resources());
            s.conditions().forEach(c -> texts.addAll(c.values()));
            for (String t : texts) {
                Matcher m = REGIONAL_ARN.matcher(t);
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }
}
