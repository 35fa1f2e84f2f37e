package io.github.camelbitbucket.fleet;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitbucket.connection.Connection;
import io.github.camelbitbucket.connection.Connections;
import io.github.camelbitbucket.connection.Hooks;
import io.github.camelbitbucket.webhook.DeliveryIntake;
import io.github.camelbitbucket.webhook.WebhookCheck;
import io.github.camelbitbucket.webhook.WebhookEvents;
import io.github.camelbitbucket.webhook.WebhookSignature;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one path every connection's workspace hooks call ({@code <webhookPath>/<connection>}), shared by the fleet
 * triggers of one application: it finds the connection a delivery belongs to by its path, checks the signature with
 * that connection's own secret (a delivery signed with another connection's secret is refused 401), checks that the
 * payload's workspace is one of that connection's, drops redeliveries, and hands the event to each trigger that
 * watches its event key. It registers the hooks ({@link FleetHooks}) for the triggers' events when a trigger
 * subscribes and when a connection is installed on this node.
 */
public final class FleetReceiver implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(FleetReceiver.class);
    /** The default path of the connections' hooks. */
    public static final String DEFAULT_PATH = "/bitbucket/webhook/connections";

    /** A fleet trigger's part: the event keys it watches and the work a delivery of one connection makes. */
    public interface Subscriber {
        List<String> events();

        /** The work for one delivery of a connection (nothing when the trigger does not watch it). */
        Runnable prepare(String connection, WebhookCheck.Delivery delivery);
    }

    /** @param path the platform-http path; @param externalUrl what Bitbucket calls (ends in path unless a proxy maps it) */
    public record Settings(String path, String externalUrl, int maxBodySize, int queueSize) {
    }

    private record Check(String secret, WebhookCheck check) {
    }

    private final Settings settings;
    private final CamelContext context;
    private final Connections connections;
    private final ObjectMapper mapper;
    private final IdempotentRepository seen;
    private final FleetHooks hooks;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Map<String, Check> checks = new ConcurrentHashMap<>();
    private final Consumer<String> installed;
    private org.apache.camel.Consumer http;
    private DeliveryIntake intake;

    public FleetReceiver(Settings settings, CamelContext context, Connections connections, ObjectMapper mapper,
                         IdempotentRepository seen) {
        this.settings = settings;
        this.context = context;
        this.connections = connections;
        this.mapper = mapper;
        this.seen = seen;
        this.hooks = new FleetHooks(connections, mapper, settings.externalUrl());
        this.installed = id -> {
            checks.remove(id);
            hooks.ensure(id, events());
        };
    }

    /** The path, from the webhookPath option or the default. */
    public static String path(String webhookPath) {
        if (webhookPath == null || webhookPath.isBlank()) {
            return DEFAULT_PATH;
        }
        String p = webhookPath.trim().replaceAll("/+$", "");
        return p.startsWith("/") ? p : "/" + p;
    }

    /** The event keys of every subscribed trigger. */
    public List<String> events() {
        Set<String> all = new TreeSet<>();
        subscribers.forEach(s -> all.addAll(s.events()));
        return List.copyOf(all);
    }

    /** Adds a trigger; the first one starts listening; every connection's hooks are brought up to the events. */
    public synchronized void subscribe(Subscriber subscriber) throws Exception {
        subscribers.add(subscriber);
        if (http == null) {
            intake = new DeliveryIntake(settings.path(), seen, settings.queueSize());
            intake.start();
            try {
                http = context.getEndpoint("platform-http:" + settings.path() + "?httpMethodRestrict=POST"
                                           + "&matchOnUriPrefix=true").createConsumer(this);
                ServiceHelper.startService(http);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Webhook deliveries of every connection are received on Camel's"
                                                + " platform-http, which has no HTTP engine here: add"
                                                + " camel-platform-http-vertx (see the reference, section Receiving)",
                        e);
            }
            connections.onChange(installed);
            LOG.info("Receiving the Bitbucket webhook deliveries of every connection on {}/<connection>",
                    settings.path());
        }
        hooks.ensureAll(events());
    }

    /** Removes a trigger; the last one stops listening (the hooks stay: the application runs again later). */
    public synchronized void unsubscribe(Subscriber subscriber) throws Exception {
        subscribers.remove(subscriber);
        if (subscribers.isEmpty() && http != null) {
            connections.removeOnChange(installed);
            ServiceHelper.stopAndShutdownService(http);
            http = null;
            intake.stop(true);
        }
    }

    @Override
    public void process(Exchange exchange) {
        Message in = exchange.getMessage();
        String connection = connectionOf(in);
        Connection c = connection == null ? null : connections.store().find(connection).orElse(null);
        Hooks registered = c == null ? null : connections.store().hooks(connection).orElse(null);
        if (c == null || c.status() != Connection.Status.ACTIVE || registered == null) {
            LOG.warn("Bitbucket webhook delivery to {} refused with 404: no active connection with webhooks there",
                    settings.path());
            DeliveryIntake.answer(exchange, 404, "no such connection");
            return;
        }
        Check check = checks.compute(connection, (k, old) -> old != null && old.secret().equals(registered.secret())
                ? old : new Check(registered.secret(), new WebhookCheck(new WebhookSignature(registered.secret()),
                        settings.maxBodySize(), Set.copyOf(events()), mapper)));
        WebhookCheck.Verdict verdict = check.check().check(name -> DeliveryIntake.header(in, name),
                in.getBody(byte[].class));
        if (!verdict.accepted()) {
            LOG.warn("Bitbucket webhook delivery for connection '{}' refused with {}: {}", connection,
                    verdict.status(), verdict.reason());
            DeliveryIntake.answer(exchange, verdict.status(), verdict.reason());
            return;
        }
        WebhookCheck.Delivery delivery = verdict.delivery();
        String workspace = workspaceOf(delivery.payload());
        if (workspace == null || c.workspaces().stream().noneMatch(workspace::equalsIgnoreCase)) {
            LOG.warn("Bitbucket webhook delivery for connection '{}' refused with 403: workspace {} is not one of its",
                    connection, workspace);
            DeliveryIntake.answer(exchange, 403, "not a workspace of this connection");
            return;
        }
        List<Runnable> work = new java.util.ArrayList<>();
        try {
            for (Subscriber s : subscribers) {
                if (s.events().contains(delivery.eventKey())) {
                    work.add(s.prepare(connection, delivery));
                }
            }
        } catch (IllegalArgumentException malformed) {
            DeliveryIntake.answer(exchange, 400, malformed.getMessage());
            return;
        }
        intake.accept(exchange, delivery, connection + ":", () -> work.forEach(Runnable::run));
    }

    /** The connection named by the last segment of the request path, or null. */
    private String connectionOf(Message in) {
        String uri = String.valueOf(in.getHeader(Exchange.HTTP_URI, in.getHeader(Exchange.HTTP_PATH, "")));
        int query = uri.indexOf('?');
        String path = (query < 0 ? uri : uri.substring(0, query)).replaceAll("/+$", "");
        String id = path.substring(path.lastIndexOf('/') + 1);
        return id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}") && !path.equals(settings.path()) ? id : null;
    }

    /** The workspace a payload is about: its repository's, or its own {@code workspace}. */
    static String workspaceOf(JsonNode payload) {
        WebhookEvents.RepositoryName repo = WebhookEvents.repositoryOf(payload);
        if (repo != null) {
            return repo.workspace();
        }
        String slug = payload.path("workspace").path("slug").asText("");
        return slug.isEmpty() ? null : slug;
    }
}
