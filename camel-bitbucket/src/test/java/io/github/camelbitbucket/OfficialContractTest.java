package io.github.camelbitbucket;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our contract agrees with Atlassian's official OpenAPI description (../shared/bitbucket-openapi, not copied into the
 * project): same paths and methods, same path parameters, query parameters documented there or by Atlassian's
 * paging/filtering pages, every body field the official document requires either required or always set by the
 * component, the same OAuth scopes, and deprecation where Atlassian marks it. Skipped when the official file is absent.
 */
class OfficialContractTest {

    /** Documented for every collection/resource in Atlassian's narrative pages (pagination, filtering, partial responses). */
    static final Set<String> GLOBAL_QUERY_PARAMETERS = Set.of("page", "pagelen", "q", "sort", "fields");

    static ContractDocument ours;
    static ContractDocument official;

    @BeforeAll
    static void load() throws Exception {
        String p = System.getProperty("bitbucket.official.openapi",
                "../../shared/bitbucket-openapi/bitbucket-cloud-2.0.openapi.json");
        Path officialPath = Paths.get(p);
        Assumptions.assumeTrue(Files.exists(officialPath), "official OpenAPI document not present at " + officialPath);
        ours = ContractDocument.load(ContractValidator.contractPath());
        official = ContractDocument.load(officialPath);
    }

    @Test
    void everyOperationOfOursAgreesWithTheOfficialDescription() {
        List<String> problems = new ArrayList<>();
        for (ContractDocument.Operation op : ours.operations()) {
            String id = op.method() + " " + op.path();
            ContractDocument.Operation theirs = official.find(op.method(), op.path());
            if (theirs == null) {
                problems.add(id + ": not in the official description");
                continue;
            }
            Map<String, String> ourParams = ours.parameters(op);
            Map<String, String> officialParams = official.parameters(theirs);
            Set<String> inDescription = new TreeSet<>();
            op.node().path("x-documented-in-description").forEach(n -> inDescription.add(n.asText()));
            ourParams.forEach((name, in) -> {
                if ("query".equals(in) && GLOBAL_QUERY_PARAMETERS.contains(name)) {
                    return;
                }
                if ("query".equals(in) && inDescription.contains(name)) {
                    // documented in the operation's description text: checked there
                    if (!theirs.node().path("description").asText().contains(name + "=")) {
                        problems.add(id + ": " + name + " is not in the official description's text");
                    }
                    return;
                }
                if (!in.equals(officialParams.get(name))) {
                    problems.add(id + ": parameter " + name + " (" + in + ") is " + officialParams.get(name)
                                 + " in the official description");
                }
            });
            officialParams.forEach((name, in) -> {
                if ("path".equals(in) && !"path".equals(ourParams.get(name))) {
                    problems.add(id + ": misses the path parameter " + name);
                }
            });
            boolean bodyOmittedOfficially = op.node().path("x-official-omits-body").asBoolean(false)
                                            && !official.hasBody(theirs);
            if (official.hasBody(theirs) != ours.hasBody(op) && !bodyOmittedOfficially) {
                problems.add(id + ": request body presence differs");
            } else if (ours.hasBody(op) && official.hasBody(theirs)) {
                Set<String> covered = new TreeSet<>(ours.requiredBodyFields(op));
                op.node().path("x-set-by-component").forEach(f -> covered.add(f.asText()));
                Set<String> missing = new TreeSet<>(official.requiredBodyFields(theirs));
                missing.removeAll(covered);
                if (!missing.isEmpty()) {
                    problems.add(id + ": the official description requires body fields " + missing);
                }
            }
            Set<String> ourApiTokenScopes = new TreeSet<>();
            op.node().path("x-api-token-scopes").forEach(n -> ourApiTokenScopes.add(n.asText()));
            Set<String> officialApiTokenScopes = new TreeSet<>();
            theirs.node().path("x-atlassian-oauth2-scopes").forEach(e -> e.path("scopes")
                    .forEach(n -> officialApiTokenScopes.add(n.asText())));
            if (!ourApiTokenScopes.equals(officialApiTokenScopes)) {
                problems.add(id + ": API token scopes " + ourApiTokenScopes + " but officially "
                             + officialApiTokenScopes);
            }
            if (!ours.scopes(op).equals(official.scopes(theirs))) {
                problems.add(id + ": scopes " + ours.scopes(op) + " but officially " + official.scopes(theirs));
            }
            if (theirs.node().path("deprecated").asBoolean(false) && !op.node().path("deprecated").asBoolean(false)) {
                problems.add(id + ": deprecated in the official description, not in ours");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Our enum schema, the official schema and property it mirrors. */
    static final String[][] ENUMS = {
            { "PullRequestState", "pullrequest", "state" },
            { "IssueKind", "issue", "kind" },
            { "IssuePriority", "issue", "priority" },
            { "IssueState", "issue", "state" } };

    @Test
    void everyEnumOfOursEqualsTheOfficialOne() throws Exception {
        com.fasterxml.jackson.databind.JsonNode ourSchemas = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(ContractValidator.contractPath()
                        .toFile()).path("components").path("schemas");
        com.fasterxml.jackson.databind.JsonNode officialSchemas = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Paths.get(System.getProperty("bitbucket.official.openapi")).toFile())
                .path("components").path("schemas");
        List<String> problems = new ArrayList<>();
        for (String[] e : ENUMS) {
            List<String> ourValues = new ArrayList<>();
            ourSchemas.path(e[0]).path("enum").forEach(v -> ourValues.add(v.asText()));
            List<String> officialValues = new ArrayList<>();
            officialProperty(officialSchemas.path(e[1]), e[2]).path("enum").forEach(v -> officialValues.add(v.asText()));
            if (!new TreeSet<>(ourValues).equals(new TreeSet<>(officialValues))) {
                problems.add(e[0] + " is " + ourValues + " but " + e[1] + "." + e[2] + " is officially " + officialValues);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** A property of an official schema, looking into its allOf parts. */
    private static com.fasterxml.jackson.databind.JsonNode officialProperty(com.fasterxml.jackson.databind.JsonNode schema,
                                                                           String name) {
        if (schema.path("properties").has(name)) {
            return schema.path("properties").get(name);
        }
        for (com.fasterxml.jackson.databind.JsonNode part : schema.path("allOf")) {
            com.fasterxml.jackson.databind.JsonNode found = officialProperty(part, name);
            if (!found.isMissingNode()) {
                return found;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    @Test
    void weDoNotUseTheRemovedWorkspaceList() {
        assertThat(ours.find("GET", "/workspaces")).isNull();
        assertThat(official.find("GET", "/workspaces").node().path("deprecated").asBoolean()).isTrue();
    }
}
