package io.github.camelbitbucket.example;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import io.github.camelbitbucket.readme.ReadmeApp;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A new project made only of README.md's snippets marked {@code <!-- readme-test: NAME -->}, as written (the stand-in
 * port is the one thing replaced): the YAML route with the stand-in properties under Camel Main, and with the Spring
 * Boot properties under Spring Boot.
 */
class ReadmeTest {

    @TempDir
    Path project;

    static String snippet(String name) throws Exception {
        String readme = Files.readString(Paths.get("..", "README.md").toAbsolutePath().normalize());
        Matcher m = Pattern.compile("<!-- readme-test: " + Pattern.quote(name) + " -->\\s*```[a-z]*\\n(.*?)```",
                Pattern.DOTALL).matcher(readme);
        assertThat(m.find()).as("README snippet " + name).isTrue();
        return m.group(1);
    }

    private Path write(String name, BitbucketStandIn standIn) throws Exception {
        return Files.writeString(project.resolve(name), snippet(name).replace("localhost:8089",
                "localhost:" + standIn.port()));
    }

    /** Camel Main with README's YAML route and one of its properties blocks; it stops after the route's 2 messages. */
    private Main yamlRouteMain(String propertiesBlock, BitbucketStandIn standIn) throws Exception {
        Path properties = write(propertiesBlock, standIn);
        Path routes = write("routes.camel.yaml", standIn);
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation("file:" + properties);
        main.configure().withRoutesIncludePattern("file:" + routes);
        main.configure().withDurationMaxMessages(2).withDurationMaxSeconds(30);
        return main;
    }

    @Test
    void theYamlRouteRunsUnderCamelMainWithTheStandInProperties() throws Exception {
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0)) {
            Main main = yamlRouteMain("standin.properties", standIn);
            // README's stand-in lines raise no "plain-text value" warning: Camel's secret policy would fail the start
            main.addOverrideProperty("camel.security.secret-policy", "fail");
            ExampleMain.FailedExchanges failures = new ExampleMain.FailedExchanges();
            main.addMainListener(new org.apache.camel.main.MainListenerSupport() {
                @Override
                public void beforeStart(org.apache.camel.main.BaseMainSupport m) {
                    m.getCamelContext().getManagementStrategy().addEventNotifier(failures);
                }
            });
            java.util.List<String> paths = new java.util.concurrent.CopyOnWriteArrayList<>();
            standIn.onExchange(r -> paths.add(r.method() + " " + r.path()));

            main.run();

            assertThat(failures.count()).as(failures.first()).isZero();
            assertThat(paths).contains("GET /2.0/repositories/acme/website/pullrequests",
                    "GET /2.0/repositories/acme/website");
        }
    }

    /**
     * The Camel Main application.properties block as written: the credentials come from the environment, here from
     * override properties standing in for it (the stand-in's URLs and demo consumer), the scopes from the block.
     */
    @Test
    void theApplicationPropertiesBlockRunsTheYamlRoute() throws Exception {
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0)) {
            Main main = yamlRouteMain("application.properties", standIn);
            main.addOverrideProperty("camel.component.bitbucket.base-url", standIn.baseUrl());
            main.addOverrideProperty("camel.component.bitbucket.token-url", standIn.tokenUrl());
            main.addOverrideProperty("camel.component.bitbucket.client-id", BitbucketStandIn.DEMO_CLIENT_ID);
            main.addOverrideProperty("camel.component.bitbucket.client-secret", BitbucketStandIn.DEMO_CLIENT_SECRET);
            java.util.List<String> paths = new java.util.concurrent.CopyOnWriteArrayList<>();
            standIn.onExchange(r -> paths.add(r.method() + " " + r.path()));
            java.util.concurrent.atomic.AtomicReference<String> scopes = new java.util.concurrent.atomic.AtomicReference<>();
            main.addMainListener(new org.apache.camel.main.MainListenerSupport() {
                @Override
                public void afterStart(org.apache.camel.main.BaseMainSupport m) {
                    scopes.set(m.getCamelContext().getComponent("bitbucket", io.github.camelbitbucket.BitbucketComponent.class)
                            .getConfiguration().getScopes());
                }
            });

            main.run();

            assertThat(paths).contains("GET /2.0/repositories/acme/website/pullrequests",
                    "GET /2.0/repositories/acme/website");
            assertThat(scopes.get()).isEqualTo("account project pullrequest repository");
        }
    }

    @Test
    void theSpringBootPropertiesRunTheYamlRoute() throws Exception {
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0)) {
            Path standInProperties = write("standin.properties", standIn);
            Path springProperties = write("springboot.properties", standIn);
            write("routes.camel.yaml", standIn);
            java.util.List<String> paths = new java.util.concurrent.CopyOnWriteArrayList<>();
            standIn.onExchange(r -> paths.add(r.method() + " " + r.path()));
            SpringApplication app = new SpringApplication(ReadmeApp.class);
            // the Spring Boot snippet, then the stand-in lines (the demo credentials instead of the environment's)
            String routesPattern = "file:" + project.resolve("routes.camel.yaml");
            try (ConfigurableApplicationContext ignored = app.run(
                    "--spring.config.location=file:" + springProperties + ",file:" + standInProperties,
                    "--camel.main.routes-include-pattern=" + routesPattern, "--server.port=0")) {
                await().atMost(java.time.Duration.ofSeconds(30))
                        .until(() -> paths.contains("GET /2.0/repositories/acme/website"));
            }
        }
    }

    /** The Java DSL block, compiled as the body of a RouteBuilder's configure() (its watermark file in the temp dir). */
    @Test
    void theJavaDslBlockCompilesAndUpdatesTheProjectOnAMerge() throws Exception {
        String body = snippet("ReadmeRoutes.java").replace("data/bitbucket-watermarks.dat",
                project.resolve("watermarks.dat").toString().replace("\\", "/"));
        Path src = Files.createDirectories(project.resolve("src/readme")).resolve("ReadmeRoutes.java");
        Files.writeString(src, String.join("\n", "package readme;", "import java.io.File;",
                "import org.apache.camel.builder.RouteBuilder;",
                "import org.apache.camel.support.processor.state.FileStateRepository;",
                "public class ReadmeRoutes extends RouteBuilder {", "    @Override", "    public void configure() {",
                body, "    }", "}", ""));
        Path classes = compile(src);

        try (BitbucketStandIn standIn = BitbucketStandIn.start(0);
             java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] { classes.toUri().toURL() },
                     getClass().getClassLoader())) {
            Path properties = write("standin.properties", standIn);
            java.util.List<String> paths = new java.util.concurrent.CopyOnWriteArrayList<>();
            standIn.onExchange(r -> paths.add(r.method() + " " + r.path()));
            Main main = new Main();
            main.setDefaultPropertyPlaceholderLocation("file:" + properties);
            main.configure().addRoutesBuilder((org.apache.camel.RoutesBuilder) loader.loadClass("readme.ReadmeRoutes")
                    .getDeclaredConstructor().newInstance());
            // three pull requests on acme/website, one of them merged
            main.configure().withDurationMaxMessages(3).withDurationMaxSeconds(30);

            main.run();

            assertThat(paths).contains("PUT /2.0/workspaces/acme/projects/WEB");
            assertThat(standIn.project("acme", "WEB").path("description").asText())
                    .isEqualTo("Last merge: #2 Footer typo");
            assertThat(Files.exists(project.resolve("watermarks.dat"))).isTrue();
        }
    }

    private Path compile(Path src) throws Exception {
        Path classes = Files.createDirectories(project.resolve("classes"));
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        java.io.StringWriter diagnostics = new java.io.StringWriter();
        boolean compiled = javac.getTask(diagnostics, null, null, java.util.List.of("-proc:none", "-classpath",
                System.getProperty("java.class.path"), "-d", classes.toString()), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(src.toFile())).call();
        assertThat(compiled).as(diagnostics.toString()).isTrue();
        return classes;
    }

    /**
     * README's Camel Main wiring for instant triggers, compiled and run as written (its port replaced by a free one,
     * the stand-in properties and a webhook route given on its command line): a signed delivery reaches the route.
     */
    @Test
    void theCamelMainWebhookWiringReceivesADelivery() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String source = snippet("WebhookMain.java");
        assertThat(source).contains("setBindPort(8080)");
        Path src = Files.writeString(Files.createDirectories(project.resolve("src")).resolve("WebhookMain.java"),
                source.replace("setBindPort(8080)", "setBindPort(" + port + ")"));
        Path classes = compile(src);
        String secret = "made-up-readme-webhook-secret";
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0);
             java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] { classes.toUri().toURL() },
                     getClass().getClassLoader())) {
            Path routes = Files.writeString(project.resolve("hook.camel.yaml"), String.join("\n",
                    "- route:", "    from:", "      uri: bitbucket:pullRequestCreated", "      parameters:",
                    "        workspace: acme", "        repoSlug: website", "        delivery: webhook",
                    "        webhookPath: /readme-hook", "        webhookSecret: \"{{hook.secret}}\"", "      steps:",
                    "        - log: \"pull request ${header.CamelBitbucketItemId} by webhook\"", ""));
            Path properties = write("standin.properties", standIn);
            Files.writeString(properties, Files.readString(properties) + "\nhook.secret = " + secret
                                          + "\ncamel.main.routes-include-pattern = file:" + routes + "\n");
            java.lang.reflect.Method mainMethod = loader.loadClass("WebhookMain").getMethod("main", String[].class);
            java.util.concurrent.atomic.AtomicReference<Throwable> failed = new java.util.concurrent.atomic.AtomicReference<>();
            Thread app = new Thread(() -> {
                try {
                    mainMethod.invoke(null, (Object) new String[] { "-pl", "file:" + properties, "-dm", "1", "-d", "60" });
                } catch (Throwable t) {
                    failed.set(t);
                }
            });
            app.start();
            byte[] body = ("{\"repository\":{\"full_name\":\"acme/website\"},\"pullrequest\":{\"id\":42,"
                           + "\"created_on\":\"2026-11-29T10:00:00.000000+00:00\"}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpRequest delivery = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + "/readme-hook"))
                    .header("Content-Type", "application/json").header("X-Event-Key", "pullrequest:created")
                    .header("X-Request-UUID", java.util.UUID.randomUUID().toString())
                    .header("X-Hub-Signature", "sha256=" + io.github.camelbitbucket.standin.Webhooks.hmac(secret, body))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build();
            java.util.concurrent.atomic.AtomicInteger status = new java.util.concurrent.atomic.AtomicInteger();
            await().atMost(java.time.Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                status.set(http.send(delivery, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
                return status.get() != 404;
            });
            assertThat(status.get()).isEqualTo(202);
            app.join(30_000);
            assertThat(app.isAlive()).as("Camel Main ends after the route's one message").isFalse();
            assertThat(failed.get()).isNull();
        }
    }
}
