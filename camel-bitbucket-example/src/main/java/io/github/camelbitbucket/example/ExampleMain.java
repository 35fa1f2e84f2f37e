package io.github.camelbitbucket.example;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

import io.github.camelbitbucket.BitbucketComponent;
import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.main.Main;
import org.apache.camel.support.processor.state.FileStateRepository;

/**
 * Runs the example routes. Without credentials in the environment it starts the embedded Bitbucket stand-in and uses
 * made-up OAuth client credentials; with BITBUCKET_CLIENT_ID/BITBUCKET_CLIENT_SECRET (or BITBUCKET_ACCESS_TOKEN, or
 * BITBUCKET_USERNAME/BITBUCKET_API_TOKEN) and BITBUCKET_WORKSPACE/BITBUCKET_REPO the same routes run against
 * api.bitbucket.org. {@code -Dexample.dsl=yaml} runs the YAML DSL version of the routes.
 */
public final class ExampleMain {

    private ExampleMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        String dsl = System.getProperty("example.dsl", "java");
        BitbucketStandIn standIn = null;
        Main main = new Main();
        if (isRealMode(env)) {
            System.out.println(">>> Using real Bitbucket Cloud (credentials found in the environment)");
            realMode(main, env);
        } else {
            standIn = BitbucketStandIn.start(Integer.getInteger("standin.port", 0));
            // the demo's issue triage needs the issue tracker, which live Bitbucket Cloud retired (row 11)
            standIn.live().issueTrackerRetired(false);
            System.out.println(">>> No credentials in the environment: using the embedded Bitbucket stand-in on "
                               + standIn.baseUrl());
            embeddedMode(main, standIn, Integer.getInteger("install.port", 0));
            main.addInitialProperty("camel.main.duration-max-seconds",
                    System.getProperty("example.seconds", "15"));
        }
        configureRoutes(main, dsl, Paths.get(System.getProperty("example.data", "target/example-data")));
        System.out.println(">>> Running the " + dsl.toUpperCase() + " DSL routes. Watch the [report], [projects], [prs],"
                           + " [commits], [instant] and [triage] steps.");
        FailedExchanges failures = new FailedExchanges();
        main.addMainListener(new org.apache.camel.main.MainListenerSupport() {
            @Override
            public void beforeStart(org.apache.camel.main.BaseMainSupport m) {
                m.getCamelContext().getManagementStrategy().addEventNotifier(failures);
            }
        });
        try {
            main.run(args);
        } finally {
            if (standIn != null) {
                standIn.close();
            }
        }
        if (failures.count() > 0) {
            // a failed flow must fail the command that ran it (exit code 1), not just print a stack trace
            throw new IllegalStateException("The example failed: " + failures.count() + " exchange(s) failed, first: "
                                            + failures.first());
        }
    }

    /** Counts exchanges that ended with an exception, so the example exits non-zero when a flow failed. */
    static final class FailedExchanges extends org.apache.camel.support.EventNotifierSupport {
        private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        private volatile String first;

        FailedExchanges() {
            setIgnoreCamelContextEvents(true);
            setIgnoreRouteEvents(true);
            setIgnoreServiceEvents(true);
            setIgnoreExchangeCreatedEvent(true);
            setIgnoreExchangeCompletedEvent(true);
            setIgnoreExchangeSendingEvents(true);
            setIgnoreExchangeSentEvents(true);
            setIgnoreStepEvents(true);
        }

        @Override
        public void notify(org.apache.camel.spi.CamelEvent event) {
            if (event instanceof org.apache.camel.spi.CamelEvent.ExchangeFailedEvent failed) {
                if (count.getAndIncrement() == 0) {
                    Exception e = failed.getExchange().getException();
                    first = e == null ? "unknown" : e.getMessage();
                }
            }
        }

        int count() {
            return count.get();
        }

        String first() {
            return first;
        }
    }

    /** A bitbucket: component pointed at the stand-in with its demo OAuth consumer's (made-up) credentials. */
    public static BitbucketComponent standInComponent(BitbucketStandIn standIn) {
        BitbucketComponent component = new BitbucketComponent();
        standIn.configure(component.getConfiguration());
        return component;
    }

    /**
     * The same, for an app whose customers install it: their connections kept in memory (a demo, chosen explicitly:
     * nothing to keep across runs), with a made-up state secret, the stand-in's consent page.
     */
    static BitbucketComponent standInComponentWithCustomers(BitbucketStandIn standIn) {
        BitbucketComponent component = standInComponent(standIn);
        component.getConfiguration().setConnectionStore(new io.github.camelbitbucket.connection.MemoryConnectionStore());
        component.getConfiguration().setStateSecret("made-up-state-secret-of-the-example");
        component.getConfiguration().setAuthorizeUrl(standIn.authorizeUrl());
        return component;
    }

    static boolean isRealMode(Map<String, String> env) {
        return env.containsKey("BITBUCKET_CLIENT_ID") || env.containsKey("BITBUCKET_ACCESS_TOKEN")
               || env.containsKey("BITBUCKET_API_TOKEN");
    }

    /** The stand-in with the demo OAuth consumer; install flow served on installPort (0 = free port). */
    public static void embeddedMode(Main main, BitbucketStandIn standIn, int installPort) {
        // the stand-in's made-up credentials go straight onto the component (no plain-text secret properties)
        main.bind("bitbucket", ExampleMain.standInComponentWithCustomers(standIn));
        main.addInitialProperty("bitbucket.workspace", "acme");
        main.addInitialProperty("bitbucket.repo", "website");
        main.addInitialProperty("bitbucket.branch", "main");
        main.addInitialProperty("activity.start-from", "beginning");
        main.addInitialProperty("example.project", "CAMELBB");
        // customers who install the app on the stand-in, in both DSL variants (the consent needs the stand-in)
        main.configure().addRoutesBuilder(new CustomersRoutes(standIn));
        main.addInitialProperty("triage.start-from", "beginning");
        main.addInitialProperty("example.file-demo-issue", "true");
        // the stand-in still has an issue tracker (Bitbucket Cloud retired its own on 2026-08-20)
        main.addInitialProperty("example.issue-triage", "true");
        // instant triggers: the stand-in calls the example's platform-http port with signed deliveries
        int webhookPort = freePort();
        main.addInitialProperty("example.instant", "true");
        main.addInitialProperty("webhook.port", String.valueOf(webhookPort));
        main.addInitialProperty("webhook.external-url", "http://localhost:" + webhookPort);
        main.addInitialProperty("webhook.secret", "made-up-example-webhook-secret");
        // the pull request bot, on a repository of its own (it merges what it sees: the stand-in only)
        main.addInitialProperty("example.pr-bot", "true");
        main.addInitialProperty("bot.repo", "release-bot");
        standIn.addRepository("acme", "release-bot", "WEB");
        standIn.push("acme", "release-bot", "feature/1", "Prepare the release notes");
        standIn.openPullRequest("acme", "release-bot", "Release notes for 1.2");
        // someone opens a pull request while the example runs: the instant trigger sees it within a second
        main.configure().addRoutesBuilder(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("timer:someone-opens-a-pull-request?repeatCount=1&delay=4000").routeId("stand-in-activity")
                        .process(e -> standIn.openPullRequest("acme", "website", "Opened while the example runs"))
                        .log("[instant] someone opened a pull request on the stand-in");
            }
        });
    }

    static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void realMode(Main main, Map<String, String> env) {
        String ws = env.get("BITBUCKET_WORKSPACE");
        String repo = env.get("BITBUCKET_REPO");
        if (ws == null || repo == null) {
            throw new IllegalArgumentException("Set BITBUCKET_WORKSPACE and BITBUCKET_REPO to the workspace and"
                                               + " repository the example should work on");
        }
        put(main, env, "BITBUCKET_CLIENT_ID", "clientId");
        put(main, env, "BITBUCKET_CLIENT_SECRET", "clientSecret");
        put(main, env, "BITBUCKET_REFRESH_TOKEN", "refreshToken");
        put(main, env, "BITBUCKET_ACCESS_TOKEN", "accessToken");
        put(main, env, "BITBUCKET_USERNAME", "username");
        put(main, env, "BITBUCKET_API_TOKEN", "apiToken");
        main.addInitialProperty("bitbucket.workspace", ws);
        main.addInitialProperty("bitbucket.repo", repo);
        // empty: the repository's main branch
        main.addInitialProperty("bitbucket.branch", env.getOrDefault("BITBUCKET_BRANCH", ""));
        main.addInitialProperty("activity.start-from", env.getOrDefault("BITBUCKET_START_FROM", "now"));
        main.addInitialProperty("example.project", env.getOrDefault("BITBUCKET_PROJECT", "CAMELBB"));
        main.addInitialProperty("triage.start-from", env.getOrDefault("BITBUCKET_TRIAGE_START_FROM", "now"));
        main.addInitialProperty("example.file-demo-issue", "false");
        // issue triage only for a Bitbucket-compatible server that still has an issue tracker
        main.addInitialProperty("example.issue-triage", env.getOrDefault("BITBUCKET_ISSUE_TRACKER", "false"));
        // instant triggers need a URL Bitbucket can reach (a tunnel or proxy to webhook.port) and a secret
        if (env.get("BITBUCKET_WEBHOOK_URL") != null && env.get("BITBUCKET_WEBHOOK_SECRET") != null) {
            main.addInitialProperty("example.instant", "true");
            main.addInitialProperty("webhook.port", env.getOrDefault("BITBUCKET_WEBHOOK_PORT", "8080"));
            main.addInitialProperty("webhook.external-url", "{{env:BITBUCKET_WEBHOOK_URL}}");
            main.addInitialProperty("webhook.secret", "{{env:BITBUCKET_WEBHOOK_SECRET}}");
        }
    }

    private static void put(Main main, Map<String, String> env, String variable, String option) {
        if (env.get(variable) != null) {
            // a placeholder, resolved by Camel: the value itself never sits in the properties
            main.addInitialProperty("camel.component.bitbucket." + option, "{{env:" + variable + "}}");
        }
    }

    /** Beans and routes shared by the Java and YAML variants. */
    public static void configureRoutes(Main main, String dsl, Path dataDir) {
        main.addInitialProperty("report.dir", dataDir.resolve("report").toString());
        main.bind("report", new Report());
        main.bind("markdownLines", new MarkdownLines());
        main.bind("watermarks", FileStateRepository.fileStateRepository(
                dataDir.resolve("triage-watermarks.dat").toFile()));
        boolean triage = main.getInitialProperties() != null
                         && Boolean.parseBoolean(main.getInitialProperties().getProperty("example.issue-triage", "false"));
        boolean instant = main.getInitialProperties() != null
                          && Boolean.parseBoolean(main.getInitialProperties().getProperty("example.instant", "false"));
        boolean bot = main.getInitialProperties() != null
                      && Boolean.parseBoolean(main.getInitialProperties().getProperty("example.pr-bot", "false"));
        if (instant) {
            servePlatformHttp(main, Integer.parseInt(main.getInitialProperties().getProperty("webhook.port")));
        }
        if ("yaml".equalsIgnoreCase(dsl)) {
            main.configure().withRoutesIncludePattern("classpath:routes/workspace-report.camel.yaml,"
                                                      + "classpath:routes/activity.camel.yaml"
                                                      + (triage ? ",classpath:routes/issue-triage.camel.yaml" : "")
                                                      + (instant ? ",classpath:routes/instant.camel.yaml" : "")
                                                      + (bot ? ",classpath:routes/pr-bot.camel.yaml" : ""));
        } else {
            main.configure().addRoutesBuilder(new WorkspaceReportRoutes());
            main.configure().addRoutesBuilder(new ActivityRoutes());
            if (triage) {
                main.configure().addRoutesBuilder(new IssueTriageRoutes());
            }
            if (instant) {
                main.configure().addRoutesBuilder(new InstantRoutes());
            }
            if (bot) {
                main.configure().addRoutesBuilder(new PullRequestBotRoutes());
            }
        }
    }

    /** Camel's platform-http on Vert.x on the given port (loopback): where webhook deliveries arrive. */
    static void servePlatformHttp(Main main, int port) {
        VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
        conf.setBindPort(port);
        conf.setBindHost("127.0.0.1");
        main.addMainListener(new org.apache.camel.main.MainListenerSupport() {
            @Override
            public void beforeConfigure(org.apache.camel.main.BaseMainSupport m) {
                try {
                    m.getCamelContext().addService(new VertxPlatformHttpServer(conf));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
    }

    /** Serves the OAuth install flow on the given port with Camel's platform-http on Vert.x. */
    public static void installFlow(Main main, BitbucketStandIn standIn, int port, Path refreshTokenFile) {
        servePlatformHttp(main, port);
        // the component keeps the installed app's refresh token in this file (and rotates it there)
        BitbucketComponent component = standInComponent(standIn);
        component.getConfiguration().setRefreshTokenFile(refreshTokenFile.toString());
        main.bind("bitbucket", component);
        main.configure().addRoutesBuilder(new InstallFlow(standIn.authorizeUrl(), BitbucketStandIn.DEMO_CLIENT_ID));
    }
}
