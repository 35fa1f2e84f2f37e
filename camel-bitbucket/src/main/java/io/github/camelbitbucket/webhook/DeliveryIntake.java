package io.github.camelbitbucket.webhook;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.github.camelbitbucket.trigger.EventKeys;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last steps of receiving a checked webhook delivery, the same for one trigger's path and for the path every
 * connection's hooks call: a redelivery (same X-Request-UUID) is answered 200 and dropped; a new one is answered 202
 * only once it is in the hand-over queue of one worker thread (in arrival order); a full queue or a failing idempotent
 * repository is answered 503, so Bitbucket sends it again.
 */
public final class DeliveryIntake {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryIntake.class);
    static final String REQUEST_KEY_PREFIX = "bitbucket-webhook-request:";

    private final String path;
    private final IdempotentRepository seen;
    private final int queueSize;
    private ThreadPoolExecutor worker;

    public DeliveryIntake(String path, IdempotentRepository seen, int queueSize) {
        this.path = path;
        this.seen = seen;
        this.queueSize = queueSize;
    }

    public void start() {
        worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueSize), r -> {
            Thread t = new Thread(r, "bitbucket-webhook " + path);
            t.setDaemon(true);
            return t;
        });
    }

    /** Lets the worker finish what it accepted (30 s at most). */
    public void stop(boolean both) throws InterruptedException {
        if (worker == null) {
            return;
        }
        worker.shutdown();
        if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
            List<Runnable> left = worker.shutdownNow();
            LOG.warn("{} accepted Bitbucket webhook deliveries were not processed before the route stopped{}",
                    left.size(), both ? "; the reconciling poll delivers their events" : "");
        }
    }

    /**
     * Takes a checked delivery: drops a redelivery, queues the work of a new one, and answers Bitbucket.
     *
     * @param scope what the request id is unique in besides the delivery itself ("" for one trigger's path, the
     *              connection for the shared path)
     */
    public void accept(Exchange exchange, WebhookCheck.Delivery delivery, String scope, Runnable work) {
        String key = EventKeys.bounded(REQUEST_KEY_PREFIX + scope + delivery.requestUuid());
        boolean first;
        try {
            first = seen.add(key);
        } catch (RuntimeException storeDown) {
            // not acknowledged: Bitbucket re-sends a 5xx (twice, at once); delivery=both's poll brings it otherwise
            LOG.warn("Bitbucket webhook delivery {} to {} answered 503: the idempotent repository failed ({})",
                    printable(delivery.requestUuid()), path, storeDown.getMessage());
            answer(exchange, 503, "cannot record the delivery now, send again");
            return;
        }
        if (!first) {
            LOG.debug("Bitbucket webhook delivery {} (attempt {}) was received before; not delivered again",
                    printable(delivery.requestUuid()), delivery.attempt());
            answer(exchange, 200, "already received");
            return;
        }
        try {
            worker.execute(work);
        } catch (RejectedExecutionException full) {
            try {
                seen.remove(key);
            } catch (RuntimeException storeDown) {
                LOG.warn("Bitbucket webhook delivery {}: the idempotent repository could not forget it ({})",
                        printable(delivery.requestUuid()), storeDown.getMessage());
            }
            LOG.warn("Bitbucket webhook delivery {} answered 503: {} deliveries wait for the route (webhookQueueSize);"
                     + " Bitbucket sends it again", printable(delivery.requestUuid()), worker.getQueue().size());
            answer(exchange, 503, "busy, send again later");
            return;
        }
        answer(exchange, 202, "accepted");
    }

    static String printable(String requestId) {
        return requestId == null ? "(no X-Request-UUID)" : WebhookCheck.printable(requestId);
    }

    /** The answer to Bitbucket: a status and a short text; nothing of the request echoed but the checks' reason. */
    public static void answer(Exchange exchange, int status, String text) {
        Message out = exchange.getMessage();
        out.getHeaders().clear();
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        out.setBody(text);
    }

    /** A request header, whatever its case, first value of a list. */
    public static String header(Message in, String name) {
        Object v = in.getHeader(name);
        if (v == null) {
            v = in.getHeader(name.toLowerCase(java.util.Locale.ROOT));
        }
        if (v instanceof List<?> list) {
            v = list.isEmpty() ? null : list.get(0);
        }
        return v == null ? null : v.toString();
    }
}
