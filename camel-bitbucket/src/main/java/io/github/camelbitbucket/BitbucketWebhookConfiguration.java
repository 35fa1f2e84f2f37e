package io.github.camelbitbucket;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of instant triggers: how events arrive (poll, webhook or both), where Bitbucket's deliveries are received
 * and verified, the subscription the route may manage, and the de-duplication across deliveries and polls.
 */
@UriParams
public class BitbucketWebhookConfiguration extends io.github.camelbitbucket.config.BitbucketHttpRequestConfiguration {

    /** How a trigger learns of events. */
    public enum Delivery {
        /** Polling only (the default): a poll every delay milliseconds. */
        poll,
        /** Bitbucket's webhook deliveries only, received on platform-http: within a second, no polling. */
        webhook,
        /**
         * Webhook deliveries, and a slow reconciling poll (reconcileDelay) that delivers only what no webhook delivered:
         * instant, and nothing lost while the endpoint was down.
         */
        both
    }

    /**
     * How the trigger learns of events: poll (polling only), webhook (Bitbucket's deliveries only, on Camel's
     * platform-http) or both (deliveries, plus a slow reconciling poll that delivers only what no webhook delivered).
     * projectCreated has no Bitbucket event and polls only.
     */
    @UriParam(label = "consumer,webhook", defaultValue = "poll")
    private Delivery delivery = Delivery.poll;
    /**
     * The path deliveries are received on, on Camel's platform-http (Vert.x under Camel Main and JBang, the servlet
     * engine under Spring Boot). Default: /bitbucket/webhook/{workspace}[/{repoSlug}]/{trigger}.
     */
    @UriParam(label = "consumer,webhook")
    private String webhookPath;
    /**
     * The secret Bitbucket signs deliveries with (X-Hub-Signature: sha256=HMAC-SHA256 of the raw body). Deliveries
     * without a valid signature are answered 401 and never reach the route. Required unless webhookAllowUnsigned.
     */
    @UriParam(label = "consumer,webhook,security", secret = true)
    private String webhookSecret;
    /**
     * Accept deliveries without a signature when no webhookSecret is set. Off by default: anyone who can reach the URL
     * could otherwise fire the route.
     */
    @UriParam(label = "consumer,webhook,security", defaultValue = "false")
    private boolean webhookAllowUnsigned;
    /** The largest delivery body accepted, in bytes; a larger one is answered 413. */
    @UriParam(label = "consumer,webhook", defaultValue = "5242880")
    private int webhookMaxBodySize = 5 * 1024 * 1024;
    /**
     * Deliveries accepted (answered 2xx) but not yet processed by the route. When full, a delivery is answered 503 so
     * Bitbucket sends it again later instead of it being lost.
     */
    @UriParam(label = "consumer,webhook", defaultValue = "1000")
    private int webhookQueueSize = 1000;
    /**
     * Register the webhook subscription at route start (scope webhook): a repository hook when repoSlug is set, a
     * workspace hook otherwise, for the trigger's events only, with the webhookSecret. An existing hook with the same
     * URL is reused (and updated); a hook the route created is removed when the route stops.
     */
    @UriParam(label = "consumer,webhook", defaultValue = "false")
    private boolean webhookRegister;
    /**
     * The URL Bitbucket calls, as reachable from the internet (e.g. https://camel.example.com/bitbucket/webhook/...);
     * needed by webhookRegister.
     */
    @UriParam(label = "consumer,webhook")
    private String webhookExternalUrl;
    /**
     * With delivery=both, the milliseconds between two reconciling polls (they deliver only what no webhook delivered).
     */
    @UriParam(label = "consumer,webhook", defaultValue = "300000")
    private long reconcileDelay = 300000;
    /**
     * Bitbucket event keys the generic webhook consumer hands over, comma separated (e.g.
     * repo:push,pullrequest:created); empty: every event the hook sends.
     */
    @UriParam(label = "consumer,webhook")
    private String events;
    /**
     * Remembers what was delivered: Bitbucket's delivery ids (X-Request-UUID, redeliveries) and each event's identity
     * (resource id with its timestamp or commit hash), so an event comes once whether a webhook or the reconciling poll
     * saw it first. Any Camel IdempotentRepository; a shared one (JDBC, Infinispan, Hazelcast...) de-duplicates across
     * nodes, a persistent one across restarts. Default: in memory, the last 10,000 keys.
     */
    @UriParam(label = "consumer,webhook")
    @Metadata(autowired = false)
    private IdempotentRepository idempotentRepository;

    public Delivery getDelivery() {
        return delivery;
    }

    public void setDelivery(Delivery delivery) {
        this.delivery = delivery;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public void setWebhookSecret(String webhookSecret) {
        this.webhookSecret = webhookSecret;
    }

    public boolean isWebhookAllowUnsigned() {
        return webhookAllowUnsigned;
    }

    public void setWebhookAllowUnsigned(boolean webhookAllowUnsigned) {
        this.webhookAllowUnsigned = webhookAllowUnsigned;
    }

    public int getWebhookMaxBodySize() {
        return webhookMaxBodySize;
    }

    public void setWebhookMaxBodySize(int webhookMaxBodySize) {
        this.webhookMaxBodySize = webhookMaxBodySize;
    }

    public int getWebhookQueueSize() {
        return webhookQueueSize;
    }

    public void setWebhookQueueSize(int webhookQueueSize) {
        this.webhookQueueSize = webhookQueueSize;
    }

    public boolean isWebhookRegister() {
        return webhookRegister;
    }

    public void setWebhookRegister(boolean webhookRegister) {
        this.webhookRegister = webhookRegister;
    }

    public String getWebhookExternalUrl() {
        return webhookExternalUrl;
    }

    public void setWebhookExternalUrl(String webhookExternalUrl) {
        this.webhookExternalUrl = webhookExternalUrl;
    }

    public long getReconcileDelay() {
        return reconcileDelay;
    }

    public void setReconcileDelay(long reconcileDelay) {
        this.reconcileDelay = reconcileDelay;
    }

    public String getEvents() {
        return events;
    }

    public void setEvents(String events) {
        this.events = events;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }
}
