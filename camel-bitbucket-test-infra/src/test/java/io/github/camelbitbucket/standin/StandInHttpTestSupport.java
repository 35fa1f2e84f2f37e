package io.github.camelbitbucket.standin;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A stand-in of its own per test class, and the demo consumer's token, for tests that speak HTTP to it. */
abstract class StandInHttpTestSupport {

    static BitbucketStandIn standIn;
    static String token;

    @BeforeAll
    static void start() throws Exception {
        standIn = BitbucketStandIn.start(0);
        StandInTest.standIn = standIn;
        token = StandInTest.token(BitbucketStandIn.DEMO_CLIENT_ID, BitbucketStandIn.DEMO_CLIENT_SECRET);
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return StandInTest.get(token, pathAndQuery);
    }

    static String q(String filter) {
        return URLEncoder.encode(filter, StandardCharsets.UTF_8);
    }
}
