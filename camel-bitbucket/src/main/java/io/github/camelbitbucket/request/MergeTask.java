package io.github.camelbitbucket.request;

import java.util.Map;

import io.github.camelbitbucket.client.BitbucketClient;
import io.github.camelbitbucket.client.BitbucketException;
import io.github.camelbitbucket.client.BitbucketRequest;
import io.github.camelbitbucket.client.BitbucketResponse;
import io.github.camelbitbucket.model.MergeTaskStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A merge Bitbucket runs as a background task (live row 14): whenever a merge takes long it answers 202 with a
 * {@code Location} of the task's status, even without {@code async=true}. The task is polled (200 ms, doubling to 2 s)
 * until it reports SUCCESS with the merged pull request, another final status (a typed failure), or mergeTimeout
 * passes (a failure that names the task, which keeps running). The merge itself is never sent again: a POST is not
 * retried by the client, and this only reads the task.
 */
public final class MergeTask {

    private static final Logger LOG = LoggerFactory.getLogger(MergeTask.class);

    /** What a follow that ran out of time says: the task's URL, to look at later. */
    public static final class StillRunning extends BitbucketException {
        private final String task;

        StillRunning(String message, String task) {
            super(message, Reason.SERVER, null);
            this.task = task;
        }

        /** The task-status URL Bitbucket gave. */
        public String task() {
            return task;
        }
    }

    private MergeTask() {
    }

    /**
     * The merged pull request: the answer itself (200), or what the task a 202 names ends with.
     *
     * @param timeoutMillis how long to follow the task
     */
    public static BitbucketResponse follow(BitbucketClient client, BitbucketRequest merge, BitbucketResponse answer,
                                           long timeoutMillis) {
        if (answer.status() != 202) {
            return answer;
        }
        String location = answer.header("Location");
        if (location == null || location.isBlank()) {
            throw new BitbucketException(merge.operation() + ": Bitbucket answered 202 (the merge runs in the"
                                         + " background) without the task's Location; look at the pull request",
                    BitbucketException.Reason.INVALID_RESPONSE, null);
        }
        String path = client.relativeToBase(location, merge.operation());
        int q = path.indexOf('?');
        BitbucketRequest poll = new BitbucketRequest(merge.operation(), "GET", q < 0 ? path : path.substring(0, q),
                Map.of(), null);
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        long pause = 200;
        LOG.debug("{}: Bitbucket merges in the background (202); following {}", merge.operation(), location);
        while (true) {
            BitbucketResponse status = client.execute(poll, MergeTaskStatus.class);
            MergeTaskStatus task = (MergeTaskStatus) status.value();
            String state = task == null || task.getTaskStatus() == null ? "" : task.getTaskStatus();
            if ("SUCCESS".equalsIgnoreCase(state)) {
                return new BitbucketResponse(200, status.headers(), new byte[0], task.getMergeResult());
            }
            if (!"PENDING".equalsIgnoreCase(state) && !state.isEmpty()) {
                throw new BitbucketException(merge.operation() + ": the merge task ended " + state + " (" + location
                                             + ")", BitbucketException.Reason.BAD_REQUEST, null);
            }
            if (System.nanoTime() + pause * 1_000_000L > deadline) {
                throw new StillRunning(merge.operation() + ": the merge was still running after mergeTimeout ("
                                       + timeoutMillis + " ms); it goes on in Bitbucket: its task is " + location,
                        location);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StillRunning(merge.operation() + ": interrupted while following the merge task "
                                       + location, location);
            }
            pause = Math.min(2000, pause * 2);
        }
    }
}
