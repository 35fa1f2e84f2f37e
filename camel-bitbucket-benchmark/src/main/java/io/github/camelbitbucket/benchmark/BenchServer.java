package io.github.camelbitbucket.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;

/**
 * A fast loopback HTTP server with pre-built Bitbucket-shaped answers (so the server is not the bottleneck): token
 * endpoint, GET workspace, POST issue, and paged issue and repository collections whose pages share one pre-built
 * values chunk. Answers come from {@link Payloads} (shaped like live Bitbucket's).
 * One event loop by default ({@code bench.serverLoops}): with keep-alive, each client connection sticks to one loop,
 * and with two loops the cases of a run landed on different loops and cores, which made single-caller figures bimodal.
 */
final class BenchServer implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final int port;
    final AtomicLong apiRequests = new AtomicLong();
    final List<Long> tokenRequestNanos = new CopyOnWriteArrayList<>();
    volatile long tokenLifetimeSeconds = 3600;
    final int pages;

    BenchServer(int pages) throws Exception {
        this(pages, 0);
    }

    /** @param port the port to listen on, 0 for a free one */
    BenchServer(int pages, int port) throws Exception {
        this.pages = pages;
        byte[] workspace = Payloads.workspace().getBytes(StandardCharsets.UTF_8);
        byte[] created = Payloads.issue(4242).getBytes(StandardCharsets.UTF_8);
        byte[] issuesChunk = valuesChunk(Payloads::issue);
        byte[] reposChunk = valuesChunk(Payloads::repository);
        if (port == 0) {
            java.net.ServerSocket probe = new java.net.ServerSocket(0);
            port = probe.getLocalPort();
            probe.close();
        }
        this.port = port;
        int p = port;
        BenchServer self = this;
        vertx.deployVerticle(() -> new AbstractVerticle() {
            @Override
            public void start(Promise<Void> started) {
                Buffer ws = Buffer.buffer(workspace);
                Buffer issueCreated = Buffer.buffer(created);
                vertx.createHttpServer().requestHandler(req -> {
                    String path = req.path();
                    if (path.equals("/site/oauth2/access_token")) {
                        req.bodyHandler(b -> {
                            self.tokenRequestNanos.add(System.nanoTime());
                            req.response().putHeader("Content-Type", "application/json")
                                    .end("{\"access_token\":\"bench-token\",\"token_type\":\"bearer\",\"expires_in\":"
                                         + self.tokenLifetimeSeconds + ",\"scopes\":\"account issue:write repository\"}");
                        });
                        return;
                    }
                    self.apiRequests.incrementAndGet();
                    if (path.equals("/2.0/workspaces/acme")) {
                        // answer once the whole request is read, as for POST (consistent latency for both)
                        req.end().onComplete(v -> req.response().putHeader("Content-Type", "application/json").end(ws));
                    } else if (path.equals("/2.0/repositories/acme/web/issues") && req.method().name().equals("POST")) {
                        req.bodyHandler(b -> req.response().setStatusCode(201)
                                .putHeader("Content-Type", "application/json").end(issueCreated));
                    } else if (path.equals("/2.0/repositories/acme/web/issues") || path.equals("/2.0/repositories/acme")) {
                        byte[] chunk = path.endsWith("/issues") ? issuesChunk : reposChunk;
                        int page = req.getParam("page") == null ? 1 : Integer.parseInt(req.getParam("page"));
                        Buffer body = Buffer.buffer(chunk.length + 160).appendBytes(chunk)
                                .appendString(",\"page\":" + page + ",\"size\":" + self.pages * 100);
                        if (page < self.pages) {
                            body.appendString(",\"next\":\"http://localhost:" + p + path + "?pagelen=100&page="
                                              + (page + 1) + "\"");
                        }
                        req.response().putHeader("Content-Type", "application/json").end(body.appendString("}"));
                    } else {
                        req.response().setStatusCode(404).end();
                    }
                }).listen(p, "127.0.0.1").onComplete(r -> {
                    if (r.succeeded()) {
                        started.complete();
                    } else {
                        started.fail(r.cause());
                    }
                });
            }
        }, new DeploymentOptions().setInstances(Integer.getInteger("bench.serverLoops", 1))).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    /** {"pagelen":100,"values":[ 100 items ] (the rest of a page is added per request). */
    private static byte[] valuesChunk(java.util.function.IntFunction<String> item) {
        StringBuilder values = new StringBuilder("{\"pagelen\":100,\"values\":[");
        for (int i = 1; i <= 100; i++) {
            values.append(i == 1 ? "" : ",").append(item.apply(i));
        }
        return values.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://localhost:" + port + "/2.0";
    }

    String tokenUrl() {
        return "http://localhost:" + port + "/site/oauth2/access_token";
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
