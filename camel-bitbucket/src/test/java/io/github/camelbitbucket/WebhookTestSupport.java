package io.github.camelbitbucket;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import io.github.camelbitbucket.standin.Webhooks;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;

/** Stand-in tests with Camel's platform-http on Vert.x listening on {@link #PORT}, where webhook deliveries arrive. */
public abstract class WebhookTestSupport extends StandInTestSupport {

    protected static final int PORT = freePort();
    protected static final String SECRET = "made-up-webhook-secret";
    protected static final HttpClient HTTP = HttpClient.newHttpClient();

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        VertxPlatformHttpServerConfiguration conf = new VertxPlatformHttpServerConfiguration();
        conf.setBindHost("127.0.0.1");
        conf.setBindPort(PORT);
        context.addService(new VertxPlatformHttpServer(conf));
        return context;
    }

    /** Adds a route from {@code from} to {@code mock:<id>}; answers the mock. */
    protected MockEndpoint route(String id, String from) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).routeId(id).to("mock:" + id);
            }
        });
        return getMockEndpoint("mock:" + id);
    }

    protected static String url(String path) {
        return "http://localhost:" + PORT + path;
    }

    /** POSTs a delivery as Bitbucket does, signed with {@code secret} (null: unsigned); returns the status. */
    protected static int post(String path, String eventKey, String body, String secret, Map<String, String> extra)
            throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .header("X-Event-Key", eventKey).header("X-Request-UUID", UUID.randomUUID().toString())
                .header("X-Hook-UUID", "{hook}").header("X-Attempt-Number", "1");
        if (secret != null) {
            r.header("X-Hub-Signature", "sha256=" + Webhooks.hmac(secret, bytes));
        }
        extra.forEach(r::setHeader);
        return HTTP.send(r.POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
