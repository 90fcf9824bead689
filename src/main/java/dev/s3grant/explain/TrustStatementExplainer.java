package dev.s3grant.explain;

import dev.s3grant.model.Design;
import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Message;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.model.Writer;
import dev.s3grant.policy.Arns;
import dev.s3grant.policy.Sids;
import dev.s3grant.text.Code;
import dev.s3grant.text.MessageList;
import java.util.ArrayList;
import java.util.List;

/**
 * Explains a writer role's trust policy: one statement per service that documents confused-deputy
 * keys, one shared statement without conditions for the others, or one plain statement when the
 * design turns the guard off.
 */
final class TrustStatementExplainer {

    private TrustStatementExplainer() {
    }

    static Explanation explain(StatementContext ctx) {
        String sid = ctx.statement().sid();
        List<String> services = ctx.statement().principal().services();
        MessageList names = ServiceNames.of(services);
        List<Message> notes = new ArrayList<>();
        Message what;
        if (sid.equals(Sids.TRUST_SERVICES)) {
            what = Message.of("explain.stmt.trust.unguarded.what", names, new Code(ctx.roleArn()));
            notes.add(Message.of("explain.note.guardOff"));
        } else if (sid.equals(Sids.TRUST_UNGUARDED_SERVICES)) {
            what = Message.of("explain.stmt.trust.unguarded.what", names, new Code(ctx.roleArn()));
            notes.add(Message.of("explain.note.noSourceKeys", names, ctx.writer().alias()));
            if (ctx.file().document().statements().size() > 1) {
                notes.add(Message.of("explain.note.ownStatement"));
            }
        } else if (isCatalogueTrust(sid, services)) {
            what = Message.of("explain.stmt.trust.guarded.what", names, new Code(ctx.roleArn()),
                    new Code(ctx.writer().accountId()));
        } else {
            throw new IllegalArgumentException("no explanation for trust policy statement " + sid);
        }
        if (services.size() > 1) {
            notes.add(Message.of("explain.note.oneServiceKey"));
        }
        for (String service : services) {
            if (service.equals(ServiceCatalog.ECS_TASKS)) {
                notes.add(Message.of("explain.note.ecsBatch"));
                notes.add(ecsTaskRole(ctx.design(), ctx.writer(), ctx.writers()));
            } else if (service.equals(ServiceCatalog.EC2)) {
                String profile = ctx.writers().instanceProfileAddress(ctx.writer());
                notes.add(Message.of("explain.note.ec2InstanceProfile",
                        new Code(profile), new Code("iam_instance_profile = " + profile + ".name")));
            } else if (ServiceCatalog.find(service).isEmpty()) {
                notes.add(Message.of("explain.note.customService", new Code(service)));
            }
        }
        List<String> urls = new ArrayList<>(ConditionExplainer.servicePages(services));
        urls.add(DocLinks.CONFUSED_DEPUTY);
        urls.add(DocLinks.PRINCIPAL);
        return new Explanation(sid, ctx.file().fileName(), what,
                Message.of("explain.stmt.trust.why", names),
                Message.of("explain.stmt.trust.ifRemoved", names),
                notes, ConditionExplainer.explainAll(ctx), urls);
    }

    /** Where the role goes in an ECS task definition: the task role, in JSON and in Terraform. */
    static Message ecsTaskRole(Design design, Writer writer, WriterIndex writers) {
        return Message.of("explain.note.ecsTaskRole",
                new Code("\"taskRoleArn\": \"" + Arns.role(design, writer) + "\""),
                new Code("task_role_arn = " + writers.roleAddress(writer) + ".arn"));
    }

    /** {@code TrustEcs} and its kind: one catalogued service that documents confused-deputy keys. */
    private static boolean isCatalogueTrust(String sid, List<String> services) {
        return services.size() == 1 && ServiceCatalog.find(services.get(0))
                .map(e -> Sids.trust(e.key()).equals(sid) && e.guard() != ServiceCatalog.Guard.NONE)
                .orElse(false);
    }
}
