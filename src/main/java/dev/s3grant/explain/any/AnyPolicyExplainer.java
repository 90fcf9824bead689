package dev.s3grant.explain.any;

import dev.s3grant.model.DocLinks;
import dev.s3grant.model.Message;
import dev.s3grant.model.ServiceCatalog;
import dev.s3grant.policy.DocumentKind;
import dev.s3grant.policy.Effect;
import dev.s3grant.policy.PolicyDocument;
import dev.s3grant.policy.PolicyJson;
import dev.s3grant.policy.Principal;
import dev.s3grant.policy.Statement;
import dev.s3grant.text.CodeList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Explains any IAM policy document: every statement in plain words, its conditions, its reach and its pages. */
public final class AnyPolicyExplainer {

    private AnyPolicyExplainer() {
    }

    /**
     * @param holder    what holds the document in Terraform ({@code aws_s3_bucket_policy}), or empty
     * @param attribute the attribute that holds it ({@code assume_role_policy}), or empty
     * @param document  the document, or empty when it cannot be read without evaluation
     */
    public static PolicyReading explain(String file, String name, int line, String holder, String attribute,
                                        Optional<PolicyDocument> document) {
        if (document.isEmpty()) {
            return new PolicyReading(file, name, line, Optional.empty(), "", List.of());
        }
        PolicyDocument d = document.get();
        Optional<DocumentKind> kind = DocumentKinds.of(holder, attribute, d);
        List<StatementReading> statements = new ArrayList<>();
        for (int i = 0; i < d.statements().size(); i++) {
            statements.add(statement(i + 1, d.statements().get(i), kind));
        }
        return new PolicyReading(file, name, line, kind, PolicyJson.write(d), statements);
    }

    private static StatementReading statement(int index, Statement s, Optional<DocumentKind> kind) {
        Message summary = Message.of(s.effect() == Effect.Allow ? "explain.any.statement.allow" : "explain.any.statement.deny",
                who(s), actions(s), resources(s, kind));
        List<Message> logic = s.conditions().size() < 2 ? List.of()
                : List.of(Message.of(s.effect() == Effect.Allow ? "explain.any.logic.all" : "explain.any.logic.denyAll",
                        s.conditions().size()));
        return new StatementReading(index, s, summary, ReachJudge.of(s), logic,
                s.conditions().stream().map(c -> ConditionReader.read(c, s.effect())).toList(), links(s));
    }

    private static Message who(Statement s) {
        if (s.notPrincipal() != null) {
            return Message.of("explain.any.who.except", new CodeList(values(s.notPrincipal())));
        }
        if (s.principal() == null) {
            return Message.of("explain.any.who.attached");
        }
        if (s.principal().wildcard() || s.principal().aws().contains("*")) {
            return Message.of("explain.any.who.anyone");
        }
        return Message.of("explain.any.who.list", new CodeList(values(s.principal())));
    }

    private static List<String> values(Principal p) {
        return p.wildcard() ? List.of("*") : p.values().values().stream().flatMap(List::stream).toList();
    }

    private static Message actions(Statement s) {
        return s.notActions().isEmpty()
                ? Message.of("explain.any.actions.list", new CodeList(s.actions()))
                : Message.of("explain.any.actions.except", new CodeList(s.notActions()));
    }

    private static Message resources(Statement s, Optional<DocumentKind> kind) {
        if (!s.notResources().isEmpty()) {
            return Message.of("explain.any.resources.except", new CodeList(s.notResources()));
        }
        if (s.resources().isEmpty()) {
            return Message.of("explain.any.resources.attached");
        }
        if (kind.equals(Optional.of(DocumentKind.KEY_POLICY)) && s.resources().equals(List.of("*"))) {
            return Message.of("explain.any.resources.thisKey");
        }
        return Message.of("explain.any.resources.list", new CodeList(s.resources()));
    }

    /** The element pages in the statement's order, then each action's service, then each trusted service's own page. */
    private static List<String> links(Statement s) {
        Set<String> links = new LinkedHashSet<>();
        links.add(DocLinks.ELEMENT_EFFECT);
        if (s.principal() != null) {
            links.add(DocLinks.PRINCIPAL);
        }
        if (s.notPrincipal() != null) {
            links.add(DocLinks.ELEMENT_NOT_PRINCIPAL);
        }
        links.add(s.notActions().isEmpty() ? DocLinks.ELEMENT_ACTION : DocLinks.ELEMENT_NOT_ACTION);
        if (!s.resources().isEmpty()) {
            links.add(DocLinks.ELEMENT_RESOURCE);
        }
        if (!s.notResources().isEmpty()) {
            links.add(DocLinks.ELEMENT_NOT_RESOURCE);
        }
        if (!s.conditions().isEmpty()) {
            links.add(DocLinks.ELEMENT_CONDITION);
        }
        for (String action : s.notActions().isEmpty() ? s.actions() : s.notActions()) {
            int colon = action.indexOf(':');
            if (colon > 0) {
                links.add(DocLinks.servicePage(action.substring(0, colon).toLowerCase(Locale.ROOT)));
            }
        }
        if (s.principal() != null) {
            s.principal().services().stream().map(ServiceCatalog::intended).flatMap(Optional::stream)
                    .map(ServiceCatalog.Entry::docUrl).forEach(links::add);
            if (s.principal().services().stream().anyMatch(v -> ServiceCatalog.guardOf(v) == ServiceCatalog.Guard.NONE)) {
                links.add(DocLinks.PASS_ROLE);
            }
        }
        return List.copyOf(links);
    }
}
