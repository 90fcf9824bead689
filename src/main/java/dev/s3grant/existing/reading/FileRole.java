package dev.s3grant.existing.reading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One writer role as policy JSON files show it: its trust policy and its identity policy, paired
 * by the alias of their file names, else by the role the AWS CLI output names, else in the order
 * given (the first trust policy with the first identity policy).
 */
record FileRole(Optional<PolicyFileRead> trust, Optional<PolicyFileRead> rolePolicy) {

    Optional<String> alias() {
        return trust.flatMap(PolicyFileRead::alias).or(() -> rolePolicy.flatMap(PolicyFileRead::alias));
    }

    Optional<String> roleName() {
        return trust.flatMap(PolicyFileRead::roleName).or(() -> rolePolicy.flatMap(PolicyFileRead::roleName));
    }

    Optional<String> rolePath() {
        return trust.flatMap(PolicyFileRead::rolePath).or(() -> rolePolicy.flatMap(PolicyFileRead::rolePath));
    }

    /** The file messages about this role point at. */
    String file() {
        return trust.or(() -> rolePolicy).map(p -> p.policy().file()).orElse("");
    }

    /** The file's short name, how messages name it. */
    String address() {
        return trust.or(() -> rolePolicy).map(p -> p.policy().address()).orElse("");
    }

    static List<FileRole> pair(List<PolicyFileRead> trusts, List<PolicyFileRead> rolePolicies) {
        Map<String, PolicyFileRead[]> byKey = new LinkedHashMap<>();
        for (int i = 0; i < trusts.size(); i++) {
            byKey.computeIfAbsent(key(trusts.get(i), i), k -> new PolicyFileRead[2])[0] = trusts.get(i);
        }
        for (int i = 0; i < rolePolicies.size(); i++) {
            byKey.computeIfAbsent(key(rolePolicies.get(i), i), k -> new PolicyFileRead[2])[1] = rolePolicies.get(i);
        }
        List<FileRole> out = new ArrayList<>();
        byKey.values().forEach(p -> out.add(new FileRole(Optional.ofNullable(p[0]), Optional.ofNullable(p[1]))));
        return out;
    }

    private static String key(PolicyFileRead read, int index) {
        return read.alias().map(a -> "alias:" + a).or(() -> read.roleName().map(n -> "role:" + n)).orElse("#" + index);
    }
}
