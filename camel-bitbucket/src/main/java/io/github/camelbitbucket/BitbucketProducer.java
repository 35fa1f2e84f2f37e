package io.github.camelbitbucket;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.camelbitbucket.auth.AuthorizationCodeExchange;
import io.github.camelbitbucket.client.Authenticator;
import io.github.camelbitbucket.client.BitbucketClient;
import io.github.camelbitbucket.client.BitbucketException;
import io.github.camelbitbucket.client.BitbucketRequest;
import io.github.camelbitbucket.client.BitbucketResponse;
import io.github.camelbitbucket.client.PageIterator;
import io.github.camelbitbucket.connection.Connection;
import io.github.camelbitbucket.connection.Connections;
import io.github.camelbitbucket.connection.InstallState;
import io.github.camelbitbucket.health.ProducerHealthCheck;
import io.github.camelbitbucket.request.Headers;
import io.github.camelbitbucket.request.MergeTask;
import io.github.camelbitbucket.request.MessageInputs;
import io.github.camelbitbucket.request.CommitFiles;
import io.github.camelbitbucket.request.Execution;
import io.github.camelbitbucket.request.RequestFactory;
import io.github.camelbitbucket.request.RequestInputs;
import io.github.camelbitbucket.request.RequestOptions;
import io.github.camelbitbucket.request.Target;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.support.DefaultProducer;

/**
 * Runs one action per message, dispatched once on the operation's execution column: message to request
 * ({@link RequestFactory}), request to answer ({@link BitbucketClient}), answer to message (typed model, List or
 * Iterator, and headers); the install callback goes to the credential mode that keeps its tokens.
 */
public class BitbucketProducer extends DefaultProducer {

    private final BitbucketEndpoint endpoint;
    private final BitbucketConfiguration cfg;
    private final RequestOptions options;
    private final RequestFactory requests;
    private ProducerHealthCheck healthCheck;
    private volatile Connections accounts;
    private volatile boolean accountsResolved;

    public BitbucketProducer(BitbucketEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.cfg = endpoint.getConfiguration();
        this.options = cfg.requestOptions();
        this.requests = new RequestFactory(options, endpoint.getComponent().getObjectMapper());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // registered only where Camel health checks are on the classpath (camel-health) and not switched off
        HealthCheckRegistry registry = HealthCheckRegistry.get(getEndpoint().getCamelContext());
        if (registry != null && endpoint.getComponent().isHealthCheckProducerEnabled()) {
            healthCheck = new ProducerHealthCheck(endpoint.getEndpointUri(), cfg.getBaseUrl(),
                    endpoint.getOperation().name(), endpoint::getClient, () -> {
                        Connections connections = installedAccounts();
                        return connections == null ? null : connections.summary().details();
                    });
            registry.register(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        HealthCheckRegistry registry = HealthCheckRegistry.get(getEndpoint().getCamelContext());
        if (registry != null && healthCheck != null) {
            registry.unregister(healthCheck);
        }
        super.doStop();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message message = exchange.getMessage();
        BitbucketOperation op = operation(message);
        String connection = connection(message);
        switch (op.getExecution()) {
            case AUTH_CODE_EXCHANGE -> exchangeAuthorizationCode(message, connection);
            case CONNECTIONS -> message.setBody(connectionAction(message, op, connection));
            case RAW_HTTP -> {
                RequestInputs inputs = MessageInputs.resolve(op.spec(), options, exchange);
                call(exchange, op, connection, inputs, requests.rawRequest(inputs), cfg.isPaginate(), Object.class);
            }
            case COMMIT_FILES -> {
                RequestInputs inputs = MessageInputs.resolve(op.spec(), options, exchange);
                call(exchange, op, connection, inputs, requests.commitFiles(op.spec(), inputs), false, Void.class);
            }
            case JSON_ACTION, MERGE, CONTENT -> {
                RequestInputs inputs = MessageInputs.resolve(op.spec(), options, exchange);
                call(exchange, op, connection, inputs, requests.request(op.spec(), inputs), op.isPaged(),
                        op.getItemType());
            }
            default -> throw new IllegalArgumentException(
                    BitbucketOperation.describeMisuse(op, "header " + BitbucketConstants.OPERATION));
        }
    }

    /** The connection a message runs as: the override header, else the connection option; null for none. */
    private String connection(Message message) {
        Object header = message.getHeader(BitbucketConstants.OVERRIDE_CONNECTION);
        String id = header != null && !String.valueOf(header).isBlank() ? String.valueOf(header) : cfg.getConnection();
        return id == null || id.isBlank() ? null : id.trim();
    }

    /** The installed accounts of the endpoint's options (looked up once), or null without a connection store. */
    private Connections installedAccounts() {
        if (!accountsResolved) {
            accounts = endpoint.getComponent().connectionsFor(cfg);
            accountsResolved = true;
        }
        return accounts;
    }

    /** The installed accounts, or an exception naming the options that give them. */
    private Connections connections(String why) {
        Connections connections = installedAccounts();
        if (connections == null) {
            throw new IllegalArgumentException(why + " needs a connection store: set the component option"
                                               + " connectionStore (a ConnectionStore bean), connectionDataSource or"
                                               + " connectionDirectory");
        }
        return connections;
    }

    private Object connectionAction(Message message, BitbucketOperation op, String id) {
        Connections connections = connections(op.name());
        if (op == BitbucketOperation.listConnections) {
            MessageInputs.consume(message);
            return connections.store().list();
        }
        if (id == null) {
            throw new IllegalArgumentException(op + " needs connection: set the option 'connection' or the header "
                                               + BitbucketConstants.OVERRIDE_CONNECTION);
        }
        Object body;
        if (op == BitbucketOperation.authorizationUrl) {
            body = connections.authorizationUrl(Connection.checkId(id), installState(), cfg.getAuthorizeUrl(),
                    cfg.getRedirectUri());
        } else if (op == BitbucketOperation.getConnection) {
            body = connections.store().find(id).orElseThrow(() -> new IllegalArgumentException("No connection '" + id
                                                                                              + "'"));
        } else {
            body = connections.store().find(id).orElse(null);
            connections.remove(id); // its workspace webhooks too
        }
        MessageInputs.consume(message);
        message.setHeader(BitbucketConstants.CONNECTION, id);
        return body;
    }

    private InstallState installState() {
        return new InstallState(cfg.getStateSecret(), Duration.ofMillis(cfg.getStateTimeout()),
                endpoint.getComponent().clock());
    }

    /** Sends the request and puts the answer (typed model, List or Iterator) and the report headers on the message. */
    private void call(Exchange exchange, BitbucketOperation op, String connection, RequestInputs inputs,
                      BitbucketRequest request, boolean paged, Class<?> itemType) {
        if (connection == null) {
            call(exchange, op, inputs, request, paged, itemType, endpoint.getClient());
            return;
        }
        Connections connections = connections("connection '" + connection + "'");
        try {
            call(exchange, op, inputs, request, paged, itemType, connections.client(connection));
        } catch (RuntimeException e) {
            throw connections.failed(connection, e);
        }
        exchange.getMessage().setHeader(BitbucketConstants.CONNECTION, connection);
    }

    private void call(Exchange exchange, BitbucketOperation op, RequestInputs inputs, BitbucketRequest request,
                      boolean paged, Class<?> itemType, BitbucketClient client) {
        Message message = exchange.getMessage();
        checkGrantedScopes(client.getAuthenticator(), op);
        boolean raw = op.getExecution() == Execution.RAW_HTTP;
        Object result;
        if (paged) {
            PageIterator<?> pages = client.pages(request, itemType, cfg.getMaxResults());
            if (cfg.isStreamList()) {
                result = pages;
            } else {
                List<Object> items = new ArrayList<>();
                pages.forEachRemaining(items::add);
                result = items;
                message.setHeader(BitbucketConstants.RESULT_COUNT, items.size());
                message.setHeader(BitbucketConstants.PAGE_COUNT, pages.getPagesFetched());
                if (pages.getLastResponse() != null) {
                    setStatus(message, pages.getLastResponse());
                }
            }
        } else {
            // the answer is read once, from the connection, into the operation's model (or kept as sent: httpRequest)
            BitbucketResponse response = raw ? client.executeRaw(request, cfg.isRawJson())
                    : op.getExecution() == Execution.CONTENT ? client.executeContent(request, itemType == String.class)
                    : client.execute(request, itemType);
            if (op.getExecution() == Execution.MERGE) {
                try {
                    response = MergeTask.follow(client, request, response, cfg.getMergeTimeout());
                } catch (MergeTask.StillRunning running) {
                    message.setHeader(BitbucketConstants.MERGE_TASK, running.task());
                    throw running;
                }
            }
            setStatus(message, response);
            if (response.header("Location") != null) {
                message.setHeader(BitbucketConstants.LOCATION, response.header("Location"));
            }
            result = op.getExecution() == Execution.COMMIT_FILES ? CommitFiles.newCommit(response) : response.value();
            if (raw && response.header("Content-Type") != null) {
                message.setHeader(Exchange.CONTENT_TYPE, response.header("Content-Type"));
            }
        }
        // the request went through: its input headers are spent, and the headers below report what it did
        MessageInputs.consume(message);
        for (Target t : op.getPathTargets()) {
            message.setHeader(t.reportHeader(), inputs.targets().get(t));
        }
        if (op.getExecution() == Execution.COMMIT_FILES) {
            message.setHeader(BitbucketConstants.COMMIT, result); // the new commit
        }
        Object reported = op.getResultReport() == null ? null : op.getResultReport().valueOf(result);
        if (reported != null) {
            message.setHeader(op.getResultReport().header(), String.valueOf(reported));
        }
        message.setBody(result);
        exchange.setProperty(Headers.RESULT_BODY, result);
    }

    /**
     * The install callback. With a connection store: the state is verified first, then the code exchanged and the
     * connection stored (body: the Connection). Without: the code goes to the token endpoint, the refresh token to the
     * refresh token store, the granted scopes to the body.
     */
    private void exchangeAuthorizationCode(Message message, String connection) {
        String code = message.getHeader(BitbucketConstants.AUTHORIZATION_CODE, String.class);
        if (code == null && message.getBody() instanceof String body) {
            code = body;
        }
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("exchangeAuthorizationCode needs the authorization code: set the header "
                                               + BitbucketConstants.AUTHORIZATION_CODE + " (or a String body)");
        }
        Connections connections = installedAccounts();
        if (connections != null) {
            String state = message.getHeader(BitbucketConstants.AUTHORIZATION_STATE, String.class);
            if (state == null || state.isBlank()) {
                throw new IllegalArgumentException("exchangeAuthorizationCode with a connection store needs the state"
                                                   + " the callback received: set the header "
                                                   + BitbucketConstants.AUTHORIZATION_STATE);
            }
            Connection installed = connections.install(code.trim(), state.trim(), connection, installState(),
                    cfg.getRedirectUri());
            MessageInputs.consume(message);
            message.setHeader(BitbucketConstants.CONNECTION, installed.id());
            message.setBody(installed);
            return;
        }
        Set<String> scopes = AuthorizationCodeExchange.of(endpoint.getClient().getAuthenticator())
                .exchangeAuthorizationCode(code.trim(), null);
        MessageInputs.consume(message);
        message.setBody(scopes == null ? List.of() : new ArrayList<>(new TreeSet<>(scopes)));
    }

    private BitbucketOperation operation(Message message) {
        Object override = message.getHeader(BitbucketConstants.OPERATION);
        if (override == null) {
            return endpoint.getOperation();
        }
        if (override instanceof BitbucketOperation op) {
            if (op.getKind() != BitbucketOperation.Kind.ACTION) {
                throw new IllegalArgumentException(
                        BitbucketOperation.describeMisuse(op, "header " + BitbucketConstants.OPERATION));
            }
            return op;
        }
        return BitbucketOperation.of(String.valueOf(override), BitbucketOperation.Kind.ACTION,
                "header " + BitbucketConstants.OPERATION);
    }

    /** After a token grant reported its scopes, an operation they do not cover fails before it is sent. */
    private static void checkGrantedScopes(Authenticator auth, BitbucketOperation op) {
        if (op.getScopes().isEmpty() || !auth.canRefresh()) {
            return;
        }
        auth.authorization(); // makes sure a grant exists (cached: no request)
        Set<String> missing = auth.missingScopes(op.getScopes());
        if (!missing.isEmpty()) {
            throw new BitbucketException("Operation " + op + " needs the OAuth scope(s) " + missing
                                         + ", but the token was granted only " + auth.grantedScopes()
                                         + ". Add the scope to the OAuth consumer and install it again.",
                    BitbucketException.Reason.SCOPE, null);
        }
    }

    /** Status and Bitbucket's rate-limit headers of the answer. */
    private static void setStatus(Message message, BitbucketResponse response) {
        message.setHeader(BitbucketConstants.HTTP_STATUS, response.status());
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, response.status());
        Map<String, String> rateLimit = response.rateLimitHeaders();
        String limit = rateLimit.get(BitbucketResponse.RATE_LIMIT_LIMIT);
        if (limit != null && limit.trim().matches("[0-9]{1,9}")) {
            message.setHeader(BitbucketConstants.RATE_LIMIT_LIMIT, Integer.valueOf(limit.trim()));
        }
        if (rateLimit.containsKey(BitbucketResponse.RATE_LIMIT_RESOURCE)) {
            message.setHeader(BitbucketConstants.RATE_LIMIT_RESOURCE, rateLimit.get(BitbucketResponse.RATE_LIMIT_RESOURCE));
        }
        if (rateLimit.containsKey(BitbucketResponse.RATE_LIMIT_NEAR_LIMIT)) {
            message.setHeader(BitbucketConstants.RATE_LIMIT_NEAR_LIMIT,
                    Boolean.valueOf(rateLimit.get(BitbucketResponse.RATE_LIMIT_NEAR_LIMIT).trim()));
        }
    }
}
