package io.github.camelbitbucket;

import io.github.camelbitbucket.client.BitbucketException;
import io.github.camelbitbucket.model.PullRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live row 14 at the request level: a merge answered 202 is followed through its task-status Location (PENDING, then
 * SUCCESS with the merged pull request), a merge answered 500 fails without being sent again, and a task that ends
 * FAILED is a typed failure.
 */
class MergeTaskTest extends WireMockTestSupport {

    private static final String MERGE = "/2.0/repositories/acme/website/pullrequests/7/merge";
    private static final String TASK = MERGE + "/task-status/task-1";
    private static final String URI = "bitbucket:mergePullRequest?workspace=acme&repoSlug=website&pullRequestId=7";

    @Test
    void liveRow14A202IsFollowedThroughTheTaskToTheMergedPullRequest() {
        wm.stubFor(post(urlPathEqualTo(MERGE)).willReturn(aResponse().withStatus(202)
                .withHeader("Location", wm.baseUrl() + TASK)));
        wm.stubFor(get(urlPathEqualTo(TASK)).inScenario("task").whenScenarioStateIs("Started")
                .willReturn(okJson("{'task_status':'PENDING'}")).willSetStateTo("done"));
        wm.stubFor(get(urlPathEqualTo(TASK)).inScenario("task").whenScenarioStateIs("done")
                .willReturn(okJson("{'task_status':'SUCCESS','merge_result':{'type':'pullrequest','id':7,"
                                   + "'state':'MERGED','title':'Ship it'}}")));

        Exchange out = template.request(URI, e -> {
        });

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(PullRequest.class).getState()).hasToString("MERGED");
        assertThat(out.getMessage().getHeader(BitbucketConstants.HTTP_STATUS)).isEqualTo(200);
        wm.verify(1, postRequestedFor(urlPathEqualTo(MERGE)));
    }

    @Test
    void liveRow14AMergeAnswered500IsNotSentAgain() {
        wm.stubFor(post(urlPathEqualTo(MERGE)).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"type\":\"error\",\"error\":{\"message\":\"Something went wrong\"}}")));

        Exchange out = template.request(URI, e -> {
        });

        assertThat(out.getException()).isInstanceOf(BitbucketException.class);
        assertThat(out.getException(BitbucketException.class).getReason()).isEqualTo(BitbucketException.Reason.SERVER);
        wm.verify(1, postRequestedFor(urlPathEqualTo(MERGE)));
    }

    @Test
    void liveRow14ATaskThatEndsFailedIsATypedFailure() {
        wm.stubFor(post(urlPathEqualTo(MERGE)).willReturn(aResponse().withStatus(202)
                .withHeader("Location", wm.baseUrl() + TASK)));
        wm.stubFor(get(urlPathEqualTo(TASK)).willReturn(okJson("{'task_status':'FAILED'}")));

        Exchange out = template.request(URI, e -> {
        });

        assertThat(out.getException()).isInstanceOf(BitbucketException.class)
                .hasMessageContaining("the merge task ended FAILED");
        wm.verify(1, postRequestedFor(urlPathEqualTo(MERGE)));
    }
}
