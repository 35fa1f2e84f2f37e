package io.github.camelbitbucket;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operation enum and the contract in src-gen-config agree: every action and trigger maps to exactly one (method,
 * path) with the same scopes and paging, and the contract names no operation the component lacks.
 */
class ContractOperationsTest {

    static ContractDocument contract;

    @BeforeAll
    static void load() throws Exception {
        contract = ContractDocument.load(ContractValidator.contractPath());
    }

    private static List<String> namesAt(ContractDocument.Operation op) {
        List<String> names = new ArrayList<>();
        if (op.node().has("operationId")) {
            names.add(op.node().get("operationId").asText());
        }
        op.node().path("x-camel-triggers").forEach(t -> names.add(t.asText()));
        op.node().path("x-camel-variants").fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void everyOperationMapsToExactlyOneContractEntryWithTheSameScopesAndPaging() {
        List<String> problems = new ArrayList<>();
        for (BitbucketOperation op : BitbucketOperation.values()) {
            if (op.getPathTemplate() == null) {
                continue; // httpRequest: any documented path, checked at run time; exchangeAuthorizationCode: OAuth
            }
            List<ContractDocument.Operation> matches = contract.operations().stream()
                    .filter(c -> namesAt(c).contains(op.name())).toList();
            if (matches.size() != 1) {
                problems.add(op + " is named by " + matches.size() + " contract entries");
                continue;
            }
            ContractDocument.Operation c = matches.get(0);
            if (!c.method().equals(op.getMethod()) || !c.path().equals(op.getPathTemplate())) {
                problems.add(op + " is " + op.getMethod() + " " + op.getPathTemplate() + " but the contract says "
                             + c.method() + " " + c.path());
            }
            if (!contract.scopes(c).equals(new TreeSet<>(op.getScopes()))) {
                problems.add(op + " needs scopes " + op.getScopes() + " but the contract says " + contract.scopes(c));
            }
            List<String> apiTokenScopes = new ArrayList<>();
            c.node().path("x-api-token-scopes").forEach(n -> apiTokenScopes.add(n.asText()));
            if (!new TreeSet<>(apiTokenScopes).equals(new TreeSet<>(op.getApiTokenScopes()))) {
                problems.add(op + " needs API token scopes " + op.getApiTokenScopes() + " but the contract says "
                             + apiTokenScopes);
            }
            int maxPagelen = c.node().path("x-max-pagelen").asInt(100);
            if (op.isPaged() && maxPagelen != op.getMaxPageSize()) {
                problems.add(op + " caps pagelen at " + op.getMaxPageSize() + " but the contract says " + maxPagelen);
            }
            // another action reading the same entry (listDirectory on getFile's path) states its own paging
            com.fasterxml.jackson.databind.JsonNode variant = c.node().path("x-camel-variants").path(op.name());
            boolean paged = (variant.has("x-paged") ? variant : c.node()).path("x-paged").asBoolean(false);
            if (paged != op.isPaged()) {
                problems.add(op + " paged=" + op.isPaged() + " but the contract x-paged=" + paged);
            }
            if (op.getKind() == BitbucketOperation.Kind.TRIGGER && !c.node().path("x-camel-triggers").toString()
                    .contains("\"" + op.name() + "\"")) {
                problems.add(op + " is a trigger but the contract names it as an action");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void contractNamesNoOperationTheComponentLacks() {
        Set<String> known = new TreeSet<>();
        for (BitbucketOperation op : BitbucketOperation.values()) {
            known.add(op.name());
        }
        List<String> unknown = contract.operations().stream().flatMap(c -> namesAt(c).stream())
                .filter(n -> !known.contains(n)).toList();
        assertThat(unknown).isEmpty();
    }

    @Test
    void actionsAndTriggersAreNamedAsSuch() {
        for (ContractDocument.Operation c : contract.operations()) {
            if (c.node().has("x-read-by")) {
                // read by an action itself (a merge's task status): it must name that action
                assertThat(BitbucketOperation.valueOf(c.node().path("x-read-by").asText()).getKind())
                        .isEqualTo(BitbucketOperation.Kind.ACTION);
                continue;
            }
            String id = c.node().path("operationId").asText();
            if (!id.isEmpty()) { // an entry only a trigger polls has no action (pullRequestCommented's activity)
                assertThat(BitbucketOperation.valueOf(id).getKind()).as(id).isEqualTo(BitbucketOperation.Kind.ACTION);
            }
            c.node().path("x-camel-variants").fieldNames().forEachRemaining(v -> assertThat(
                    BitbucketOperation.valueOf(v).getKind()).as(v).isEqualTo(BitbucketOperation.Kind.ACTION));
            c.node().path("x-camel-triggers").forEach(t -> assertThat(BitbucketOperation.valueOf(t.asText()).getKind())
                    .as(t.asText()).isEqualTo(BitbucketOperation.Kind.TRIGGER));
        }
    }
}
