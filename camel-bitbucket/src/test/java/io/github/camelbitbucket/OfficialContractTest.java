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
            ourParams.forEach((name, in) -> {
                if ("query".equals(in) && GLOBAL_QUERY_PARAMETERS.contains(name)) {
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
            if (!ours.scopes(op).equals(official.scopes(theirs))) {
                problems.add(id + ": scopes " + ours.scopes(op) + " but officially " + official.scopes(theirs));
            }
            if (theirs.node().path("deprecated").asBoolean(false) && !op.node().path("deprecated").asBoolean(false)) {
                problems.add(id + ": deprecated in the official description, not in ours");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void weDoNotUseTheRemovedWorkspaceList() {
        assertThat(ours.find("GET", "/workspaces")).isNull();
        assertThat(official.find("GET", "/workspaces").node().path("deprecated").asBoolean()).isTrue();
    }
}
