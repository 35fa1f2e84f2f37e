package io.github.camelbitbucket.example.springboot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.github.camelbitbucket.BitbucketComponent;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The Spring Boot application against the stand-in, configured only through properties
 * (camel.component.bitbucket.*): the component is bound, the triage and the report run.
 */
class SpringBootExampleTest {

    @TempDir
    Path data;

    /** The Spring Boot application (profile springboot) pointed at the stand-in, with more arguments. */
    private ConfigurableApplicationContext run(BitbucketStandIn standIn, String... more) {
        SpringApplication app = new SpringApplication(BitbucketSpringBootApplication.class);
        app.setAdditionalProfiles("springboot");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "--camel.component.bitbucket.base-url=" + standIn.baseUrl(),
                "--camel.component.bitbucket.token-url=" + standIn.tokenUrl(), "--example.data=" + data));
        args.addAll(java.util.List.of(more));
        return app.run(args.toArray(String[]::new));
    }

    @Test
    void applicationPropertiesConfigureTheComponentAndTheRoutesRun() throws Exception {
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0)) {
            try (ConfigurableApplicationContext spring = run(standIn, "--server.port=0")) {
                CamelContext camel = spring.getBean(CamelContext.class);
                BitbucketComponent component = camel.getComponent("bitbucket", BitbucketComponent.class);
                // the properties hold {{env:BITBUCKET_CLIENT_ID:demo-client-id}}: resolved by Camel, as under Camel Main
                assertThat(component.getConfiguration().getClientId()).isEqualTo(BitbucketStandIn.DEMO_CLIENT_ID);
                assertThat(component.getConfiguration().getClientSecret()).isEqualTo(BitbucketStandIn.DEMO_CLIENT_SECRET);
                assertThat(component.getConfiguration().getBaseUrl()).isEqualTo(standIn.baseUrl());
                assertThat(component.getConfiguration().getScopes()).contains("issue:write");

                Path report = data.resolve("report/workspace-report.md");
                await().atMost(30, TimeUnit.SECONDS).until(() -> Files.exists(report)
                                                                && standIn.issues("acme", "website").size() == 4
                                                                && "critical".equals(standIn.issue("acme", "website", 4)
                                                                        .path("priority").asText()));
                assertThat(standIn.issue("acme", "website", 1).path("priority").asText()).isEqualTo("critical");
                assertThat(standIn.project("acme", "TRIAGE")).isNotNull();
                assertThat(Files.readString(report)).contains("### acme/website (project WEB)");
                // the headline flows: project housekeeping, pull request digest, commit notifications
                Path digest = data.resolve("report/pull-request-digest.md");
                Path commits = data.resolve("report/commit-log.md");
                await().atMost(15, TimeUnit.SECONDS).until(() -> Files.exists(digest) && Files.exists(commits)
                                                                && Files.readAllLines(digest).size() >= 3
                                                                && Files.readAllLines(commits).size() >= 2);
                assertThat(Files.readString(digest)).contains("#2 Footer typo (MERGED)");
                assertThat(standIn.project("acme", "CAMELBB").path("description").asText())
                        .startsWith("Kept up to date by the camel-bitbucket example");
            }
        }
    }

    /**
     * The instant trigger under Spring Boot: platform-http runs on the servlet engine (Tomcat), the route registers its
     * webhook on the stand-in, and a pull request opened there arrives by signed delivery.
     */
    @Test
    void anInstantTriggerReceivesDeliveriesOnTheServletEngine() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0)) {
            try (ConfigurableApplicationContext spring = run(standIn,
                    "--camel.component.bitbucket.scopes=" + BitbucketStandIn.DEMO_SCOPES,
                    "--example.issue-triage=false", "--server.port=" + port,
                    "--example.instant=true", "--webhook.external-url=http://localhost:" + port,
                    "--webhook.secret=made-up-spring-webhook-secret")) {
                CamelContext camel = spring.getBean(CamelContext.class);
                String engine = camel.getComponent("platform-http",
                        org.apache.camel.component.platform.http.PlatformHttpComponent.class).getEngine().getClass()
                        .getName();
                assertThat(engine).contains("SpringBoot");
                await().atMost(15, TimeUnit.SECONDS).until(() -> !standIn.webhooks().hooks("acme", "website").isEmpty());
                standIn.openPullRequest("acme", "website", "Opened under Spring Boot");
                Path instant = data.resolve("report/instant.md");
                await().atMost(15, TimeUnit.SECONDS).until(() -> Files.exists(instant)
                                                                && Files.readString(instant).contains("under Spring Boot"));
                assertThat(Files.readString(instant))
                        .contains("Opened under Spring Boot (webhook, pullrequest:created)");
            }
        }
    }

    @Test
    void aMisspeltComponentPropertyFailsTheStartAsUnderCamelMain() {
        SpringApplication app = new SpringApplication(BitbucketSpringBootApplication.class);
        app.setAdditionalProfiles("springboot");
        assertThatThrownBy(() -> app.run("--camel.component.bitbucket.client-secrett=x", "--example.data=" + data,
                "--server.port=0",
                "--camel.main.duration-max-seconds=1").close())
                .hasStackTraceContaining("client-secrett");
    }
}
