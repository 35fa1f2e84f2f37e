package io.github.camelbitbucket;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Camel test against the Bitbucket stand-in (camel-bitbucket-test-infra); every REST exchange is recorded. */
public abstract class StandInTestSupport extends CamelTestSupport {

    protected static BitbucketStandIn standIn;
    protected static final List<BitbucketStandIn.Recorded> RECORDED = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startStandIn() {
        standIn = BitbucketStandIn.start(0);
        standIn.onExchange(RECORDED::add);
    }

    @AfterAll
    static void stopStandIn() {
        standIn.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("bitbucket", standInComponent(context));
        return context;
    }

    /** A bitbucket component of the given context pointed at the stand-in (its demo OAuth consumer). */
    protected static BitbucketComponent standInComponent(CamelContext context) {
        return standInComponent(context, standIn);
    }

    /** A bitbucket component of the given context pointed at the given stand-in (its demo OAuth consumer). */
    static BitbucketComponent standInComponent(CamelContext context, BitbucketStandIn standIn) {
        BitbucketComponent component = new BitbucketComponent();
        standIn.configure(component.getConfiguration());
        return component;
    }

    /** The recorded GET requests to one path (the polls of a trigger), oldest first. */
    protected static List<BitbucketStandIn.Recorded> requestsTo(String path) {
        return RECORDED.stream().filter(r -> r.method().equals("GET") && r.path().equals(path)).toList();
    }
}
