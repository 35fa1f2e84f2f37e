package io.github.camelbitbucket;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.camelbitbucket.client.BitbucketException;
import io.github.camelbitbucket.connection.Connection;
import io.github.camelbitbucket.model.WorkspaceAccess;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Customers install the app: two accounts of the stand-in install it through the consent URL (the state signed, the
 * browser's redirect followed), their connections are kept in PostgreSQL, and every action runs as the connection it
 * names: each sees its own workspaces, under concurrency no request carries the other's token, a revoked account fails
 * alone and installing again revives it; forged and replayed states are refused before the code is sent anywhere.
 */
class ConnectionsTest extends StandInTestSupport {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        BitbucketConfiguration cfg = context.getComponent("bitbucket", BitbucketComponent.class).getConfiguration();
        cfg.setConnectionDataSource(postgres.getPostgresDatabase());
        cfg.setConnectionEncryptionKey(KEY);
        cfg.setStateSecret("made-up-state-secret-of-the-app");
        cfg.setAuthorizeUrl(standIn.authorizeUrl());
        return context;
    }

    private Connection install(String connection, String account) throws Exception {
        String url = template.requestBodyAndHeader("bitbucket:authorizationUrl", null,
                BitbucketConstants.OVERRIDE_CONNECTION, connection, String.class);
        assertThat(url).startsWith(standIn.authorizeUrl()).contains("client_id=", "response_type=code", "state=");
        BitbucketStandIn.Callback callback = standIn.consent(url, account);
        Exchange done = template.request("bitbucket:exchangeAuthorizationCode", e -> {
            e.getIn().setHeader(BitbucketConstants.AUTHORIZATION_CODE, callback.code());
            e.getIn().setHeader(BitbucketConstants.AUTHORIZATION_STATE, callback.state());
        });
        if (done.getException() != null) {
            throw done.getException();
        }
        assertThat(done.getMessage().getHeader(BitbucketConstants.CONNECTION)).isEqualTo(connection);
        assertThat(done.getMessage().getHeaders()).doesNotContainKey(BitbucketConstants.AUTHORIZATION_STATE);
        return done.getMessage().getBody(Connection.class);
    }

    @SuppressWarnings("unchecked")
    private List<String> workspacesOf(String connection) {
        List<WorkspaceAccess> access = template.requestBody("bitbucket:listWorkspaces?connection=" + connection, null,
                List.class);
        return access.stream().map(a -> a.getWorkspace().getSlug()).toList();
    }

    private String displayNameAs(String connection) {
        Map<?, ?> user = template.requestBodyAndHeader("bitbucket:httpRequest?path=/user", null,
                BitbucketConstants.OVERRIDE_CONNECTION, connection, Map.class);
        return String.valueOf(user.get("display_name"));
    }

    @Test
    void twoCustomersInstallTheAppAndEachActionRunsAsItsConnection() throws Exception {
        Connection ada = install("customer-ada", "ada");
        Connection grace = install("customer-grace", "grace");
        assertThat(ada.displayName()).isEqualTo("Ada Customer");
        assertThat(ada.workspaces()).containsExactly("acme");
        assertThat(ada.status()).isEqualTo(Connection.Status.ACTIVE);
        assertThat(grace.workspaces()).containsExactly("acme-labs");
        assertThat(ada.toString()).doesNotContain("standin-rt-");

        assertThat(workspacesOf("customer-ada")).containsExactly("acme");
        assertThat(workspacesOf("customer-grace")).containsExactly("acme-labs");
        Exchange reported = template.request("bitbucket:getWorkspace?workspace=acme&connection=customer-ada", e -> { });
        assertThat(reported.getMessage().getHeader(BitbucketConstants.CONNECTION)).isEqualTo("customer-ada");
        assertThat(template.requestBody("bitbucket:listConnections", null, List.class)).extracting(c -> ((Connection) c)
                .id()).contains("customer-ada", "customer-grace");

        // 8 callers, the two customers interleaved: the stand-in answers each request as the account of its token
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> checks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean isAda = i % 2 == 0;
            checks.add(pool.submit(() -> displayNameAs(isAda ? "customer-ada" : "customer-grace")
                    .equals(isAda ? "Ada Customer" : "Grace Customer")));
        }
        for (Future<Boolean> f : checks) {
            assertThat(f.get()).as("a request answered as the other customer").isTrue();
        }
        pool.shutdown();
    }

    @Test
    void aRevokedCustomerFailsAloneNamingItsConnectionAndInstallingAgainRevivesIt() throws Exception {
        install("customer-revoked", "ada");
        install("customer-kept", "grace");
        assertThat(workspacesOf("customer-revoked")).containsExactly("acme");

        standIn.revokeAccount("ada");

        assertThatThrownBy(() -> workspacesOf("customer-revoked")).hasRootCauseInstanceOf(BitbucketException.class)
                .rootCause().hasMessageContaining("invalid_grant");
        assertThatThrownBy(() -> workspacesOf("customer-revoked")).cause()
                .hasMessageContaining("Connection 'customer-revoked' is revoked");
        assertThat(template.requestBodyAndHeader("bitbucket:getConnection", null, BitbucketConstants.OVERRIDE_CONNECTION,
                "customer-revoked", Connection.class).status()).isEqualTo(Connection.Status.REVOKED);
        assertThat(workspacesOf("customer-kept")).containsExactly("acme-labs");

        install("customer-revoked", "ada");
        assertThat(workspacesOf("customer-revoked")).containsExactly("acme");
        assertThat(template.requestBodyAndHeader("bitbucket:removeConnection", null,
                BitbucketConstants.OVERRIDE_CONNECTION, "customer-revoked", Connection.class).id())
                .isEqualTo("customer-revoked");
        assertThatThrownBy(() -> workspacesOf("customer-revoked")).cause()
                .hasMessageContaining("No connection 'customer-revoked'");
    }

    @Test
    void forgedAndReplayedStatesAreRefusedBeforeTheCodeIsSent() throws Exception {
        String url = template.requestBodyAndHeader("bitbucket:authorizationUrl", null,
                BitbucketConstants.OVERRIDE_CONNECTION, "customer-once", String.class);
        BitbucketStandIn.Callback callback = standIn.consent(url, "grace");
        int tokenRequests = standIn.tokenRequests();
        String forged = callback.state().substring(0, callback.state().length() - 2) + "xx";
        assertThatThrownBy(() -> template.requestBodyAndHeaders("bitbucket:exchangeAuthorizationCode", null,
                Map.of(BitbucketConstants.AUTHORIZATION_CODE, callback.code(), BitbucketConstants.AUTHORIZATION_STATE, forged)))
                .cause().isInstanceOf(BitbucketException.class).hasMessageContaining("code was not exchanged");
        assertThat(standIn.tokenRequests()).as("the code was not sent").isEqualTo(tokenRequests);

        template.requestBodyAndHeaders("bitbucket:exchangeAuthorizationCode", null,
                Map.of(BitbucketConstants.AUTHORIZATION_CODE, callback.code(), BitbucketConstants.AUTHORIZATION_STATE,
                        callback.state()));
        int afterInstall = standIn.tokenRequests();
        assertThatThrownBy(() -> template.requestBodyAndHeaders("bitbucket:exchangeAuthorizationCode", null,
                Map.of(BitbucketConstants.AUTHORIZATION_CODE, callback.code(), BitbucketConstants.AUTHORIZATION_STATE,
                        callback.state()))).cause().hasMessageContaining("used before");
        assertThat(standIn.tokenRequests()).isEqualTo(afterInstall);

        String other = template.requestBodyAndHeader("bitbucket:authorizationUrl", null,
                BitbucketConstants.OVERRIDE_CONNECTION, "customer-one", String.class);
        BitbucketStandIn.Callback otherCallback = standIn.consent(other, "grace");
        assertThatThrownBy(() -> template.requestBodyAndHeaders("bitbucket:exchangeAuthorizationCode?connection=customer-two",
                null, Map.of(BitbucketConstants.AUTHORIZATION_CODE, otherCallback.code(),
                        BitbucketConstants.AUTHORIZATION_STATE, otherCallback.state())))
                .cause().hasMessageContaining("names connection 'customer-one', not 'customer-two'");
    }

    @Test
    void anUnknownConnectionFailsBeforeAnyRequestNamingIt() {
        int before = standIn.apiRequests();
        assertThatThrownBy(() -> template.requestBody("bitbucket:listWorkspaces?connection=nobody", (Object) null))
                .cause().hasMessageContaining("No connection 'nobody'");
        assertThat(standIn.apiRequests()).isEqualTo(before);
        assertThatThrownBy(() -> template.requestBody("bitbucket:getConnection", (Object) null)).cause()
                .hasMessageContaining("getConnection needs connection")
                .hasMessageContaining(BitbucketConstants.OVERRIDE_CONNECTION);
    }

    @Override
    protected boolean useJmx() {
        return true;
    }

    /** The dev console, JMX and the health check show the connections by status; one revoked customer is reported. */
    @Test
    @SuppressWarnings("unchecked")
    void theConsoleJmxAndHealthCheckShowConnectionsWithoutGoingDownForARevokedCustomer() throws Exception {
        install("customer-seen", "grace");
        install("customer-gone", "ada");
        standIn.revokeAccount("ada");
        assertThatThrownBy(() -> workspacesOf("customer-gone")).isNotNull();
        context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("direct:as-customer").routeId("as-customer").to("bitbucket:listWorkspaces?connection=customer-seen");
            }
        });
        template.requestBody("direct:as-customer", (Object) null);

        org.apache.camel.console.DevConsole console = context.getCamelContextExtension()
                .getContextPlugin(org.apache.camel.console.DevConsoleRegistry.class).resolveById("bitbucket");
        Map<String, Object> json = (Map<String, Object>) console.call(org.apache.camel.console.DevConsole.MediaType.JSON);
        List<Map<String, Object>> stores = (List<Map<String, Object>>) json.get("connections");
        assertThat(stores).singleElement().satisfies(c -> {
            assertThat(((Number) c.get("connectionsActive")).intValue()).isPositive();
            assertThat(String.valueOf(c.get("revokedConnections"))).contains("customer-gone");
        });
        assertThat((String) console.call(org.apache.camel.console.DevConsole.MediaType.TEXT)).contains("customer-gone")
                .doesNotContain(KEY);

        javax.management.MBeanServer jmx = java.lang.management.ManagementFactory.getPlatformMBeanServer();
        javax.management.ObjectName endpoint = jmx.queryNames(new javax.management.ObjectName(
                "org.apache.camel:type=endpoints,*"), null).stream().filter(n -> n.toString().contains("customer-seen"))
                .findFirst().orElseThrow();
        assertThat((String) jmx.getAttribute(endpoint, "Connections")).contains("revokedConnections=")
                .contains("customer-gone");

        org.apache.camel.health.HealthCheck.Result health = org.apache.camel.health.HealthCheckHelper
                .invokeReadiness(context).stream().filter(r -> r.getCheck().getId().startsWith("bitbucket-producer:"))
                .findFirst().orElseThrow(() -> new AssertionError("checks: " + org.apache.camel.health.HealthCheckHelper
                        .invokeReadiness(context).stream().map(r -> r.getCheck().getId()).toList()));
        assertThat(health.getState()).isEqualTo(org.apache.camel.health.HealthCheck.State.UP);
        assertThat(String.valueOf(health.getDetails().get("revokedConnections"))).contains("customer-gone");
        install("customer-gone", "ada"); // installing again revives the account for the other tests
    }

    /** A trigger that names a connection polls as that customer, and its events report the connection. */
    @Test
    void aTriggerRunsAsItsConnectionAndReportsIt() throws Exception {
        install("customer-trigger", "grace");
        context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:repositoryCreated?workspace=acme-labs&connection=customer-trigger&startFrom=beginning"
                     + "&delay=50").routeId("as-trigger").to("mock:as-trigger");
            }
        });
        org.apache.camel.component.mock.MockEndpoint mock = getMockEndpoint("mock:as-trigger");
        org.awaitility.Awaitility.await().atMost(10, java.util.concurrent.TimeUnit.SECONDS)
                .until(() -> mock.getReceivedCounter() >= 1);
        assertThat(mock.getReceivedExchanges()).allSatisfy(e -> assertThat(e.getIn()
                .getHeader(BitbucketConstants.CONNECTION)).isEqualTo("customer-trigger"));
        context.getRouteController().stopRoute("as-trigger");
        assertThatThrownBy(() -> context.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:repositoryCreated?workspace=acme&connection=nobody").routeId("as-nobody")
                        .to("mock:nobody");
            }
        })).hasStackTraceContaining("No connection 'nobody'");
    }
}
