package io.github.camelbitbucket.webhook;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.client.BitbucketClient;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives Bitbucket's webhook deliveries on Camel's platform-http for one trigger endpoint: checks each one
 * ({@link WebhookCheck}: size, signature, headers, event key, content type, JSON), drops redeliveries by X-Request-UUID,
 * answers 202 at once and hands the delivery to one worker thread that runs the route (in arrival order). A delivery is
 * answered 2xx only once it is in the hand-over queue; when the queue is full it is answered 503 and Bitbucket sends it
 * again. Optionally manages the subscription ({@link WebhookSubscriptions}).
 */
public final class WebhookReceiver implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiver.class);

    /**
     * What a receiver needs from its endpoint's options.
     *
     * @param trigger     the trigger's name, for logs
     * @param where       {@code from(uri)}, with secrets masked, for the messages of a refused start
     * @param webhookPath the webhookPath option, or null for the default path
     * @param both        whether the trigger runs a reconciling poll (delivery=both)
     */
    public record Settings(String trigger, String where, String webhookPath, String workspace, String repoSlug,
                           String secret, boolean allowUnsigned, int maxBodySize, int queueSize, boolean register,
                           String externalUrl, boolean both) {

        @Override
        public String toString() {
            return "Settings[" + trigger + ", " + webhookPath + "]"; // never the secret
        }
    }

    private final Settings settings;
    private final CamelContext context;
    private final BitbucketClient client;
    private final ObjectMapper mapper;
    private final WebhookCheck check;
    private final IdempotentRepository seen;
    private final Function<WebhookCheck.Delivery, Runnable> prepare;
    private final String path;
    private final List<String> events;
    private org.apache.camel.Consumer httpConsumer;
    private DeliveryIntake intake;
    private WebhookSubscriptions subscriptions;
    private WebhookSubscriptions.Subscription subscription;

    /**
     * @param events  the event keys to receive (and subscribe to); empty: any
     * @param seen    remembers the delivery ids (and, in the consumer, event identities)
     * @param prepare turns a delivery into the work the worker runs (the route for each of its events); throws
     *                IllegalArgumentException, answered 400, when the payload lacks what its event key promises
     * @param client  registers the subscription (webhookRegister)
     */
    public WebhookReceiver(Settings settings, CamelContext context, BitbucketClient client, ObjectMapper mapper,
                           List<String> events, IdempotentRepository seen,
                           Function<WebhookCheck.Delivery, Runnable> prepare) {
        this.settings = settings;
        this.context = context;
        this.client = client;
        this.mapper = mapper;
        this.events = events;
        this.seen = seen;
        this.prepare = prepare;
        this.path = path(settings);
        WebhookSignature signature = settings.secret() == null || settings.secret().isEmpty() ? null
                : new WebhookSignature(settings.secret());
        this.check = new WebhookCheck(signature, settings.maxBodySize(), Set.copyOf(events), mapper);
        validate();
    }

    /** The options' checks: they fail the route's start before anything listens or polls. */
    private void validate() {
        String where = settings.where();
        boolean unsigned = settings.secret() == null || settings.secret().isEmpty();
        if (unsigned && !settings.allowUnsigned()) {
            throw new IllegalArgumentException(where + ": webhook delivery needs the webhookSecret option (Bitbucket"
                                               + " signs each delivery with it), or webhookAllowUnsigned=true to"
                                               + " accept unsigned deliveries from anyone who can reach the URL");
        }
        if (unsigned) {
            LOG.warn("Bitbucket {}: webhookAllowUnsigned=true: deliveries on {} are not signed, so anyone who can reach"
                     + " the URL can fire the route; set webhookSecret (and the same secret on the Bitbucket hook) in"
                     + " production", settings.trigger(), path);
        }
        if (settings.maxBodySize() < 1) {
            throw new IllegalArgumentException(where + ": webhookMaxBodySize must be at least 1 byte");
        }
        if (settings.queueSize() < 1) {
            throw new IllegalArgumentException(where + ": webhookQueueSize must be at least 1");
        }
        if (settings.register() && (settings.externalUrl() == null || settings.externalUrl().isBlank())) {
            throw new IllegalArgumentException(where + ": webhookRegister needs webhookExternalUrl, the URL Bitbucket"
                                               + " calls (ending in " + path + " unless a proxy maps it)");
        }
        if (settings.register() && events.isEmpty()) {
            throw new IllegalArgumentException(where + ": webhookRegister needs the events option, the event keys to"
                                               + " subscribe to (e.g. repo:push,pullrequest:created)");
        }
    }

    /** The webhookPath option, or /bitbucket/webhook/{workspace}[/{repoSlug}]/{trigger}. */
    static String path(Settings s) {
        if (s.webhookPath() != null && !s.webhookPath().isBlank()) {
            String p = s.webhookPath().trim();
            return p.startsWith("/") ? p : "/" + p;
        }
        StringBuilder p = new StringBuilder("/bitbucket/webhook");
        if (s.workspace() != null) {
            p.append('/').append(s.workspace().replaceAll("[^A-Za-z0-9._-]", ""));
        }
        if (s.repoSlug() != null) {
            p.append('/').append(s.repoSlug().replaceAll("[^A-Za-z0-9._-]", ""));
        }
        return p.append('/').append(s.trigger()).toString();
    }

    /** The platform-http path deliveries are received on. */
    public String getPath() {
        return path;
    }

    /** Starts the hand-over worker, listens on platform-http, then registers the subscription. */
    public void start() throws Exception {
        intake = new DeliveryIntake(path, seen, settings.queueSize());
        intake.start();
        try {
            Endpoint http = context.getEndpoint("platform-http:" + path + "?httpMethodRestrict=POST");
            httpConsumer = http.createConsumer(this);
            ServiceHelper.startService(httpConsumer);
        } catch (RuntimeException e) {
            throw new IllegalStateException(noEngine(settings.where()), e);
        }
        LOG.info("Receiving Bitbucket webhook deliveries for {} on {} (events {})", settings.trigger(), path,
                events.isEmpty() ? "any" : events);
        if (settings.register()) {
            subscriptions = new WebhookSubscriptions(client, mapper);
            try {
                subscription = subscriptions.ensure(settings.workspace(), settings.repoSlug(),
                        settings.externalUrl().trim(), events, settings.secret(),
                        "Camel " + settings.trigger() + " (camel-bitbucket)");
            } catch (RuntimeException e) {
                // the route does not start: nothing may keep listening on its path
                ServiceHelper.stopAndShutdownService(httpConsumer);
                intake.stop(false);
                throw e;
            }
        }
    }

    /** What to add when platform-http has no engine, with the settings that work with the artifacts Camel 4.22 ships. */
    static String noEngine(String where) {
        return where + ": webhook delivery receives on Camel's platform-http, which has no HTTP engine here. Camel Main:"
               + " add org.apache.camel:camel-platform-http-vertx and add its server to the context before the routes"
               + " start, e.g. main.addMainListener(...) whose beforeConfigure calls"
               + " getCamelContext().addService(new VertxPlatformHttpServer(conf)) with a"
               + " VertxPlatformHttpServerConfiguration conf and its bindPort (camel.server.enabled=true needs"
               + " camel-platform-http-main instead). Spring Boot: camel-platform-http-starter with"
               + " spring-boot-starter-web. Camel JBang: --port. The reference, section Receiving, shows each";
    }

    /** Removes a subscription this route created, stops listening, and lets the worker finish what it accepted. */
    public void stop() throws Exception {
        try {
            if (subscription != null) {
                subscriptions.remove(subscription);
                subscription = null;
            }
        } finally {
            ServiceHelper.stopAndShutdownService(httpConsumer);
            if (intake != null) {
                intake.stop(settings.both());
            }
        }
    }

    /** A request on the webhook path (platform-http thread): checked, acknowledged, handed over. */
    @Override
    public void process(Exchange exchange) {
        Message in = exchange.getMessage();
        byte[] body = in.getBody(byte[].class);
        WebhookCheck.Verdict verdict = check.check(name -> header(in, name), body);
        String requestId = header(in, WebhookCheck.REQUEST_UUID);
        if (!verdict.accepted()) {
            LOG.warn("Bitbucket webhook delivery {} to {} refused with {}: {}", printable(requestId), path,
                    verdict.status(), verdict.reason());
            answer(exchange, verdict.status(), verdict.reason());
            return;
        }
        WebhookCheck.Delivery delivery = verdict.delivery();
        Runnable work;
        try {
            work = prepare.apply(delivery);
        } catch (IllegalArgumentException malformed) {
            LOG.warn("Bitbucket webhook delivery {} to {} refused with 400: {}", printable(requestId), path,
                    malformed.getMessage());
            answer(exchange, 400, malformed.getMessage());
            return;
        }
        intake.accept(exchange, delivery, "", work);
    }

    private static String header(Message in, String name) {
        return DeliveryIntake.header(in, name);
    }

    private static String printable(String requestId) {
        return DeliveryIntake.printable(requestId);
    }

    private static void answer(Exchange exchange, int status, String text) {
        DeliveryIntake.answer(exchange, status, text);
    }
}
