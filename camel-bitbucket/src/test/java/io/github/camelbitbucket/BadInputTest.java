package io.github.camelbitbucket;

import java.util.Map;
import java.util.stream.Stream;

import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Bad input catalogue: each case fails with a message naming what to fix, and Bitbucket (WireMock) sees no request at
 * all (not even a token request).
 */
class BadInputTest extends WireMockTestSupport {

    static Stream<Arguments> cases() {
        return Stream.of(
                // missing targets
                arguments("bitbucket:listIssues?repoSlug=web", null, Map.of(), "listIssues needs workspace"),
                arguments("bitbucket:listIssues?workspace=acme", null, Map.of(), "header CamelBitbucketOverrideRepoSlug"),
                arguments("bitbucket:getIssue?workspace=acme&repoSlug=web", null, Map.of(), "getIssue needs issueId"),
                arguments("bitbucket:getProject?workspace=acme", null, Map.of(), "option 'projectKey'"),
                arguments("bitbucket:getWorkspace", null, Map.of(BitbucketConstants.OVERRIDE_WORKSPACE, " "),
                        "getWorkspace needs workspace"),
                arguments("bitbucket:listCommits?workspace=a&repoSlug=b&branch=main&q=RAW(hash = \"x\")", null, Map.of(),
                        "Bitbucket ignores q on commits"),
                // paging options
                arguments("bitbucket:listProjects?workspace=acme&pageSize=5", null, Map.of(),
                        "pageSize option must be between 10 and 100"),
                arguments("bitbucket:listProjects?workspace=acme&pageSize=101", null, Map.of(), "was 101"),
                arguments("bitbucket:listProjects?workspace=acme&maxResults=-1", null, Map.of(), "maxResults"),
                // operations
                arguments("bitbucket:listPulls?workspace=acme", null, Map.of(), "Unknown Bitbucket operation 'listPulls'"),
                arguments("bitbucket:getWorkspace?workspace=acme", null,
                        Map.of(BitbucketConstants.OPERATION, "fetchEverything"), "Valid actions: listWorkspaces"),
                arguments("bitbucket:getWorkspace?workspace=acme", null,
                        Map.of(BitbucketConstants.OPERATION, "issueCreated"), "is a trigger"),
                arguments("bitbucket:issueCreated?workspace=acme&repoSlug=web", null, Map.of(), "is a trigger"),
                // bodies and fields
                arguments("bitbucket:createIssue?workspace=a&repoSlug=b", null, Map.of(), "createIssue needs a title"),
                arguments("bitbucket:createIssue?workspace=a&repoSlug=b", 42, Map.of(),
                        "cannot use a message body of type java.lang.Integer"),
                arguments("bitbucket:createIssue?workspace=a&repoSlug=b", "[1,2]", Map.of(), "must be a JSON object"),
                arguments("bitbucket:createIssue?workspace=a&repoSlug=b", "{not json", Map.of(), "not valid JSON"),
                arguments("bitbucket:createIssue?workspace=a&repoSlug=b&title=t", null,
                        Map.of(BitbucketConstants.KIND, "feature"), "valid values of kind are [bug, enhancement"),
                arguments("bitbucket:createIssue?workspace=a&repoSlug=b&title=t&priority=urgent", null, Map.of(),
                        "option priority has the value 'urgent'"),
                arguments("bitbucket:updateIssue?workspace=a&repoSlug=b&issueId=1", null, Map.of(),
                        "updateIssue has nothing to send"),
                arguments("bitbucket:createProject?workspace=a&name=Ops", null, Map.of(), "createProject needs a key: set it in the body, the option(s) 'key' (or projectKey)"),
                arguments("bitbucket:listPullRequests?workspace=a&repoSlug=b&state=merged-ish", null, Map.of(),
                        "not one of [OPEN, DRAFT, QUEUED, MERGED"),
                // exchangeAuthorizationCode
                arguments("bitbucket:exchangeAuthorizationCode", null, Map.of(),
                        "needs the authorization code: set the header CamelBitbucketAuthorizationCode"),
                arguments("bitbucket:exchangeAuthorizationCode", null,
                        Map.of(BitbucketConstants.AUTHORIZATION_CODE, "c0de"),
                        "needs the OAuth refresh-token mode: set clientId, clientSecret and refreshTokenFile"),
                // httpRequest
                arguments("bitbucket:httpRequest", null, Map.of(), "path option (header CamelBitbucketPath) is required"),
                arguments("bitbucket:httpRequest?path=https://evil.example.com/x", null, Map.of(), "absolute URLs are refused"),
                arguments("bitbucket:httpRequest", null, Map.of(BitbucketConstants.PATH, "//evil.example.com/x"),
                        "must be relative"),
                arguments("bitbucket:httpRequest", null, Map.of(BitbucketConstants.PATH, "/repositories/../user"),
                        "'.' or '..' segments"),
                arguments("bitbucket:httpRequest", null, Map.of(BitbucketConstants.PATH, "/repositories/%2e%2E/user"),
                        "'.' or '..' segments"),
                arguments("bitbucket:httpRequest", null, Map.of(BitbucketConstants.PATH, "/user\r\nX-Evil: 1"),
                        "control character"),
                arguments("bitbucket:httpRequest", null, Map.of(BitbucketConstants.PATH, "repositories"),
                        "must start with '/'"),
                arguments("bitbucket:httpRequest?path=/repositories/{owner}", null, Map.of(), "unknown placeholder {owner}"),
                arguments("bitbucket:httpRequest?path=/repositories/{workspace}", null, Map.of(),
                        "httpRequest needs workspace"),
                arguments("bitbucket:httpRequest?path=/user", null, Map.of(BitbucketConstants.HTTP_METHOD, "TRACE"),
                        "must be one of"),
                arguments("bitbucket:httpRequest?path=/user", null, Map.of(BitbucketConstants.QUERY_PARAMETERS, "a=b"),
                        "must be a Map"),
                arguments("bitbucket:getIssue?workspace=a&repoSlug=..&issueId=1", null, Map.of(), "cannot be '.' or '..'"),
                arguments("bitbucket:getIssue?workspace=a&repoSlug=b&issueId=1", null,
                        Map.of(BitbucketConstants.OVERRIDE_ISSUE_ID, "1\n2"), "control character"),
                // connection and credentials
                arguments("bitbucket:getWorkspace?workspace=a&baseUrl=http://api.example.com/2.0", null, Map.of(),
                        "baseUrl option must use https"),
                arguments("bitbucket:getWorkspace?workspace=a&tokenUrl=http://auth.example.com/token", null, Map.of(),
                        "tokenUrl option must use https"),
                arguments("bitbucket:getWorkspace?workspace=a&clientSecret=", null, Map.of(),
                        "clientSecret option is required because clientId is set"),
                arguments("bitbucket:getWorkspace?workspace=a&accessToken=tok-1", null, Map.of(),
                        "Set one kind of Bitbucket credentials"),
                arguments("bitbucket:getWorkspace?workspace=a&clientId=&clientSecret=&username=me@example.com", null,
                        Map.of(), "apiToken option is required"));
    }

    @ParameterizedTest(name = "[{index}] {0} {2} -> {3}")
    @MethodSource("cases")
    void badInputFailsBeforeAnyRequestNamingWhatToFix(String uri, Object body, Map<String, Object> headers,
                                                      String expected) {
        Throwable failure;
        try {
            Exchange out = template.request(uri, e -> {
                e.getIn().setBody(body);
                e.getIn().setHeaders(new java.util.HashMap<>(headers));
            });
            failure = out.getException();
        } catch (RuntimeException e) {
            failure = e;
        }

        assertThat(failure).as(uri).isNotNull();
        assertThat(fullMessage(failure)).contains(expected);
        assertThat(wm.getAllServeEvents()).as("requests sent").isEmpty();
    }

    private static String fullMessage(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getMessage()).append(" | ");
        }
        return sb.toString();
    }
}
