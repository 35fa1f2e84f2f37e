package io.github.camelbitbucket.standin;

/**
 * The stand-in on its own, for an app to point at:
 * {@code mvn -pl camel-bitbucket-test-infra -am -Pstand-in -DskipTests package [-Dstandin.port=8089]}. The issue
 * tracker is retired, as on live Bitbucket Cloud (row 11); {@code -Dstandin.issueTracker=true} brings it back.
 */
public final class StandInMain {

    private StandInMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(System.getProperty("standin.port", args.length > 0 ? args[0] : "8089"));
        BitbucketStandIn s = BitbucketStandIn.start(port);
        System.out.println("Bitbucket stand-in on " + s.baseUrl() + " (token endpoint " + s.tokenUrl() + ")");
        System.out.println("Issue tracker: " + (Boolean.getBoolean("standin.issueTracker") ? "on" : "retired (410), as on"
                           + " live Bitbucket Cloud; -Dstandin.issueTracker=true brings it back"));
        System.out.println("OAuth consumer: client id " + BitbucketStandIn.DEMO_CLIENT_ID + ", secret "
                           + BitbucketStandIn.DEMO_CLIENT_SECRET + ", scopes " + BitbucketStandIn.DEMO_SCOPES);
        Runtime.getRuntime().addShutdownHook(new Thread(s::close));
        Thread.currentThread().join();
    }
}
