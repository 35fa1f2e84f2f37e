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
 * endpoint, GET workspace, POST issue, and a 1,000-page issue collection whose pages share one pre-built values chunk.
 * One event loop by default ({@code bench.serverLoops}): with keep-alive, each client connection sticks to one loop,
 * and with two loops the cases of a run landed on different loops and cores, which made single-caller figures bimodal.
 */
final class BenchServer implements AutoCloseable {

    static final String WORKSPACE = "{\"type\":\"workspace\",\"uuid\":\"{6a5b4c3d-0000-4000-8000-000000000001}\","
                                    + "\"slug\":\"acme\",\"name\":\"Acme Robotics\",\"is_private\":true,"
                                    + "\"created_on\":\"2024-01-02T03:04:05.123456+00:00\",\"links\":{\"html\":{\"href\":"
                                    + "\"https://bitbucket.org/acme\"},\"avatar\":{\"href\":\"https://bitbucket.org/"
                                    + "workspaces/acme/avatar/?ts=1700000000\"},\"self\":{\"href\":\"https://api."
                                    + "bitbucket.org/2.0/workspaces/acme\"}}}";

    static String issue(int id) {
        return "{\"type\":\"issue\",\"id\":" + id + ",\"title\":\"Issue number " + id + " about a crash\","
               + "\"kind\":\"bug\",\"priority\":\"major\",\"state\":\"new\",\"votes\":0,"
               + "\"content\":{\"raw\":\"Steps to reproduce: open the app, press the button.\",\"markup\":\"markdown\"},"
               + "\"reporter\":{\"display_name\":\"Demo User\",\"uuid\":\"{d3m0}\",\"type\":\"user\"},"
               + "\"assignee\":null,\"created_on\":\"2026-11-01T10:00:00.123456+00:00\","
               + "\"updated_on\":\"2026-11-02T10:00:00.123456+00:00\",\"links\":{\"self\":{\"href\":"
               + "\"https://api.bitbucket.org/2.0/repositories/acme/web/issues/" + id + "\"}}}";
    }

    private final Vertx vertx = Vertx.vertx();
    private final int port;
    final AtomicLong apiRequests = new AtomicLong();
    final List<Long> tokenRequestNanos = new CopyOnWriteArrayList<>();
    volatile long tokenLifetimeSeconds = 3600;
    final int pages;

    BenchServer(int pages) throws Exception {
        this.pages = pages;
        byte[] workspace = WORKSPACE.getBytes(StandardCharsets.UTF_8);
        byte[] created = issue(4242).getBytes(StandardCharsets.UTF_8);
        StringBuilder values = new StringBuilder("{\"pagelen\":100,\"values\":[");
        for (int i = 1; i <= 100; i++) {
            values.append(i == 1 ? "" : ",").append(issue(i));
        }
        values.append(']');
        byte[] valuesChunk = values.toString().getBytes(StandardCharsets.UTF_8);
        java.net.ServerSocket probe = new java.net.ServerSocket(0);
        this.port = probe.getLocalPort();
        probe.close();
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
                                         + self.tokenLifetimeSeconds + ",\"scopes\":\"account issue:write\"}");
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
                    } else if (path.equals("/2.0/repositories/acme/web/issues")) {
                        int page = req.getParam("page") == null ? 1 : Integer.parseInt(req.getParam("page"));
                        Buffer body = Buffer.buffer(valuesChunk.length + 120).appendBytes(valuesChunk);
                        if (page < self.pages) {
                            body.appendString(",\"next\":\"http://localhost:" + p
                                              + "/2.0/repositories/acme/web/issues?pagelen=100&page=" + (page + 1) + "\"");
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
