package io.github.camelbitbucket.client;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** maxRequestsPerHour: requests over the budget wait for the oldest one to leave the rolling window. */
class RequestThrottleTest {

    @Test
    void requestsOverTheBudgetWaitForTheWindow() {
        RequestThrottle throttle = new RequestThrottle(3, 300_000_000L); // 3 per 300 ms

        long t0 = System.nanoTime();
        throttle.acquire();
        throttle.acquire();
        throttle.acquire();
        long withinBudget = (System.nanoTime() - t0) / 1_000_000;
        throttle.acquire();
        long fourth = (System.nanoTime() - t0) / 1_000_000;

        assertThat(withinBudget).isLessThan(100);
        assertThat(fourth).isGreaterThanOrEqualTo(290);
    }
}
