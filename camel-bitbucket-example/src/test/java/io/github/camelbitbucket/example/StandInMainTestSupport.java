package io.github.camelbitbucket.example;

import java.nio.file.Path;

import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A test that starts the stand-in and a Camel Main, and stops both afterwards. */
abstract class StandInMainTestSupport {

    @TempDir
    Path data;

    BitbucketStandIn standIn;
    Main main;

    @AfterEach
    void stopMainAndStandIn() {
        if (main != null) {
            main.stop();
        }
        if (standIn != null) {
            standIn.close();
        }
    }
}
