package dev.s3grant.analysis.findings;

import static dev.s3grant.analysis.Severity.ERROR;
import static dev.s3grant.analysis.Severity.SECURITY_WARNING;
import static dev.s3grant.analysis.Severity.SUGGESTION;
import static dev.s3grant.analysis.Severity.WARNING;

import dev.s3grant.analysis.Finding;
import dev.s3grant.analysis.Location.FieldLocation;
import dev.s3grant.model.Design;
import dev.s3grant.model.DesignField;
import dev.s3grant.model.DocLinks;
import dev.s3grant.model.PrincipalMode;
import dev.s3grant.model.PrincipalStyle;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.model.ServiceCatalog.Guard;
import dev.s3grant.model.Writer;
import dev.s3grant.model.formats.IdentifierFormats;
import dev.s3grant.policy.GeneratedPolicies;
import dev.s3grant.policy.ServiceActions;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The writer roles and who may assume them: role names and paths, the bucket policy's principal
 * style, the trusted service principals and their confused-deputy guards (S3G-040 to S3G-059).
 * <p>Rules: docs/aws-rules.md#principal-style, docs/aws-rules.md#permission-set-roles,
 * docs/aws-rules.md#confused-deputy, docs/aws-rules.md#service-principal-format.
 */
final class PrincipalRules implements DesignRules {

    static final Rule INVALID_ROLE_NAME = new Rule("S3G-040", ERROR, "findings.principals.invalidRoleName",
            DocLinks.IAM_QUOTAS, """
            {"writers": [{"roleName": "ecs role/s3"}]}""");
    static final Rule INVALID_ROLE_PATH = new Rule("S3G-041", ERROR, "findings.principals.invalidRolePath",
            DocLinks.IAM_IDENTIFIERS, """
            {"writers": [{"rolePath": "service-roles"}]}""");
    static final Rule PERMISSION_SET_ROLE = new Rule("S3G-042", ERROR, "findings.principals.permissionSetRole",
            DocLinks.PERMISSION_SETS, """
            {"writers": [{"roleName": "AWSReservedSSO_DataEngineer_0123456789abcdef",
                          "rolePath": "/aws-reserved/sso.amazonaws.com/"}]}""");
    static final Rule ROLE_ARN_PRINCIPAL = new Rule("S3G-043", WARNING, "findings.principals.roleArnPrincipal",
            DocLinks.PRINCIPAL, """
            {"options": {"principalStyle": "ROLE_ARN"}}""");
    static final Rule CONFUSED_DEPUTY_GUARD_OFF = new Rule("S3G-044", SECURITY_WARNING,
            "findings.principals.confusedDeputyGuardOff", DocLinks.CONFUSED_DEPUTY, """
            {"options": {"confusedDeputyGuard": false}}""");
    static final Rule NO_SERVICES = new Rule("S3G-045", ERROR, "findings.principals.noServices",
            DocLinks.PRINCIPAL, """
            {"writers": [{"principals": {"mode": "SERVICES", "services": []}}]}""");
    static final Rule BATCH_SERVICE_PRINCIPAL = new Rule("S3G-046", ERROR, "findings.principals.batchService",
            DocLinks.PRINCIPAL, """
            {"writers": [{"principals": {"mode": "SERVICES", "services": ["batch.amazonaws.com"]}}]}""");
    static final Rule INVALID_SERVICE_PRINCIPAL = new Rule("S3G-047", ERROR, "findings.principals.invalidService",
            DocLinks.PRINCIPAL, """
            {"writers": [{"principals": {"mode": "SERVICES", "services": ["ecs-tasks"]}}]}""");
    static final Rule UNKNOWN_SERVICE_PRINCIPAL = new Rule("S3G-048", WARNING, "findings.principals.unknownService",
            DocLinks.PRINCIPAL, """
            {"writers": [{"principals": {"mode": "SERVICES", "services": ["pipes.amazonaws.com"]}}]}""");
    static final Rule SERVICE_WITHOUT_SOURCE_KEYS = new Rule("S3G-049", SUGGESTION,
            "findings.principals.serviceWithoutSourceKeys", DocLinks.CONFUSED_DEPUTY, """
            {"writers": [{"principals": {"mode": "SERVICES", "services": ["lambda.amazonaws.com"]}}]}""");
    static final Rule CHINA_SUFFIX = new Rule("S3G-050", ERROR, "findings.principals.chinaSuffix",
            DocLinks.PRINCIPAL, """
            {"writers": [{"principals": {"mode": "SERVICES", "services": ["ecs-tasks.amazonaws.com.cn"]}}]}""");
    static final Rule FIREHOSE_SHARED_ROLE = new Rule("S3G-051", SECURITY_WARNING, "findings.principals.firehoseSharedRole",
            DocLinks.FIREHOSE_S3_DESTINATION, """
            {"writers": [{"principals": {"mode": "SERVICES",
                          "services": ["firehose.amazonaws.com", "ecs-tasks.amazonaws.com"]}}]}""");

    static final String PERMISSION_SET_ROLE_PREFIX = "AWSReservedSSO_";
    static final String RESERVED_PATH_PREFIX = "/aws-reserved/";

    @Override
    public List<Rule> rules() {
        return List.of(INVALID_ROLE_NAME, INVALID_ROLE_PATH, PERMISSION_SET_ROLE, ROLE_ARN_PRINCIPAL,
                CONFUSED_DEPUTY_GUARD_OFF, NO_SERVICES, BATCH_SERVICE_PRINCIPAL, INVALID_SERVICE_PRINCIPAL,
                UNKNOWN_SERVICE_PRINCIPAL, SERVICE_WITHOUT_SOURCE_KEYS, CHINA_SUFFIX, FIREHOSE_SHARED_ROLE);
    }

    @Override
    public void check(Design design, GeneratedPolicies policies, List<Finding> out) {
        for (int i = 0; i < design.writers().size(); i++) {
            Writer w = design.writers().get(i);
            checkRole(w, i, out);
            checkServices(w, i, out);
        }
        if (design.options().principalStyle() == PrincipalStyle.ROLE_ARN && !design.writers().isEmpty()) {
            out.add(ROLE_ARN_PRINCIPAL.at(Locations.at(DesignField.PRINCIPAL_STYLE)));
        }
        if (!design.options().confusedDeputyGuard()) {
            TreeSet<String> unguarded = new TreeSet<>();
            for (Writer w : design.writers()) {
                for (String service : w.principals().trustedServices()) {
                    if (ServiceCatalog.find(service).map(e -> e.guard() != Guard.NONE).orElse(false)) {
                        unguarded.add(service);
                    }
                }
            }
            if (!unguarded.isEmpty()) {
                out.add(CONFUSED_DEPUTY_GUARD_OFF.at(Locations.at(DesignField.CONFUSED_DEPUTY_GUARD), String.join(", ", unguarded)));
            }
        }
    }

    private static void checkRole(Writer w, int i, List<Finding> out) {
        if (!IdentifierFormats.ROLE_NAME.accepts(w.roleName())) {
            out.add(INVALID_ROLE_NAME.at(Locations.at(DesignField.WRITER_ROLE_NAME, i), w.roleName()));
        }
        if (!w.rolePath().isEmpty() && !IdentifierFormats.ROLE_PATH.accepts(w.rolePath())) {
            out.add(INVALID_ROLE_PATH.at(Locations.at(DesignField.WRITER_ROLE_PATH, i), w.rolePath()));
        }
        if (w.roleName().startsWith(PERMISSION_SET_ROLE_PREFIX)) {
            out.add(PERMISSION_SET_ROLE.at(Locations.at(DesignField.WRITER_ROLE_NAME, i), w.roleName()));
        } else if (w.rolePath().startsWith(RESERVED_PATH_PREFIX)) {
            out.add(PERMISSION_SET_ROLE.at(Locations.at(DesignField.WRITER_ROLE_PATH, i), w.rolePath() + w.roleName()));
        }
    }

    private static void checkServices(Writer w, int i, List<Finding> out) {
        if (w.principals().mode() != PrincipalMode.SERVICES) {
            return;
        }
        List<String> services = w.principals().services();
        if (services.isEmpty()) {
            out.add(NO_SERVICES.at(Locations.at(DesignField.SERVICES, i)));
        }
        for (int j = 0; j < services.size(); j++) {
            checkService(w, services.get(j), Locations.at(DesignField.SERVICES, i, j), out);
        }
        List<String> trusted = w.principals().trustedServices();
        if (trusted.contains(ServiceCatalog.FIREHOSE) && trusted.size() > 1) {
            List<String> others = trusted.stream().filter(s -> !s.equals(ServiceCatalog.FIREHOSE)).toList();
            out.add(FIREHOSE_SHARED_ROLE.at(Locations.at(DesignField.SERVICES, i), String.join(", ", others),
                    String.join(", ", ServiceActions.all(w))));
        }
    }

    /**
     * One listed service. A China-suffixed principal is an error of its own (S3G-050), and is then
     * judged as the {@code .amazonaws.com} principal the trust policy uses in its place.
     */
    private static void checkService(Writer w, String service, FieldLocation location, List<Finding> out) {
        String trusted = ServiceCatalog.canonical(service);
        Optional<ServiceCatalog.Entry> entry = ServiceCatalog.find(trusted);
        if (ServiceCatalog.hasChinaSuffix(service)) {
            out.add(CHINA_SUFFIX.at(location, service, trusted,
                    entry.map(ServiceCatalog.Entry::docUrl).orElse(DocLinks.PRINCIPAL)));
        }
        if (trusted.equals(ServiceCatalog.BATCH_SERVICE)) {
            out.add(BATCH_SERVICE_PRINCIPAL.at(location, trusted));
        } else if (entry.isPresent()) {
            if (entry.get().guard() == Guard.NONE) {
                out.add(SERVICE_WITHOUT_SOURCE_KEYS.at(location, trusted, w.accountId(), entry.get().docUrl()));
            }
        } else if (ServiceCatalog.isValidCustomPrincipal(trusted)) {
            out.add(UNKNOWN_SERVICE_PRINCIPAL.at(location, trusted));
        } else {
            out.add(INVALID_SERVICE_PRINCIPAL.at(location, service));
        }
    }
}
