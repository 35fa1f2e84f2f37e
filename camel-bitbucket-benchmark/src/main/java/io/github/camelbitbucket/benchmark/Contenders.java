package io.github.camelbitbucket.benchmark;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.camelbitbucket.BitbucketComponent;
import io.github.camelbitbucket.model.Issue;
import io.github.camelbitbucket.model.IssueKind;
import io.github.camelbitbucket.model.Repository;
import io.github.camelbitbucket.model.Workspace;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jackson.JacksonDataFormat;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * The contenders, each given its best: the raw HttpClient 5 + Jackson client, the camel-http route a user writes, the
 * raw client inside a Camel route (the floor) and the component; and one case run by one contender in this JVM.
 */
final class Contenders {

    /** raw HttpClient 5 + Jackson, the camel-http route, the raw client in a Camel route, the component. */
    static final List<String> PRODUCER_KINDS = List.of("raw", "http", "floor", "camel");
    static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private Contenders() {
    }

    /**
     * A context with the contenders' routes: the component's, and the camel-http route a user writes at its best
     * (the method as an endpoint option: a String header {@code CamelHttpMethod} is converted to camel-http's enum on
     * every call, and that conversion misses Camel's type converter cache and scans every converter, which made this
     * contender run at 0.41x raw in earlier reports).
     */
    static CamelContext camel(String baseUrl, String tokenUrl) throws Exception {
        CamelContext ctx = new DefaultCamelContext();
        BitbucketComponent c = new BitbucketComponent();
        c.getConfiguration().setBaseUrl(baseUrl);
        c.getConfiguration().setTokenUrl(tokenUrl);
        c.getConfiguration().setClientId("bench-client");
        c.getConfiguration().setClientSecret("bench-secret");
        ctx.addComponent("bitbucket", c);
        JacksonDataFormat workspaceJson = new JacksonDataFormat(MAPPER, Workspace.class);
        JacksonDataFormat issueJson = new JacksonDataFormat(MAPPER, Issue.class);
        ctx.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:getWorkspace").to("bitbucket:getWorkspace?workspace=acme");
                from("direct:createIssue").to("bitbucket:createIssue?workspace=acme&repoSlug=web");
                // the route a user writes with camel-http
                from("direct:http-getWorkspace")
                        .setHeader("Authorization", constant("Bearer bench-token"))
                        .setHeader("Accept", constant("application/json"))
                        .to(baseUrl + "/workspaces/acme?httpMethod=GET")
                        .unmarshal(workspaceJson);
                from("direct:http-createIssue")
                        .marshal(issueJson)
                        .setHeader("Authorization", constant("Bearer bench-token"))
                        .setHeader("Accept", constant("application/json"))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .to(baseUrl + "/repositories/acme/web/issues?httpMethod=POST")
                        .unmarshal(issueJson);
            }
        });
        ctx.start();
        return ctx;
    }

    /** The hand-written client: the same pool and timeouts as the component's, keep-alive, a static bearer token. */
    static CloseableHttpClient rawClient() {
        return HttpClientBuilder.create()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(20)
                        .setMaxConnPerRoute(20).setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(10)).setSocketTimeout(Timeout.ofSeconds(30))
                                .setTimeToLive(5, TimeUnit.MINUTES).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(30)).build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement()
                .setUserAgent("camel-bitbucket").build();
    }

    /** One contender of one case against the server on the given port. */
    static Measure.Result singleCase(Benchmark.Settings settings, String action, int threads, String kind, int port) throws Exception {
        String base = "http://localhost:" + port + "/2.0";
        try (CloseableHttpClient raw = rawClient()) {
            CamelContext ctx = camel(base, "http://localhost:" + port + "/site/oauth2/access_token");
            try {
                if ("listRepositories".equals(action)) {
                    return listCase(settings, ctx, raw, base, kind);
                }
                ProducerTemplate template = ctx.createProducerTemplate();
                Callable<Object> rawGet = () -> {
                    HttpGet get = new HttpGet(base + "/workspaces/acme");
                    get.setHeader("Authorization", "Bearer bench-token");
                    get.setHeader("Accept", "application/json");
                    return raw.execute(get, r -> MAPPER.readValue(r.getEntity().getContent(), Workspace.class));
                };
                Callable<Object> rawCreate = () -> {
                    HttpPost post = new HttpPost(base + "/repositories/acme/web/issues");
                    post.setHeader("Authorization", "Bearer bench-token");
                    post.setHeader("Accept", "application/json");
                    Issue issue = new Issue().withTitle("Bench").withKind(IssueKind.BUG).withType("issue");
                    post.setEntity(new ByteArrayEntity(MAPPER.writeValueAsBytes(issue), ContentType.APPLICATION_JSON));
                    return raw.execute(post, r -> MAPPER.readValue(r.getEntity().getContent(), Issue.class));
                };
                Callable<Object> rawCall = "getWorkspace".equals(action) ? rawGet : rawCreate;
                ctx.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("direct:floor").process(e -> e.getMessage().setBody(rawCall.call()));
                    }
                });
                Endpoint floor = ctx.getEndpoint("direct:floor");
                Endpoint component = ctx.getEndpoint("direct:" + action);
                Endpoint http = ctx.getEndpoint("direct:http-" + action);
                Class<?> type = "getWorkspace".equals(action) ? Workspace.class : Issue.class;
                Callable<Object> op = switch (kind) {
                    case "raw" -> rawCall;
                    case "floor" -> () -> template.requestBody(floor, (Object) null);
                    case "http" -> "getWorkspace".equals(action)
                            ? () -> template.requestBody(http, null, type)
                            : () -> template.requestBody(http, new Issue().withTitle("Bench").withKind(IssueKind.BUG)
                                    .withType("issue"), type);
                    default -> "getWorkspace".equals(action)
                            ? () -> template.requestBody(component, null, type)
                            : () -> template.requestBody(component, new Issue().withTitle("Bench").withKind(IssueKind.BUG),
                                    type);
                };
                int ops = threads == 1 ? settings.ops() : Math.max(1, settings.ops() / 2);
                // JIT warm-up: one caller first (C2 compiles the whole path), then the case's callers
                Measure.throughput(1, Math.max(50, ops), op);
                Measure.throughput(threads, Math.max(50, ops), op);
                double[] r = new double[settings.rounds()];
                for (int i = 0; i < settings.rounds(); i++) {
                    r[i] = Measure.throughput(threads, ops, op);
                }
                return new Measure.Result(Measure.median(r), 0);
            } finally {
                ctx.stop();
            }
        }
    }

    /** One listing contender: items per second over the whole collection (median of rounds), heap after GC. */
    private static Measure.Result listCase(Benchmark.Settings settings, CamelContext ctx, CloseableHttpClient raw, String base, String kind) throws Exception {
        String first = base + "/repositories/acme?pagelen=100";
        AtomicLong count = new AtomicLong();
        ctx.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:list")
                        .to("bitbucket:listRepositories?workspace=acme&streamList=true")
                        .split(body()).streaming()
                        .process(e -> {
                            if (e.getIn().getBody(Repository.class).getUuid() != null) {
                                count.incrementAndGet();
                            }
                        });
                from("direct:rawList")
                        .process(e -> e.getMessage().setBody(new RawPages(raw, first)))
                        .split(body()).streaming()
                        .process(e -> {
                            if (e.getIn().getBody(Repository.class).getUuid() != null) {
                                count.incrementAndGet();
                            }
                        });
            }
        });
        ProducerTemplate template = ctx.createProducerTemplate();
        Callable<Object> run = switch (kind) {
            case "raw" -> () -> {
                RawPages pages = new RawPages(raw, first);
                long n = 0;
                while (pages.hasNext()) {
                    if (pages.next().getUuid() != null) {
                        n++;
                    }
                }
                return n;
            };
            case "floor" -> () -> {
                count.set(0);
                template.sendBody("direct:rawList", null);
                return count.get();
            };
            default -> () -> {
                count.set(0);
                template.sendBody("direct:list", null);
                return count.get();
            };
        };
        long expected = settings.pages() * 100L;
        if (((Long) run.call()) != expected) { // warm-up, and a check that every item arrives
            throw new IllegalStateException(kind + " listed a different number of items than " + expected);
        }
        double[] r = new double[Math.max(1, Math.min(3, settings.rounds()))];
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        for (int i = 0; i < r.length; i++) {
            long t0 = System.nanoTime();
            run.call();
            r[i] = expected / ((System.nanoTime() - t0) / 1e9);
        }
        sampler.stop();
        return new Measure.Result(Measure.median(r), sampler.peakAfterGc);
    }

    /** A page as a hand-written client binds it: one pass, typed, unknown fields skipped. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    static final class RepositoryPage {
        public List<Repository> values;
        public String next;
    }

    /** The hand-written paging loop as an Iterator (typed pages, one pass), so the same Camel splitter can walk it. */
    static final class RawPages implements java.util.Iterator<Repository> {
        private final CloseableHttpClient raw;
        private String next;
        private java.util.Iterator<Repository> page = java.util.Collections.emptyIterator();

        RawPages(CloseableHttpClient raw, String first) {
            this.raw = raw;
            this.next = first;
        }

        @Override
        public boolean hasNext() {
            while (!page.hasNext() && next != null) {
                try {
                    HttpGet get = new HttpGet(next);
                    get.setHeader("Authorization", "Bearer bench-token");
                    get.setHeader("Accept", "application/json");
                    RepositoryPage p = raw.execute(get, r -> MAPPER.readValue(r.getEntity().getContent(),
                            RepositoryPage.class));
                    page = p.values.iterator();
                    next = p.next;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return page.hasNext();
        }

        @Override
        public Repository next() {
            return page.next();
        }
    }
}
