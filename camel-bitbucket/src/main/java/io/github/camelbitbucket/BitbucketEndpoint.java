package io.github.camelbitbucket;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.camelbitbucket.auth.Scopes;
import io.github.camelbitbucket.client.BitbucketClient;
import io.github.camelbitbucket.request.Collection;
import io.github.camelbitbucket.request.Execution;
import io.github.camelbitbucket.request.Target;
import io.github.camelbitbucket.trigger.PollLanes;
import io.github.camelbitbucket.fleet.Fleet;
import io.github.camelbitbucket.fleet.FleetPolling;
import io.github.camelbitbucket.trigger.LaneFactory;
import io.github.camelbitbucket.trigger.TriggerSpec;
import io.github.camelbitbucket.webhook.WebhookCheck;
import io.github.camelbitbucket.webhook.WebhookReceiver;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.URISupport;

/**
 * Act on Bitbucket Cloud (issues, projects, workspaces, repositories, pull requests, any REST call) and react to what
 * happens there (polling triggers that neither lose nor repeat events).
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "bitbucket", title = "Bitbucket", syntax = "bitbucket:operation",
             category = { Category.CLOUD, Category.API }, headersClass = BitbucketConstants.class)
@ManagedResource(description = "Bitbucket endpoint")
public class BitbucketEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    /**
     * The action (producer: listIssues, getIssue, createIssue, updateIssue, listProjects, getProject, createProject,
     * updateProject, deleteProject, listWorkspaces, getWorkspace, listRepositories, getRepository, listPullRequests,
     * listCommits, getPullRequest, createPullRequest, approvePullRequest, mergePullRequest, createPullRequestComment,
     * setCommitStatus, listCommitStatuses, updatePullRequest, declinePullRequest, unapprovePullRequest, requestChanges,
     * removeChangeRequest, listPullRequestComments, updatePullRequestComment, deletePullRequestComment,
     * listPullRequestCommits, getPullRequestDiffstat, listPullRequestActivity, getCommit, getCurrentUser, listBranches, getBranch,
     * createBranch, deleteBranch, listTags, createTag, deleteTag, createRepository, updateRepository, deleteRepository,
     * forkRepository, listWorkspaceMembers, listWebhooks, createWebhook, deleteWebhook, listPipelines, getPipeline,
     * runPipeline, stopPipeline, listPipelineSteps, getPipelineStepLog, getFile, listDirectory, commitFiles, httpRequest,
     * exchangeAuthorizationCode, authorizationUrl, listConnections, getConnection, removeConnection) or trigger
     * (consumer: issueCreated, issueUpdated, pullRequestCreated, pullRequestUpdated, commitPushed, repositoryCreated,
     * projectCreated, projectUpdated, pullRequestCommented, commitStatusChanged, pipelineCompleted, branchCreated, tagCreated).
     */
    @UriPath
    @Metadata(required = true)
    private BitbucketOperation operation;

    @UriParam
    private BitbucketConfiguration configuration;

    /**
     * Milliseconds between two polls of a trigger (with delivery=both, reconcileDelay is used instead). Default one
     * minute: an idle poll costs one request per watched collection or branch, so a trigger polls about 60 times an
     * hour, and a dozen of them stay inside Bitbucket's 1,000 requests per hour per user. Camel's own default (500 ms,
     * 7,200 requests an hour) would exhaust that budget alone.
     */
    @UriParam(label = "consumer,scheduler", defaultValue = "60000", javaType = "java.time.Duration")
    private long delay = DEFAULT_TRIGGER_DELAY;
    /**
     * The number of failed polls in a row after which the trigger skips backoffMultiplier polls before trying again
     * (a wrong credential or Bitbucket unreachable should not cost a request every delay).
     */
    @UriParam(label = "consumer,scheduler", defaultValue = "3")
    private int backoffErrorThreshold = DEFAULT_BACKOFF_ERROR_THRESHOLD;
    /** How many polls a trigger skips after backoffErrorThreshold failed polls in a row (or backoffIdleThreshold idle ones). */
    @UriParam(label = "consumer,scheduler", defaultValue = "5")
    private int backoffMultiplier = DEFAULT_BACKOFF_MULTIPLIER;

    private BitbucketClient client;
    /** The watermark store when no stateRepository is set: lives as long as the endpoint (route restarts keep it). */
    private final StateRepository<String, String> memoryStateRepository = new MemoryStateRepository();

    public BitbucketEndpoint(String uri, BitbucketComponent component, BitbucketOperation operation,
                             BitbucketConfiguration configuration) {
        super(uri, component);
        this.operation = operation;
        this.configuration = configuration;
        super.setDelay(DEFAULT_TRIGGER_DELAY);
        super.setBackoffErrorThreshold(DEFAULT_BACKOFF_ERROR_THRESHOLD);
        super.setBackoffMultiplier(DEFAULT_BACKOFF_MULTIPLIER);
    }

    /** A trigger's default delay between polls: one minute (see the delay option). */
    static final long DEFAULT_TRIGGER_DELAY = 60_000;
    static final int DEFAULT_BACKOFF_ERROR_THRESHOLD = 3;
    static final int DEFAULT_BACKOFF_MULTIPLIER = 5;

    @Override
    public long getDefaultDelay() {
        return DEFAULT_TRIGGER_DELAY;
    }

    @Override
    public long getDelay() {
        return delay;
    }

    @Override
    public void setDelay(long delay) {
        super.setDelay(delay);
        this.delay = delay;
    }

    @Override
    public int getBackoffErrorThreshold() {
        return backoffErrorThreshold;
    }

    @Override
    public void setBackoffErrorThreshold(int backoffErrorThreshold) {
        super.setBackoffErrorThreshold(backoffErrorThreshold);
        this.backoffErrorThreshold = backoffErrorThreshold;
    }

    @Override
    public int getBackoffMultiplier() {
        return backoffMultiplier;
    }

    @Override
    public void setBackoffMultiplier(int backoffMultiplier) {
        super.setBackoffMultiplier(backoffMultiplier);
        this.backoffMultiplier = backoffMultiplier;
    }

    @Override
    public BitbucketComponent getComponent() {
        return (BitbucketComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        if (operation.getKind() != BitbucketOperation.Kind.ACTION) {
            throw new IllegalArgumentException(BitbucketOperation.describeMisuse(operation, "to(" + getEndpointUri() + ")"));
        }
        return new BitbucketProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (operation.getKind() != BitbucketOperation.Kind.TRIGGER) {
            throw new IllegalArgumentException(
                    BitbucketOperation.describeMisuse(operation, "from(" + getEndpointUri() + ")"));
        }
        if (operation.getExecution() == Execution.WEBHOOK_TRIGGER) {
            BitbucketWebhookConsumer consumer = new BitbucketWebhookConsumer(this, processor);
            configureConsumer(consumer);
            return consumer;
        }
        BitbucketConsumer consumer = new BitbucketConsumer(this, processor);
        consumer.setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        validate();
    }

    /** Checks of the static configuration: they fail the route at start, before any HTTP call. */
    void validate() {
        if (configuration.getPageSize() < 10 || configuration.getPageSize() > 100) {
            throw new IllegalArgumentException("The pageSize option must be between 10 and 100 (Bitbucket's pagelen"
                                               + " range), was " + configuration.getPageSize());
        }
        if (configuration.getMaxResults() < 0) {
            throw new IllegalArgumentException("The maxResults option must be 0 (no cap) or more, was "
                                               + configuration.getMaxResults());
        }
        if (operation.getExecution() == Execution.POLLED_TRIGGER
            && configuration.getDelivery() != BitbucketWebhookConfiguration.Delivery.poll
            && !triggerSpec().hasWebhookEvents()) {
            throw new IllegalArgumentException("from(" + URISupport.sanitizeUri(getEndpointUri()) + "): Bitbucket sends"
                                               + " no webhook event for " + operation + "; use delivery=poll");
        }
        if (webhookOnly() != null && configuration.getDelivery() != BitbucketWebhookConfiguration.Delivery.webhook) {
            throw new IllegalArgumentException("from(" + URISupport.sanitizeUri(getEndpointUri()) + "): " + webhookOnly());
        }
        String fleetProblem = operation.getKind() != BitbucketOperation.Kind.TRIGGER ? null
                : Fleet.problem(operation.getPathTargets().contains(Target.REPO_SLUG), configuration.getConnection(),
                        configuration.getWorkspace(), configuration.getRepoSlug());
        if (fleetProblem != null) {
            throw new IllegalArgumentException("from(" + URISupport.sanitizeUri(getEndpointUri()) + "): " + fleetProblem);
        }
        if (configuration.getScopes() != null && !configuration.getScopes().isBlank()) {
            String problem = Scopes.check(Scopes.parse(configuration.getScopes()), operation.getScopes(),
                    operation.getApiTokenScopes(), configuration.getClientId() != null
                                                   && !configuration.getClientId().isBlank());
            if (problem != null) {
                throw new IllegalArgumentException("Operation " + operation + " " + problem + " (scopes option: "
                                                   + configuration.getScopes() + ")");
            }
        }
    }

    /** Why the trigger cannot poll with these options (it takes webhooks only), or null. */
    String webhookOnly() {
        return operation.getExecution() != Execution.POLLED_TRIGGER ? null
                : LaneFactory.webhookOnly(operation.spec(), configuration.requestOptions(), triggerSpec().eventKeys());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = getComponent().clientFor(configuration);
    }

    /** The stateRepository option, else the connection store's watermarks (a trigger with a connection), else memory. */
    StateRepository<String, String> stateRepository() {
        StateRepository<String, String> shared = getComponent().watermarksFor(configuration);
        return shared != null ? shared : memoryStateRepository;
    }

    /** The endpoint's client: the credential options', or, for a trigger that names a connection, that connection's. */
    BitbucketClient getClient() {
        if (operation.getKind() == BitbucketOperation.Kind.TRIGGER && configuration.getConnection() != null
            && !configuration.getConnection().isBlank() && !"*".equals(configuration.getConnection().trim())) {
            return getComponent().requireConnections(this).client(configuration.getConnection().trim());
        }
        if (client == null) {
            client = getComponent().clientFor(configuration);
        }
        return client;
    }

    public BitbucketOperation getOperation() {
        return operation;
    }

    /** The action or trigger of this endpoint. */
    public void setOperation(BitbucketOperation operation) {
        this.operation = operation;
    }

    public BitbucketConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint's options. */
    public void setConfiguration(BitbucketConfiguration configuration) {
        this.configuration = configuration;
    }

    // ---------------------------------------------------------------- JMX (the same figures as the dev console)

    @ManagedAttribute(description = "Authentication mode (never a secret)")
    public String getAuthentication() {
        return client == null ? null : client.getAuthenticator().describe();
    }

    @ManagedAttribute(description = "When the current OAuth access token expires (ISO-8601), if any")
    public String getTokenExpiresAt() {
        java.time.Instant at = client == null ? null : client.getAuthenticator().expiresAt();
        return at == null ? null : at.toString();
    }

    @ManagedAttribute(description = "Scopes the last token grant reported")
    public String getGrantedScopes() {
        Set<String> scopes = client == null ? null : client.getAuthenticator().grantedScopes();
        return scopes == null ? null : String.join(" ", scopes);
    }

    @ManagedAttribute(description = "Requests sent by this endpoint's client (every attempt)")
    public long getRequests() {
        return client == null ? 0 : client.stats().requests();
    }

    @ManagedAttribute(description = "Attempts that were retries")
    public long getRetries() {
        return client == null ? 0 : client.stats().retries();
    }

    @ManagedAttribute(description = "The rate-limit headers Bitbucket sent last")
    public String getLastRateLimitHeaders() {
        return client == null ? null : client.stats().lastRateLimitHeaders().toString();
    }

    @ManagedAttribute(description = "Connections (installed accounts) of the endpoint's store: active and revoked"
                                    + " counts, the revoked ones by id, the last refresh; null without a store")
    public String getConnections() {
        io.github.camelbitbucket.connection.Connections connections = getComponent().connectionsFor(configuration);
        return connections == null ? null : connections.summary().details().toString();
    }

    /** How the trigger learns of events: the delivery option; the generic webhook trigger receives only. */
    BitbucketWebhookConfiguration.Delivery effectiveDelivery() {
        return operation == BitbucketOperation.webhook ? BitbucketWebhookConfiguration.Delivery.webhook
                : configuration.getDelivery();
    }

    // ---------------------------------------------------------------- trigger wiring

    /** The trigger's identity (target, states, time field, events), from its operation and options. */
    TriggerSpec triggerSpec() {
        TriggerSpec spec = operation.triggerSpec(configuration.getWorkspace(), configuration.getRepoSlug(),
                configuration.getState());
        String connection = configuration.getConnection();
        return connection == null || connection.isBlank() || isFleet() ? spec
                : spec.on(connection.trim(), spec.workspace(), spec.repoSlug());
    }

    /** Whether the trigger watches many accounts or repositories: connection=* or repoSlug=*. */
    boolean isFleet() {
        return Fleet.isFleet(configuration.getConnection(), configuration.getRepoSlug());
    }

    /** Builds a trigger's poll lanes (its own target, or each connection's) with the endpoint's options. */
    LaneFactory laneFactory() {
        Collection collection = operation.getCollection();
        StateRepository<String, String> store = stateRepository();
        ServiceHelper.startService(store);
        return new LaneFactory(new LaneFactory.Settings(operation.spec(), BitbucketOperation.getRepository.spec(),
                collection.triggerDefaultStates(), collection.isFilterTrusted(), configuration.getBranch(),
                java.time.Duration.ofMillis(configuration.getLookback())), configuration.requestOptions(),
                getComponent().getObjectMapper(), store);
    }

    /** A fleet trigger's polls (connection=* or repoSlug=*): on this node, or camel-quartz jobs of the route. */
    FleetPolling fleetPolling(TriggerSpec spec, long delayMillis, int limit, String routeId,
                              PollLanes.Deliverer deliverer, FleetPolling.Webhook webhook) throws Exception {
        return getComponent().fleetPolling(this, spec, laneFactory(), new FleetPolling.Run(delayMillis, limit, routeId,
                deliverer), webhook);
    }

    /** What a trigger delivered (delivery ids, event keys): idempotentRepository, else a memory one; started. */
    IdempotentRepository deliveredKeys() {
        IdempotentRepository seen = configuration.getIdempotentRepository() != null
                ? configuration.getIdempotentRepository()
                : MemoryIdempotentRepository.memoryIdempotentRepository(10_000);
        ServiceHelper.startService(seen);
        return seen;
    }

    /** Stops a repository {@link #deliveredKeys()} made for a consumer; a configured one is the user's to stop. */
    void releaseDeliveredKeys(IdempotentRepository seen) {
        if (seen != null && seen != configuration.getIdempotentRepository()) {
            ServiceHelper.stopService(seen);
        }
    }

    /** The receiver of a trigger's webhook deliveries, with the endpoint's webhook options (checked here). */
    WebhookReceiver webhookReceiver(List<String> events, IdempotentRepository seen,
                                    java.util.function.Function<WebhookCheck.Delivery, Runnable> prepare) {
        BitbucketConfiguration cfg = configuration;
        WebhookReceiver.Settings settings = new WebhookReceiver.Settings(operation.name(),
                "from(" + URISupport.sanitizeUri(getEndpointUri()) + ")", cfg.getWebhookPath(), cfg.getWorkspace(),
                cfg.getRepoSlug(), cfg.getWebhookSecret(), cfg.isWebhookAllowUnsigned(), cfg.getWebhookMaxBodySize(),
                cfg.getWebhookQueueSize(), cfg.isWebhookRegister(), cfg.getWebhookExternalUrl(),
                effectiveDelivery() == BitbucketWebhookConfiguration.Delivery.both);
        return new WebhookReceiver(settings, getCamelContext(), getClient(), getComponent().getObjectMapper(), events,
                seen, prepare);
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }

    @Override
    public Map<String, String> getServiceMetadata() {
        Map<String, String> md = new LinkedHashMap<>();
        if (configuration.getWorkspace() != null) {
            md.put("workspace", configuration.getWorkspace());
        }
        if (configuration.getRepoSlug() != null) {
            md.put("repoSlug", configuration.getRepoSlug());
        }
        if (configuration.getClientId() != null) {
            md.put("clientId", configuration.getClientId());
        } else if (configuration.getUsername() != null) {
            md.put("username", configuration.getUsername());
        }
        return md;
    }
}
