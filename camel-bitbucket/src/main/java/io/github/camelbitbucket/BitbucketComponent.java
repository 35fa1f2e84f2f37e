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

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        configuration.resolvePlaceholders(getCamelContext());
    }

    @Override
    protected void doStop() throws Exception {
        clients.values().forEach(IOHelper::close);
        clients.clear();
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

    /** For tests: the clock used for token expiry. */
    void setClock(Clock clock) {
        this.clock = clock;
    }
}
