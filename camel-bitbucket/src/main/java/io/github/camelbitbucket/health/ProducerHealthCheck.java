package io.github.camelbitbucket.health;

import java.util.Map;
import java.util.function.Supplier;

import io.github.camelbitbucket.client.BitbucketClient;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.util.URISupport;

/**
 * Readiness of a Bitbucket producer, from the outcome of its client's last request (no request of its own, so probes
 * do not spend the hourly budget): DOWN when the failure's {@link io.github.camelbitbucket.client.BitbucketException.Reason}
 * is a service problem (credentials, scopes, permissions, no answer, 5xx after the retries, an unreadable answer); UP
 * otherwise, including after 4xx answers about the request itself.
 */
public final class ProducerHealthCheck implements HealthCheck {

    private final String id;
    private final String baseUrl;
    private final String operation;
    private final Supplier<BitbucketClient> client;
    private final Supplier<Map<String, Object>> connections;
    private boolean enabled = true;

    /**
     * @param endpointUri the producer's endpoint URI (its secrets are masked in the id)
     * @param client      the producer's client, whose last outcome decides
     */
    public ProducerHealthCheck(String endpointUri, String baseUrl, String operation, Supplier<BitbucketClient> client,
                               Supplier<Map<String, Object>> connections) {
        this.id = "bitbucket-producer:" + URISupport.sanitizeUri(endpointUri);
        this.baseUrl = baseUrl;
        this.operation = operation;
        this.client = client;
        this.connections = connections;
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this)
                .detail("baseUrl", baseUrl)
                .detail("operation", operation);
        // connections are reported, never a reason to go DOWN: one revoked customer is that customer's matter
        Map<String, Object> installed = connections.get();
        if (installed != null) {
            installed.forEach((k, v) -> {
                if (v != null) {
                    builder.detail(k, v);
                }
            });
        }
        BitbucketClient client = this.client.get();
        builder.detail("authentication", client.getAuthenticator().describe());
        if (client.poolStats() != null) {
            builder.detail("connectionsLeased", client.poolStats().getLeased())
                    .detail("connectionsAvailable", client.poolStats().getAvailable());
        }
        BitbucketClient.Outcome last = client.getLastOutcome();
        if (last == null) {
            return builder.up().message("no request sent yet").build();
        }
        builder.detail(HTTP_RESPONSE_CODE, last.status()).detail("lastRequestAt", last.at().toString())
                .detail("lastOperation", last.operation());
        if (!last.ok()) {
            builder.detail("failureReason", last.reason().name());
            if (last.reason().isServiceProblem()) {
                return builder.down().message(last.message()).build();
            }
        }
        return builder.up().build();
    }
}
