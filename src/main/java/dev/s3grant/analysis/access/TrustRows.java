package dev.s3grant.analysis.access;

import static dev.s3grant.analysis.access.Expectation.ALLOWED;
import static dev.s3grant.analysis.access.Expectation.DENIED;

import dev.s3grant.model.Design;
import dev.s3grant.model.Message;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.model.ServiceCatalog.Guard;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.Arns;
import dev.s3grant.policy.TrustPolicyGenerator;
import java.util.List;
import java.util.Optional;

/**
 * Role assumption by services: each trusted service from the writer's account, where guarded the same
 * service acting for a foreign account (the confused deputy), and EC2 when it is not trusted.
 */
final class TrustRows {

    static final String EC2 = ServiceCatalog.EC2;

    private TrustRows() {
    }

    static void addTo(MatrixRows rows, int index) {
        Design design = rows.design();
        Writer writer = rows.writer(index);
        String account = writer.accountId();
        String role = Arns.role(design, writer);
        PolicySet trust = new PolicySet(List.of(), Optional.of(rows.policies().trust(index)), ResourcePolicyKind.ROLE_TRUST);
        ProbeValues probe = rows.probe();

        List<String> services = writer.principals().trustedServices();
        for (String service : services) {
            rows.add(Message.of("access.row.serviceAssumes", service, writer.alias()),
                    assume(design, probe, service, account, account, role), trust, ALLOWED);
            if (design.options().confusedDeputyGuard() && ServiceCatalog.guardOf(service) != Guard.NONE) {
                String foreign = probe.foreignAccount();
                rows.add(Message.of("access.row.serviceFromForeignAccount", service, writer.alias(), foreign),
                        assume(design, probe, service, foreign, account, role), trust, DENIED);
            }
        }
        if (!services.contains(EC2)) {
            rows.add(Message.of("access.row.ec2Assumes", writer.alias()),
                    assume(design, probe, EC2, account, account, role), trust, DENIED);
        }
    }

    /**
     * {@code sts:AssumeRole} by a service acting for {@code sourceAccount}, with the keys that
     * service sends: {@code aws:SourceAccount} and {@code aws:SourceArn}, or {@code sts:ExternalId}
     * for Firehose (docs/aws-rules.md#service-catalogue). Services the catalogue does not know send none.
     */
    private static AccessRequest assume(Design design, ProbeValues probe, String service, String sourceAccount,
                                        String roleAccount, String role) {
        Caller caller = Caller.service(service);
        RequestContext context = ImpliedKeys.fill(RequestContext.empty(), caller, roleAccount, "", design.organizationId());
        Optional<ServiceCatalog.Entry> entry = ServiceCatalog.find(service);
        if (entry.isPresent()) {
            context = ServiceKeys.add(context, entry.get(), sourceAccount, probe.sourceArn(entry.get(), sourceAccount));
        }
        return new AccessRequest(caller, TrustPolicyGenerator.ASSUME_ROLE, role, roleAccount, context);
    }
}
