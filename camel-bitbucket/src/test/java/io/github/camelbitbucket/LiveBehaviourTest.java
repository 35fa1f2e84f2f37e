package io.github.camelbitbucket;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.camelbitbucket.client.BitbucketException;
import io.github.camelbitbucket.model.PullRequest;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * One test per row of {@code shared/docs/bitbucket-live-behaviour.md} that concerns actions and auth, against the
 * stand-in, which plays the row (row 12 is {@link RefreshTokenSharingTest}; the redirect to another host is in
 * {@link HttpRequestTest}). Each would fail against a fake that follows only the OpenAPI description's promises
 * where the component did not handle the row.
 */
class LiveBehaviourTest extends StandInTestSupport {

    @AfterEach
    void liveDefaults() {
        standIn.live().stateIgnoredWithQ(true).issueTrackerRetired(false).rateLimitAfter(-1);
    }

    private static BitbucketException failure(Exchange out) {
        assertThat(out.getException()).isInstanceOf(BitbucketException.class);
        return out.getException(BitbucketException.class);
    }

    @Test
    void liveRow01PullRequestListsTakeAtMost50PerPage() {
        // the stand-in refuses what live Bitbucket refuses
        Exchange raw = template.request("bitbucket:httpRequest?path=/repositories/acme/website/pullrequests?pagelen=100",
                e -> {
                });
        assertThat(failure(raw).getStatusCode()).isEqualTo(400);
        assertThat(failure(raw).getErrorMessage()).isEqualTo("Invalid pagelen");

        // the component at its defaults (pageSize=100) caps the pull request collection at 50
        RECORDED.clear();
        List<?> prs = template.requestBody("bitbucket:listPullRequests?workspace=acme&repoSlug=website", null,
                List.class);
        assertThat(prs).isNotEmpty();
        assertThat(requestsTo("/2.0/repositories/acme/website/pullrequests").get(0).query().get("pagelen"))
                .containsExactly("50");
    }

    @ParameterizedTest(name = "state ignored next to q: {0}")
    @ValueSource(booleans = { true, false })
    void liveRow02PullRequestTriggersSeeMergesAndDeclinesUnderEitherReading(boolean stateIgnoredWithQ)
            throws Exception {
        standIn.live().stateIgnoredWithQ(stateIgnoredWithQ);
        String repo = "row2-" + stateIgnoredWithQ;
        standIn.addRepository("acme", repo, "WEB");
        OffsetDateTime t = OffsetDateTime.parse("2026-11-01T10:00:00Z");
        standIn.addPullRequest("acme", repo, 1, "Open one", "OPEN", t, t.plusMinutes(1));
        standIn.addPullRequest("acme", repo, 2, "Merged one", "MERGED", t, t.plusMinutes(2));
        standIn.addPullRequest("acme", repo, 3, "Declined one", "DECLINED", t, t.plusMinutes(3));
        List<String> seen = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:pullRequestUpdated?workspace=acme&repoSlug=" + repo + "&startFrom=beginning&delay=50")
                        .routeId("row2-" + stateIgnoredWithQ)
                        .process(e -> seen.add(e.getMessage().getBody(PullRequest.class).getState().toString()));
            }
        });
        await().atMost(10, TimeUnit.SECONDS).until(() -> seen.size() >= 3);
        context.getRouteController().stopRoute("row2-" + stateIgnoredWithQ);

        assertThat(seen).containsExactly("OPEN", "MERGED", "DECLINED");
        // the action: a state list goes out as repeated state= parameters
        RECORDED.clear();
        List<?> listed = template.requestBody("bitbucket:listPullRequests?workspace=acme&repoSlug=" + repo
                                              + "&state=merged,declined", null, List.class);
        assertThat(listed).hasSize(2);
        assertThat(requestsTo("/2.0/repositories/acme/" + repo + "/pullrequests").get(0).query().get("state"))
                .containsExactly("MERGED", "DECLINED");
    }

    @Test
    void liveRow07AMissingScopeErrorNamesTheRequiredAndGrantedScopes() throws Exception {
        standIn.addConsumer("narrow-app", "narrow-secret", "account repository", "http://localhost/cb");
        CamelContext narrow = new org.apache.camel.impl.DefaultCamelContext();
        BitbucketComponent component = standInComponent(narrow);
        component.getConfiguration().setClientId("narrow-app");
        component.getConfiguration().setClientSecret("narrow-secret");
        component.getConfiguration().setScopes(null);
        narrow.addComponent("bitbucket", component);
        narrow.start();
        try {
            // httpRequest does no scope check of its own: Bitbucket's 403 comes back
            Exchange out = narrow.createProducerTemplate().request(
                    "bitbucket:httpRequest?path=/repositories/acme/website/issues", e -> {
                    });
            BitbucketException e = failure(out);
            assertThat(e.getStatusCode()).isEqualTo(403);
            assertThat(e.getReason()).isEqualTo(BitbucketException.Reason.SCOPE);
            assertThat(e.getErrorDetail()).isEqualTo("required scopes [issue], granted [account, repository]");
            assertThat(e.getMessage()).contains("required scopes [issue], granted [account, repository]");
        } finally {
            narrow.stop();
        }
    }

    @Test
    void liveRow08ARateLimitKeepsBitbucketsTextAndHeadersAndIsNotRetriedInABurst() {
        standIn.live().rateLimitAfter(0);
        RECORDED.clear();

        Exchange fast = template.request("bitbucket:getWorkspace?workspace=acme&rateLimitMaxWait=0", e -> {
        });
        BitbucketException e = failure(fast);
        assertThat(e.getReason()).isEqualTo(BitbucketException.Reason.RATE_LIMIT);
        assertThat(e.getErrorMessage()).isEqualTo("Rate limit for this resource has been exceeded");
        assertThat(e.getRateLimitHeaders()).containsEntry("X-RateLimit-Limit", "1000")
                .containsEntry("X-RateLimit-NearLimit", "true");
        assertThat(e.getMessage()).contains("rolling hour");
        assertThat(RECORDED).hasSize(1);

        RECORDED.clear();
        Exchange waited = template.request("bitbucket:getWorkspace?workspace=acme&rateLimitMaxWait=200", x -> {
        });
        assertThat(failure(waited).getReason()).isEqualTo(BitbucketException.Reason.RATE_LIMIT);
        assertThat(RECORDED).as("one bounded wait, one more attempt, no burst").hasSize(2);
    }

    @Test
    void liveRow09HttpRequestFollowsThePullRequestDiffRedirectAndReturnsText() {
        Exchange out = template.request("bitbucket:httpRequest?path=/repositories/acme/website/pullrequests/1/diff",
                e -> {
                });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isInstanceOf(String.class).asString().startsWith("diff --git");
        assertThat(out.getMessage().getHeader(Exchange.CONTENT_TYPE)).asString().startsWith("text/plain");
    }

    @Test
    void liveRow10TheRemovedWorkspaceListSaysWhereToGo() {
        Exchange out = template.request("bitbucket:httpRequest?path=/workspaces", e -> {
        });

        BitbucketException e = failure(out);
        assertThat(e.getStatusCode()).isEqualTo(410);
        assertThat(e.getReason()).isEqualTo(BitbucketException.Reason.RETIRED_API);
        assertThat(e.getMessage()).contains("CHANGE-2770").contains("listWorkspaces");
    }

    @Test
    void liveRow11ARetiredIssueTrackerIsExplainedNotABareStatus() {
        standIn.live().issueTrackerRetired(true);

        Exchange out = template.request("bitbucket:listIssues?workspace=acme&repoSlug=website", e -> {
        });

        BitbucketException e = failure(out);
        assertThat(e.getStatusCode()).isEqualTo(410);
        assertThat(e.getReason()).isEqualTo(BitbucketException.Reason.RETIRED_API);
        assertThat(e.getMessage()).contains("has no issue tracker").contains("retired the issue tracker");
    }

    @Test
    void liveRow13ApiTokensUseTheirOwnScopeNamesWithoutAccountAndWriteDoesNotImplyRead() throws Exception {
        CamelContext apiToken = new org.apache.camel.impl.DefaultCamelContext();
        BitbucketComponent component = new BitbucketComponent();
        component.getConfiguration().setBaseUrl(standIn.baseUrl());
        component.getConfiguration().setUsername(BitbucketStandIn.DEMO_USER);
        component.getConfiguration().setApiToken(BitbucketStandIn.DEMO_API_TOKEN);
        component.getConfiguration().setScopes(BitbucketStandIn.DEMO_API_TOKEN_SCOPES);
        apiToken.addComponent("bitbucket", component);
        apiToken.start();
        try {
            // no account demanded, the API token names checked at route start, and the stand-in checks them too
            Object repo = apiToken.createProducerTemplate().requestBody(
                    "bitbucket:getRepository?workspace=acme&repoSlug=website", null, Object.class);
            assertThat(repo).isNotNull();
            assertThatThrownBy(() -> apiToken.createProducerTemplate().requestBody(
                    "bitbucket:createIssue?workspace=acme&repoSlug=website&title=t&scopes=write:issue:bitbucket",
                    (Object) null))
                    .hasStackTraceContaining("needs the API token scope(s) [read:issue:bitbucket]")
                    .hasStackTraceContaining("write does not imply read");
        } finally {
            apiToken.stop();
        }
        // an access token has classic scope names but no account either
        assertThat(io.github.camelbitbucket.auth.Scopes.check(java.util.Set.of("repository"), List.of("repository"),
                List.of("read:repository:bitbucket"), false)).isNull();
        assertThat(io.github.camelbitbucket.auth.Scopes.check(java.util.Set.of("repository"), List.of("repository"),
                List.of("read:repository:bitbucket"), true)).contains("must include 'account'");
    }
}
