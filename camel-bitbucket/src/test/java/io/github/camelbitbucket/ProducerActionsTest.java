package io.github.camelbitbucket;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.camelbitbucket.model.Issue;
import io.github.camelbitbucket.model.IssueKind;
import io.github.camelbitbucket.model.IssuePriority;
import io.github.camelbitbucket.model.Project;
import io.github.camelbitbucket.model.PullRequest;
import io.github.camelbitbucket.model.Repository;
import io.github.camelbitbucket.model.Workspace;
import io.github.camelbitbucket.model.WorkspaceAccess;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Every action against WireMock: the request sent (method, path, query, headers, body) and what the route gets back. */
class ProducerActionsTest extends WireMockTestSupport {

    static final String ISSUE = "{'type':'issue','id':7,'title':'App crashes','kind':'bug','priority':'major',"
                                + "'state':'new','content':{'raw':'boom'},'created_on':'2026-11-01T10:00:00.123456+00:00',"
                                + "'updated_on':'2026-11-02T10:00:00+00:00','reporter':{'display_name':'Ann'}}";
    static final String PROJECT = "{'type':'project','key':'OPS','name':'Operations','is_private':true,"
                                  + "'uuid':'{p-1}','description':'Ops things'}";

    @Test
    void listWorkspacesUsesUserWorkspacesAndReturnsTypedItems() {
        wm.stubFor(get(urlPathEqualTo("/2.0/user/workspaces")).willReturn(okJson(
                "{'pagelen':100,'values':[{'type':'workspace_access','administrator':true,"
                + "'workspace':{'type':'workspace','slug':'acme','name':'Acme','uuid':'{w-1}'}}]}")));

        List<?> result = template.requestBody("bitbucket:listWorkspaces", null, List.class);

        assertThat(result).hasSize(1);
        WorkspaceAccess access = (WorkspaceAccess) result.get(0);
        assertThat(access.getAdministrator()).isTrue();
        assertThat(access.getWorkspace().getSlug()).isEqualTo("acme");
        wm.verify(getRequestedFor(urlEqualTo("/2.0/user/workspaces?pagelen=100"))
                .withHeader("Authorization", equalTo("Bearer access-token-1"))
                .withHeader("Accept", equalTo("application/json, */*;q=0.1")));
    }

    @Test
    void getWorkspaceReturnsWorkspace() {
        wm.stubFor(get(urlEqualTo("/2.0/workspaces/acme")).willReturn(okJson(
                "{'type':'workspace','slug':'acme','name':'Acme Inc','is_private':false}")));

        Workspace ws = template.requestBody("bitbucket:getWorkspace?workspace=acme", null, Workspace.class);

        assertThat(ws.getName()).isEqualTo("Acme Inc");
    }

    @Test
    void getIssueTakesTargetFromHeadersOverOptionsAndSetsIssueIdHeader() {
        wm.stubFor(get(urlEqualTo("/2.0/repositories/acme/web/issues/7")).willReturn(okJson(ISSUE)));

        Exchange out = template.request("bitbucket:getIssue?workspace=other&repoSlug=web&issueId=1", e -> {
            e.getIn().setHeader(BitbucketConstants.OVERRIDE_WORKSPACE, "acme");
            e.getIn().setHeader(BitbucketConstants.OVERRIDE_ISSUE_ID, 7);
        });

        Issue issue = out.getMessage().getBody(Issue.class);
        assertThat(issue.getTitle()).isEqualTo("App crashes");
        assertThat(issue.getKind()).isEqualTo(IssueKind.BUG);
        assertThat(issue.getCreatedOn().getNano()).isEqualTo(123456000);
        assertThat(out.getMessage().getHeader(BitbucketConstants.ISSUE_ID)).isEqualTo("7");
        assertThat(out.getMessage().getHeader(BitbucketConstants.HTTP_STATUS)).isEqualTo(200);
    }

    @Test
    void createIssueMergesOptionsBodyAndHeadersAndReturnsLocation() {
        wm.stubFor(post(urlEqualTo("/2.0/repositories/acme/web/issues")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withHeader("Location", "https://api.bitbucket.org/2.0/repositories/acme/web/issues/7")
                .withBody(json(ISSUE))));

        Map<String, Object> body = new HashMap<>();
        body.put("title", "App crashes");
        body.put("kind", "bug");
        Exchange out = template.request("bitbucket:createIssue?workspace=acme&repoSlug=web&priority=minor", e -> {
            e.getIn().setBody(body);
            e.getIn().setHeader(BitbucketConstants.PRIORITY, "major");
            e.getIn().setHeader(BitbucketConstants.CONTENT, "boom");
        });

        wm.verify(postRequestedFor(urlEqualTo("/2.0/repositories/acme/web/issues"))
                .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
                .withRequestBody(equalToJson(json("{'type':'issue','title':'App crashes','kind':'bug',"
                                                  + "'priority':'major','content':{'raw':'boom'}}"))));
        assertThat(out.getMessage().getHeader(BitbucketConstants.LOCATION))
                .isEqualTo("https://api.bitbucket.org/2.0/repositories/acme/web/issues/7");
        assertThat(out.getMessage().getHeader(BitbucketConstants.ISSUE_ID)).isEqualTo("7");
        assertThat(out.getMessage().getHeader(BitbucketConstants.HTTP_STATUS)).isEqualTo(201);
        assertThat(out.getMessage().getBody(Issue.class).getPriority()).isEqualTo(IssuePriority.MAJOR);
    }

    @Test
    void createIssueAcceptsModelObjectAndJsonString() {
        wm.stubFor(post(urlEqualTo("/2.0/repositories/acme/web/issues")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(json(ISSUE))));

        template.requestBody("bitbucket:createIssue?workspace=acme&repoSlug=web",
                new Issue().withTitle("From model").withKind(IssueKind.TASK));
        template.requestBody("bitbucket:createIssue?workspace=acme&repoSlug=web",
                json("{'title':'From JSON','priority':'trivial'}"));

        wm.verify(postRequestedFor(urlEqualTo("/2.0/repositories/acme/web/issues"))
                .withRequestBody(equalToJson(json("{'type':'issue','title':'From model','kind':'task'}"))));
        wm.verify(postRequestedFor(urlEqualTo("/2.0/repositories/acme/web/issues"))
                .withRequestBody(equalToJson(json("{'type':'issue','title':'From JSON','priority':'trivial'}"))));
    }

    @Test
    void updateIssueSendsOnlyWhatWasGiven() {
        wm.stubFor(put(urlEqualTo("/2.0/repositories/acme/web/issues/7")).willReturn(okJson(ISSUE)));

        template.requestBodyAndHeader("bitbucket:updateIssue?workspace=acme&repoSlug=web&issueId=7", null,
                BitbucketConstants.PRIORITY, "critical");

        wm.verify(putRequestedFor(urlEqualTo("/2.0/repositories/acme/web/issues/7"))
                .withRequestBody(equalToJson(json("{'type':'issue','priority':'critical'}"))));
    }

    @Test
    void updateIssueKeepsExplicitNullFromMapToClearAField() {
        wm.stubFor(put(urlEqualTo("/2.0/repositories/acme/web/issues/7")).willReturn(okJson(ISSUE)));
        Map<String, Object> body = new HashMap<>();
        body.put("assignee", null);

        template.requestBody("bitbucket:updateIssue?workspace=acme&repoSlug=web&issueId=7", body);

        wm.verify(putRequestedFor(urlEqualTo("/2.0/repositories/acme/web/issues/7"))
                .withRequestBody(equalToJson(json("{'type':'issue','assignee':null}"))));
    }

    @Test
    void projectLifecycleSendsTheDocumentedRequests() {
        wm.stubFor(post(urlEqualTo("/2.0/workspaces/acme/projects")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withHeader("Location", "https://api.bitbucket.org/2.0/workspaces/acme/projects/OPS")
                .withBody(json(PROJECT))));
        wm.stubFor(get(urlEqualTo("/2.0/workspaces/acme/projects/OPS")).willReturn(okJson(PROJECT)));
        wm.stubFor(put(urlEqualTo("/2.0/workspaces/acme/projects/OPS")).willReturn(okJson(PROJECT)));
        wm.stubFor(delete(urlEqualTo("/2.0/workspaces/acme/projects/OPS")).willReturn(aResponse().withStatus(204)));

        Exchange created = template.request("bitbucket:createProject?workspace=acme&name=Operations&key=OPS"
                                            + "&isPrivate=true&description=Ops things",
                e -> {
                });
        Project got = template.requestBody("bitbucket:getProject?workspace=acme&projectKey=OPS", null, Project.class);
        template.requestBodyAndHeader("bitbucket:updateProject?workspace=acme&projectKey=OPS", null,
                BitbucketConstants.DESCRIPTION, "New words");
        Exchange deleted = template.request("bitbucket:deleteProject?workspace=acme&projectKey=OPS", e -> {
        });

        wm.verify(postRequestedFor(urlEqualTo("/2.0/workspaces/acme/projects")).withRequestBody(equalToJson(json(
                "{'type':'project','name':'Operations','key':'OPS','description':'Ops things','is_private':true}"))));
        wm.verify(putRequestedFor(urlEqualTo("/2.0/workspaces/acme/projects/OPS"))
                .withRequestBody(equalToJson(json("{'type':'project','description':'New words'}"))));
        wm.verify(deleteRequestedFor(urlEqualTo("/2.0/workspaces/acme/projects/OPS")));
        assertThat(created.getMessage().getHeader(BitbucketConstants.PROJECT_KEY)).isEqualTo("OPS");
        assertThat(created.getMessage().getHeader(BitbucketConstants.LOCATION)).asString().endsWith("/projects/OPS");
        assertThat(got.getIsPrivate()).isTrue();
        assertThat(deleted.getMessage().getBody()).isNull();
        assertThat(deleted.getMessage().getHeader(BitbucketConstants.HTTP_STATUS)).isEqualTo(204);
    }

    @Test
    void createProjectTakesKeyFromProjectKeyWhenKeyIsNotGiven() {
        wm.stubFor(post(urlEqualTo("/2.0/workspaces/acme/projects")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(json(PROJECT))));

        template.requestBodyAndHeaders("bitbucket:createProject?workspace=acme", null,
                Map.of(BitbucketConstants.OVERRIDE_PROJECT_KEY, "OPS", BitbucketConstants.NAME, "Ops"), Project.class);
        // name comes from the body
        template.requestBody("bitbucket:createProject?workspace=acme&projectKey=OPS", new Project().withName("Ops"));

        wm.verify(postRequestedFor(urlEqualTo("/2.0/workspaces/acme/projects"))
                .withRequestBody(equalToJson(json("{'type':'project','name':'Ops','key':'OPS'}"))));
    }

    @Test
    void listRepositoriesAndPullRequestsPassFiltersEncoded() {
        wm.stubFor(get(urlPathEqualTo("/2.0/repositories/acme")).willReturn(okJson(
                "{'values':[{'type':'repository','slug':'web','full_name':'acme/web','mainbranch':{'name':'main'}}]}")));
        wm.stubFor(get(urlPathEqualTo("/2.0/repositories/acme/web/pullrequests")).willReturn(okJson(
                "{'values':[{'type':'pullrequest','id':3,'title':'Fix','state':'OPEN'}]}")));

        List<?> repos = template.requestBody("bitbucket:listRepositories?workspace=acme&pageSize=50"
                                             + "&q=RAW(name ~ \"we b\")&sort=-updated_on", null, List.class);
        List<?> prs = template.requestBodyAndHeader("bitbucket:listPullRequests?workspace=acme&repoSlug=web", null,
                BitbucketConstants.STATE, "open", List.class);

        assertThat(((Repository) repos.get(0)).getMainbranch().getName()).isEqualTo("main");
        assertThat(((PullRequest) prs.get(0)).getTitle()).isEqualTo("Fix");
        wm.verify(getRequestedFor(urlEqualTo(
                "/2.0/repositories/acme?pagelen=50&q=name%20~%20%22we%20b%22&sort=-updated_on")));
        // live row 1: the pull request collection takes at most 50, whatever pageSize says
        wm.verify(getRequestedFor(urlEqualTo("/2.0/repositories/acme/web/pullrequests?pagelen=50&state=OPEN")));
    }

    @Test
    void rateLimitHeadersAreHandedToTheRoute() {
        wm.stubFor(get(urlEqualTo("/2.0/workspaces/acme")).willReturn(okJson("{'type':'workspace','slug':'acme'}")
                .withHeader("X-RateLimit-Limit", "1000").withHeader("X-RateLimit-Resource", "api")
                .withHeader("X-RateLimit-NearLimit", "true")));

        Exchange out = template.request("bitbucket:getWorkspace?workspace=acme", e -> {
        });

        assertThat(out.getMessage().getHeader(BitbucketConstants.RATE_LIMIT_LIMIT)).isEqualTo(1000);
        assertThat(out.getMessage().getHeader(BitbucketConstants.RATE_LIMIT_RESOURCE)).isEqualTo("api");
        assertThat(out.getMessage().getHeader(BitbucketConstants.RATE_LIMIT_NEAR_LIMIT)).isEqualTo(true);
    }

    @Test
    void operationHeaderSwitchesTheAction() {
        wm.stubFor(get(urlEqualTo("/2.0/workspaces/acme")).willReturn(okJson("{'type':'workspace','slug':'acme'}")));

        Object body = template.requestBodyAndHeader("bitbucket:listRepositories?workspace=acme", null,
                BitbucketConstants.OPERATION, "getWorkspace");

        assertThat(body).isInstanceOf(Workspace.class);
    }

    @Test
    void pathValuesArePercentEncodedAsOneSegment() {
        wm.stubFor(get(urlEqualTo("/2.0/repositories/acme/..%2F..%2Fuser/issues/7")).willReturn(okJson(ISSUE)));

        template.requestBody("bitbucket:getIssue?workspace=acme&repoSlug=../../user&issueId=7", (Object) null);

        wm.verify(getRequestedFor(urlEqualTo("/2.0/repositories/acme/..%2F..%2Fuser/issues/7")));
    }

    @Test
    void workspaceUuidIsEncoded() {
        wm.stubFor(get(urlEqualTo("/2.0/workspaces/%7Babc-1%7D")).willReturn(okJson("{'type':'workspace'}")));

        template.requestBodyAndHeader("bitbucket:getWorkspace", null, BitbucketConstants.OVERRIDE_WORKSPACE, "{abc-1}");

        wm.verify(getRequestedFor(urlEqualTo("/2.0/workspaces/%7Babc-1%7D")));
    }

    @Test
    void aUserSuppliedHttpClientIsUsedAndNotClosed() throws Exception {
        wm.stubFor(get(urlEqualTo("/2.0/workspaces/acme")).willReturn(okJson("{'type':'workspace','slug':'acme'}")));
        org.apache.hc.client5.http.impl.classic.CloseableHttpClient own = org.apache.hc.client5.http.impl.classic.HttpClients
                .custom().addRequestInterceptorFirst((request, entity, ctx) -> request.addHeader("X-Corporate-Proxy", "yes"))
                .build();
        context.getRegistry().bind("ownClient", own);

        template.requestBody("bitbucket:getWorkspace?workspace=acme&httpClient=#ownClient", (Object) null);
        context.stop();

        wm.verify(getRequestedFor(urlEqualTo("/2.0/workspaces/acme")).withHeader("X-Corporate-Proxy", equalTo("yes"))
                .withHeader("Authorization", equalTo("Bearer access-token-1")));
        // still usable: the component did not close a client it does not own
        own.execute(new org.apache.hc.client5.http.classic.methods.HttpGet(wm.baseUrl() + "/2.0/workspaces/acme"),
                response -> response.getCode());
        own.close();
    }

    @Test
    void simpleLanguageReadsModelGetters() throws Exception {
        wm.stubFor(get(urlEqualTo("/2.0/repositories/acme/web/issues/7")).willReturn(okJson(ISSUE)));
        context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("direct:title").to("bitbucket:getIssue?workspace=acme&repoSlug=web&issueId=7")
                        .setBody(simple("${body.title} (${body.priority}) by ${body.reporter.displayName}"));
            }
        });

        assertThat(template.requestBody("direct:title", null, String.class)).isEqualTo("App crashes (major) by Ann");
    }
}
