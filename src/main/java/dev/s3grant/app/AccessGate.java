package dev.s3grant.app;

import dev.s3grant.analysis.access.AccessRequest;
import dev.s3grant.analysis.access.BroadeningJudge;
import dev.s3grant.diff.SidePolicies;
import dev.s3grant.io.ExistingTerraform;
import dev.s3grant.io.InputException;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code compare --fail-on broadening}: whether the new side allows a request the old side did not,
 * policy by policy (matched by where it is attached), decided by evaluating both versions on the
 * same probe requests. A policy that cannot be read exactly is listed as unknown. Decision 0033.
 */
public final class AccessGate {

    private static final PolicyDocument EMPTY = PolicyDocument.of(List.of());
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{[^:}]*}");

    private AccessGate() {
    }

    /** The verdict on two files or two folders, read as {@link DesignComparison#between} reads them. */
    public static GateVerdict between(Path oldPath, Path newPath) throws InputException {
        ComparedSides sides = ComparedSides.between(oldPath, newPath);
        return judge(SidePolicies.of(sides.olds()), SidePolicies.of(sides.news()));
    }

    /**
     * The design's generated files (new) against existing ones (old), the files paired as
     * {@link DesignComparison#against} pairs them.
     */
    public static GateVerdict against(List<OutputFile> designFiles, ExistingTerraform existing) {
        ComparedSides sides = ComparedSides.against(designFiles, existing);
        return judge(SidePolicies.of(sides.olds()), SidePolicies.of(sides.news()));
    }

    static GateVerdict judge(SidePolicies oldSide, SidePolicies newSide) {
        Set<String> places = new TreeSet<>(oldSide.documents().keySet());
        places.addAll(newSide.documents().keySet());
        places.addAll(oldSide.unknown().keySet());
        places.addAll(newSide.unknown().keySet());
        List<GateVerdict.Broadening> broadenings = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        boolean narrowed = false;
        for (String place : places) {
            PolicyDocument old = oldSide.documents().getOrDefault(place, EMPTY);
            PolicyDocument now = newSide.documents().getOrDefault(place, EMPTY);
            boolean unknownHere = (oldSide.unknown().containsKey(place) || newSide.unknown().containsKey(place))
                    && !java.util.Objects.equals(oldSide.unknown().get(place), newSide.unknown().get(place));
            if (old.equals(now) && !unknownHere) {
                continue;
            }
            if (unknownHere || !references(old).containsAll(references(now))
                    || BroadeningJudge.tooLarge(old, now)) {
                unknown.add(place);
                continue;
            }
            boolean removedDeny = !newSide.documents().containsKey(place)
                    && old.statements().stream().anyMatch(s -> s.effect() == Effect.Deny);
            Set<String> names = references(old);
            names.addAll(references(now));
            old = resolved(old, names);
            now = resolved(now, names);
            var witness = BroadeningJudge.broadening(old, now);
            if (witness.isPresent()) {
                broadenings.add(new GateVerdict.Broadening(place, describe(witness.get())));
            } else if (removedDeny) {
                broadenings.add(new GateVerdict.Broadening(place, ""));
            }
            if (BroadeningJudge.broadening(now, old).isPresent()) {
                narrowed = true;
            }
        }
        return new GateVerdict(broadenings, unknown, narrowed);
    }

    private static Set<String> references(PolicyDocument policy) {
        Set<String> found = new TreeSet<>();
        Matcher m = REFERENCE.matcher(PolicyJson.write(policy));
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /**
     * The policy with each Terraform reference replaced by a number of its own (the same on both
     * sides, twelve digits so that it can stand for an account in an ARN): a reference is taken to
     * have one value, the same in the old and the new files.
     */
    private static PolicyDocument resolved(PolicyDocument policy, Set<String> names) {
        if (names.isEmpty()) {
            return policy;
        }
        List<String> ordered = new ArrayList<>(names);
        Matcher m = REFERENCE.matcher(PolicyJson.write(policy));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Long.toString(100_000_000_000L + ordered.indexOf(m.group())));
        }
        m.appendTail(out);
        return PolicyJson.parse(out.toString());
    }

    private static String describe(AccessRequest request) {
        StringBuilder text = new StringBuilder(request.caller().arn()).append(' ')
                .append(request.action()).append(' ').append(request.resource());
        request.context().asMap().forEach((key, values) -> {
            if (!key.equalsIgnoreCase("aws:PrincipalArn") && !key.equalsIgnoreCase("aws:PrincipalAccount")) {
                text.append(' ').append(key).append('=').append(String.join(",", values));
            }
        });
        return text.toString();
    }
}
