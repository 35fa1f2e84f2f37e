package io.github.camelbitbucket.live;

import java.nio.file.Path;
import java.nio.file.Paths;

import io.github.camelbitbucket.standin.BitbucketStandIn;

/**
 * Makes the committed recording made against the stand-in ({@code src/test/resources/recordings/stand-in}), the
 * format's example and the replay path's permanent test. After an intended change of the stand-in or of the run:
 * {@code mvn -B -q -pl camel-bitbucket-example exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.github.camelbitbucket.live.RecordStandInSession}.
 */
public final class RecordStandInSession {

    private RecordStandInSession() {
    }

    public static void main(String[] args) throws Exception {
        Path to = Paths.get(args.length > 0 ? args[0] : "src/test/resources/recordings/stand-in");
        try (BitbucketStandIn standIn = BitbucketStandIn.start(0)) {
            standIn.live().issueTrackerRetired(true); // as on live Bitbucket Cloud (row 11)
            LiveConformance.Report report = LiveConformance.run(LiveConformanceTest.standInSettings(standIn,
                    Paths.get("target/live-conformance-stand-in"), to, 0));
            System.out.println("Recorded " + report.requests() + " exchanges to " + to.toAbsolutePath() + "; passed: "
                               + report.passed());
        }
    }
}
