package io.github.camelbitbucket;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.github.camelbitbucket.model.Issue;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several machines: a ClusteredRoutePolicy (camel-cluster) over a file-lock cluster service lets one node poll at a
 * time; the watermark lives in a shared FileStateRepository. The leader stops mid-stream and the follower delivers the
 * rest: nothing lost, nothing repeated.
 */
class ClusteredTriggerTest extends StandInTestSupport {

    @TempDir
    Path tmp;

    final List<String> delivered = new CopyOnWriteArrayList<>();
    final List<String> deliveredBy = new CopyOnWriteArrayList<>();

    static final String ISSUES = "/2.0/repositories/acme/clustered/issues";

    @BeforeEach
    void issues() {
        standIn.addRepository("acme", "clustered", "WEB");
        for (int i = 0; i < 40; i++) {
            OffsetDateTime t = TriggerTest.T0.plusSeconds(i * 30L);
            standIn.addIssue("acme", "clustered", i + 1, "Issue " + (i + 1), t, t);
        }
    }

    private CamelContext node(String name) throws Exception {
        CamelContext ctx = new DefaultCamelContext();
        ctx.getCamelContextExtension().setName(name);
        ctx.addComponent("bitbucket", standInComponent(ctx));
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(tmp.resolve("cluster").toString());
        cluster.setAcquireLockDelay(1, TimeUnit.SECONDS);
        cluster.setAcquireLockInterval(1, TimeUnit.SECONDS);
        ctx.addService(cluster);
        ctx.getRegistry().bind("watermarks",
                FileStateRepository.fileStateRepository(tmp.resolve("watermarks.dat").toFile()));
        ctx.addRoutes(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                from("bitbucket:issueCreated?workspace=acme&repoSlug=clustered&startFrom=beginning&delay=50&initialDelay=0"
                     + "&maxMessagesPerPoll=2&stateRepository=#watermarks")
                        .routeId("issues-" + name)
                        .routePolicy(ClusteredRoutePolicy.forNamespace(cluster, "bitbucket-issues"))
                        .process(e -> {
                            delivered.add(String.valueOf(e.getIn().getBody(Issue.class).getId()));
                            deliveredBy.add(name);
                        });
            }
        });
        return ctx;
    }

    @Test
    void followerTakesOverFromTheSharedWatermark() throws Exception {
        CamelContext a = node("node-a");
        CamelContext b = node("node-b");
        a.start();
        await().atMost(20, TimeUnit.SECONDS).until(() -> !delivered.isEmpty());
        b.start();
        await().atMost(20, TimeUnit.SECONDS).until(() -> delivered.size() >= 10);
        assertThat(deliveredBy).containsOnly("node-a");

        a.stop();
        try {
            await().atMost(60, TimeUnit.SECONDS).until(() -> delivered.size() >= 40);
            int settled = requestsTo(ISSUES).size();
            await().atMost(10, TimeUnit.SECONDS).until(() -> requestsTo(ISSUES).size() > settled + 3);
        } finally {
            b.stop();
        }

        assertThat(delivered).containsExactlyElementsOf(TriggerTestIds.range(1, 40));
        assertThat(deliveredBy).contains("node-b");
    }

    static final class TriggerTestIds {
        static List<String> range(int from, int to) {
            List<String> ids = new java.util.ArrayList<>();
            for (int i = from; i <= to; i++) {
                ids.add(String.valueOf(i));
            }
            return ids;
        }
    }
}
