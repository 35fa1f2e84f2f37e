package io.github.camelbitbucket;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.camelbitbucket.auth.CredentialMode;
import io.github.camelbitbucket.auth.Credentials;
import io.github.camelbitbucket.client.BitbucketClient;
import io.github.camelbitbucket.client.BitbucketClientFactory;
import io.github.camelbitbucket.client.RequestThrottle;
import io.github.camelbitbucket.connection.ConnectionStore;
import io.github.camelbitbucket.connection.Connections;
import io.github.camelbitbucket.fleet.Accounts;
import io.github.camelbitbucket.fleet.Fleet;
import io.github.camelbitbucket.fleet.FleetPolling;
import io.github.camelbitbucket.fleet.FleetReceiver;
import io.github.camelbitbucket.trigger.LaneFactory;
import io.github.camelbitbucket.trigger.TriggerSpec;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.util.URISupport;
import io.github.camelbitbucket.connection.DirectoryConnectionStore;
import io.github.camelbitbucket.connection.JdbcConnectionStore;
import io.github.camelbitbucket.connection.TokenCipher;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.IOHelper;

/**
 * The {@code bitbucket:} component. Options set here are the defaults of every endpoint. It keeps one
 * {@link BitbucketClient} (connection pool, token cache, request budget) per credential, shared by all endpoints that
 * use it, so many routes cause one token request, not one each.
 */
@Component("bitbucket")
public class BitbucketComponent extends HealthCheckComponent {

    @Metadata(description = "Default configuration shared by all endpoints")
    private BitbucketConfiguration configuration = new BitbucketConfiguration();

    private final Map<List<Object>, BitbucketClient> clients = new ConcurrentHashMap<>();
    private final Map<List<Object>, RequestThrottle> throttles = new ConcurrentHashMap<>();
    private final Map<List<Object>, Connections> connections = new ConcurrentHashMap<>();
    /** The receiver every connection's workspace hooks call, per webhookPath (shared by the fleet triggers). */
    private final Map<String, FleetReceiver> fleetReceivers = new ConcurrentHashMap<>();
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();
    private Clock clock = Clock.systemUTC();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        BitbucketOperation operation = BitbucketOperation.named(remaining, uri);
        BitbucketEndpoint endpoint = new BitbucketEndpoint(uri, this, operation, configuration.copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /** The shared client for this configuration's credential and connection settings. */
    BitbucketClient clientFor(BitbucketConfiguration cfg) {
        return clients.computeIfAbsent(cfg.clientKey(), k -> {
            Credentials credentials = cfg.credentials();
            CredentialMode mode = CredentialMode.of(credentials);
            // one hourly budget per credential, whatever the connection settings of the endpoints using it
            RequestThrottle throttle = cfg.getMaxRequestsPerHour() <= 0 ? null
                    : throttles.computeIfAbsent(Arrays.asList(cfg.getBaseUrl(), credentials),
                            t -> new RequestThrottle(cfg.getMaxRequestsPerHour()));
            return BitbucketClientFactory.create(cfg.clientSettings(getCamelContext(), throttle),
                    transport -> mode.authenticator(transport, mapper, clock), mapper);
        });
    }

    /**
     * The installed accounts of a configuration (its connectionStore, or a JDBC store on connectionDataSource with the
     * connectionEncryptionKey), sharing one HTTP pool; null when the configuration names no connection store.
     */
    Connections connectionsFor(BitbucketConfiguration cfg) {
        if (cfg.getConnectionStore() == null && cfg.getConnectionDataSource() == null
            && (cfg.getConnectionDirectory() == null || cfg.getConnectionDirectory().isBlank())) {
            return null;
        }
        List<Object> key = new java.util.ArrayList<>(cfg.clientKey());
        key.add(System.identityHashCode(cfg.getConnectionStore()));
        key.add(System.identityHashCode(cfg.getConnectionDataSource()));
        key.add(cfg.getConnectionDirectory());
        return connections.computeIfAbsent(key, k -> {
            ConnectionStore store = cfg.getConnectionStore() != null ? cfg.getConnectionStore()
                    : cfg.getConnectionDataSource() != null
                            ? new JdbcConnectionStore(cfg.getConnectionDataSource(),
                                    new TokenCipher(cfg.getConnectionEncryptionKey()), clock)
                            : new DirectoryConnectionStore(java.nio.file.Paths.get(cfg.getConnectionDirectory().trim()),
                                    new TokenCipher(cfg.getConnectionEncryptionKey()), clock);
            Credentials c = cfg.credentials();
            return new Connections(store, new Connections.App(c.clientId(), c.clientSecret(), c.tokenUrl()),
                    cfg.clientSettings(getCamelContext(), null), mapper, clock);
        });
    }

    /** An endpoint's connections, or an exception naming the options that give it a store. */
    Connections requireConnections(BitbucketEndpoint endpoint) {
        Connections c = connectionsFor(endpoint.getConfiguration());
        if (c == null) {
            throw new IllegalArgumentException("from(" + URISupport.sanitizeUri(endpoint.getEndpointUri()) + "):"
                                               + " connection '" + endpoint.getConfiguration().getConnection() + "'"
                                               + " needs a connection store: set connectionStore, connectionDataSource"
                                               + " or connectionDirectory");
        }
        return c;
    }

    /** Where a trigger with a connection keeps its watermarks when no stateRepository is set: its store's, or null. */
    StateRepository<String, String> watermarksFor(BitbucketConfiguration cfg) {
        if (cfg.getStateRepository() != null) {
            return cfg.getStateRepository();
        }
        Connections c = cfg.getConnection() == null || cfg.getConnection().isBlank() ? null : connectionsFor(cfg);
        return c == null ? null : c.store().watermarks();
    }

    /**
     * A fleet trigger's polls: its accounts (the store's active connections, or the endpoint's credential for
     * repoSlug=*), targets, budget and schedule, on this node or as camel-quartz jobs of the route; with a webhook, the
     * one receiver every connection's hooks call (per webhookPath).
     */
    FleetPolling fleetPolling(BitbucketEndpoint endpoint, TriggerSpec spec, LaneFactory lanes, FleetPolling.Run run,
                              FleetPolling.Webhook webhook) throws Exception {
        BitbucketConfiguration cfg = endpoint.getConfiguration();
        String which = cfg.getConnection() == null || cfg.getConnection().isBlank() ? null : cfg.getConnection().trim();
        Connections connections = which == null ? null : requireConnections(endpoint);
        Fleet fleet = new Fleet(spec, which == null ? Accounts.own(endpoint::getClient, cfg.getWorkspace())
                : Accounts.of(connections, which, cfg.getWorkspace()), lanes,
                new Fleet.Settings(cfg.getRepoSlug(), run.delayMillis(), cfg.getConnectionHourlyBudget(),
                        cfg.getStartFrom(), Math.min(run.delayMillis(), 5000)), clock);
        FleetPolling.Webhook hooked = null;
        if (webhook != null) {
            String where = "from(" + URISupport.sanitizeUri(endpoint.getEndpointUri()) + ")";
            if (connections == null) {
                throw new IllegalArgumentException(where + ": webhook delivery with repoSlug=* needs connection=<id> or"
                                                   + " connection=* (each connection's workspace hooks); use"
                                                   + " delivery=poll, or one route per repository");
            }
            if (cfg.getWebhookExternalUrl() == null || cfg.getWebhookExternalUrl().isBlank()) {
                throw new IllegalArgumentException(where + ": delivery=" + cfg.getDelivery() + " for connections needs"
                                                   + " webhookExternalUrl, the base URL Bitbucket calls: each"
                                                   + " connection's workspace hooks call it + /<connection> (received"
                                                   + " on " + FleetReceiver.path(cfg.getWebhookPath()) + "/<connection>)");
            }
            hooked = webhook.on(fleetReceivers.computeIfAbsent(FleetReceiver.path(cfg.getWebhookPath()),
                    path -> new FleetReceiver(new FleetReceiver.Settings(path, cfg.getWebhookExternalUrl(),
                            cfg.getWebhookMaxBodySize(), cfg.getWebhookQueueSize()), getCamelContext(), connections,
                            mapper, webhook.seen())));
        }
        FleetPolling polling = new FleetPolling(fleet, connections, cfg.getConnectionScheduler(), getCamelContext(),
                run, hooked, spec);
        return cfg.getDelivery() == BitbucketWebhookConfiguration.Delivery.webhook ? polling.receiveOnly() : polling;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        configuration.resolvePlaceholders(getCamelContext());
    }

    @Override
    protected void doStop() throws Exception {
        clients.values().forEach(IOHelper::close);
        clients.clear();
        for (Connections c : connections.values()) {
            c.close();
        }
        connections.clear();
        throttles.clear();
        super.doStop();
    }

    public BitbucketConfiguration getConfiguration() {
        return configuration;
    }

    /** Default configuration shared by all endpoints. */
    public void setConfiguration(BitbucketConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The JSON mapper used for Bitbucket bodies (Java time support, unknown fields ignored). */
    public ObjectMapper getObjectMapper() {
        return mapper;
    }

    /** The installed accounts of every configuration in use, for the dev console. */
    java.util.Collection<Connections> connectionsInUse() {
        return List.copyOf(connections.values());
    }

    /** The clock of token expiry and install states. */
    Clock clock() {
        return clock;
    }

    /** For tests: the clock used for token expiry. */
    void setClock(Clock clock) {
        this.clock = clock;
    }
}
