package io.github.camelbitbucket;

import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The bitbucket dev console (text and JSON) and the same figures as JMX attributes of the endpoint. */
class DevConsoleTest extends StandInTestSupport {

    @Override
    protected boolean useJmx() {
        return true;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theConsoleAndJmxShowAuthScopesRequestsAndTheTriggersWatermark() throws Exception {
        standIn.addRepository("acme", "console", "WEB");
        standIn.addIssue("acme", "console", 1, "One", OffsetDateTime.parse("2026-11-01T10:00:00Z"),
                OffsetDateTime.parse("2026-11-01T10:00:00Z"));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bitbucket:issueCreated?workspace=acme&repoSlug=console&startFrom=beginning&delay=50")
                        .routeId("console-trigger").to("mock:issues");
            }
        });
        await().atMost(10, TimeUnit.SECONDS).until(() -> getMockEndpoint("mock:issues").getReceivedCounter() >= 1);
        template.requestBody("bitbucket:getWorkspace?workspace=acme", (Object) null);

        DevConsole console = context.getCamelContextExtension().getContextPlugin(DevConsoleRegistry.class)
                .resolveById("bitbucket");
        assertThat(console).isNotNull();
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON);
        List<Map<String, Object>> endpoints = (List<Map<String, Object>>) json.get("endpoints");
        Map<String, Object> trigger = endpoints.stream().filter(e -> "issueCreated".equals(e.get("operation")))
                .findFirst().orElseThrow();
        assertThat(trigger.get("authentication")).isEqualTo("OAuth 2.0 client credentials");
        assertThat(trigger.get("tokenExpiresAt")).isNotNull();
        assertThat((String) trigger.get("grantedScopes")).contains("account", "issue:write");
        assertThat((Long) trigger.get("requests")).isPositive();
        Map<String, Object> poll = (Map<String, Object>) trigger.get("trigger");
        assertThat(poll.get("itemsDelivered")).isEqualTo(1L);
        assertThat(poll.get("lastPollTime")).isNotNull();
        assertThat(poll.get("watermark").toString()).contains("bitbucket:issueCreated:acme/console")
                .contains("2026-11-01T10:00:00Z");
        String text = (String) console.call(DevConsole.MediaType.TEXT);
        assertThat(text).contains("Events delivered: 1").doesNotContain(StandInTestSupportSecrets.SECRET);

        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> names = jmx.queryNames(new ObjectName("org.apache.camel:type=endpoints,*"), null);
        ObjectName endpointName = names.stream().filter(n -> n.toString().contains("issueCreated")).findFirst()
                .orElseThrow();
        // the trigger's figures are its consumer's attributes; the client's are the endpoint's
        ObjectName triggerName = jmx.queryNames(new ObjectName("org.apache.camel:type=consumers,*"), null).stream()
                .filter(n -> "console-trigger".equals(routeId(jmx, n))).findFirst().orElseThrow();
        assertThat(jmx.getAttribute(triggerName, "ItemsDelivered")).isEqualTo(1L);
        assertThat(jmx.getAttribute(endpointName, "Authentication")).isEqualTo("OAuth 2.0 client credentials");
        assertThat((String) jmx.getAttribute(triggerName, "Watermark")).contains("2026-11-01T10:00:00Z");
    }

    private static Object routeId(MBeanServer jmx, ObjectName consumer) {
        try {
            return jmx.getAttribute(consumer, "RouteId");
        } catch (Exception e) {
            return null;
        }
    }

    /** The demo consumer's made-up secret, which no console output may show. */
    static final class StandInTestSupportSecrets {
        static final String SECRET = io.github.camelbitbucket.standin.BitbucketStandIn.DEMO_CLIENT_SECRET;
    }
}
