package io.github.camelbitbucket.config;

import javax.sql.DataSource;

import io.github.camelbitbucket.connection.ConnectionStore;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of an application whose customers install it: which installed account (connection) a step runs as,
 * where the connections are kept, and the install flow's state and URLs. Without a connection store the component
 * keeps one identity, the credential options'.
 */
@UriParams
public class BitbucketInstallConfiguration extends BitbucketConnectionConfiguration {

    /** Bitbucket's OAuth consent page. */
    public static final String DEFAULT_AUTHORIZE_URL = "https://bitbucket.org/site/oauth2/authorize";

    /**
     * The connection (an installed account, named by the application's id for its customer) the action runs as, or the
     * trigger polls as. Header CamelBitbucketOverrideConnection overrides it for one message. On a trigger, * watches
     * every active connection of the store (each event names its connection in header CamelBitbucketConnection).
     * Needs a connection store.
     */
    @UriParam(label = "connections")
    private String connection;
    /**
     * Where the installed accounts are kept: any ConnectionStore bean (the JdbcConnectionStore on connectionDataSource,
     * or MemoryConnectionStore for tests and demos, chosen explicitly since rotated tokens die with the process).
     */
    @UriParam(label = "connections")
    @Metadata(autowired = false)
    private ConnectionStore connectionStore;
    /**
     * The database the installed accounts are kept in (tables created if absent, see the reference): shared by every
     * node, refresh tokens encrypted with connectionEncryptionKey.
     */
    @UriParam(label = "connections")
    @Metadata(autowired = false)
    private DataSource connectionDataSource;
    /**
     * A directory the installed accounts are kept in, one file per connection (refresh tokens encrypted with
     * connectionEncryptionKey, refreshed under a file lock): for one machine or a shared volume.
     */
    @UriParam(label = "connections")
    private String connectionDirectory;
    /** Base64 of a 32-byte key (AES-256-GCM) the refresh tokens are encrypted with at rest; never logged. */
    @UriParam(label = "connections,security", secret = true)
    private String connectionEncryptionKey;
    /** Signs the state of the install flow (HMAC-SHA256), at least 16 characters; never logged. */
    @UriParam(label = "connections,security", secret = true)
    private String stateSecret;
    /** How long, in milliseconds, the state of an authorization URL is valid. */
    @UriParam(label = "connections", defaultValue = "600000", javaType = "java.time.Duration")
    private long stateTimeout = 600_000;
    /** Bitbucket's OAuth consent page, the base of authorizationUrl's answer. */
    @UriParam(label = "connections", defaultValue = DEFAULT_AUTHORIZE_URL)
    private String authorizeUrl = DEFAULT_AUTHORIZE_URL;
    /** The callback URL sent with the consent request; without it Bitbucket uses the OAuth consumer's callback URL. */
    @UriParam(label = "connections")
    private String redirectUri;
    /**
     * Requests per rolling hour a trigger's polls may spend per connection (Bitbucket allows 1,000 per user and hour,
     * actions included). Each poll cycle of a connection spends at most its share (budget x delay / one hour, at least
     * one request); what it did not reach comes first in its next cycle.
     */
    @UriParam(label = "consumer,connections", defaultValue = "800")
    private int connectionHourlyBudget = 800;
    /**
     * Who runs the polls of a trigger with connection=*: local (this node polls every connection) or quartz (each
     * connection's polling is a job of camel-quartz's scheduler; with its clustered JDBC job store, one node at a time
     * polls a connection and another takes over when it stops). quartz needs org.apache.camel:camel-quartz.
     */
    @UriParam(label = "consumer,connections", enums = "local,quartz", defaultValue = "local")
    private String connectionScheduler = "local";

    public int getConnectionHourlyBudget() {
        return connectionHourlyBudget;
    }

    public void setConnectionHourlyBudget(int connectionHourlyBudget) {
        this.connectionHourlyBudget = connectionHourlyBudget;
    }

    public String getConnectionScheduler() {
        return connectionScheduler;
    }

    public void setConnectionScheduler(String connectionScheduler) {
        this.connectionScheduler = connectionScheduler;
    }

    public String getConnection() {
        return connection;
    }

    public void setConnection(String connection) {
        this.connection = connection;
    }

    public ConnectionStore getConnectionStore() {
        return connectionStore;
    }

    public void setConnectionStore(ConnectionStore connectionStore) {
        this.connectionStore = connectionStore;
    }

    public DataSource getConnectionDataSource() {
        return connectionDataSource;
    }

    public void setConnectionDataSource(DataSource connectionDataSource) {
        this.connectionDataSource = connectionDataSource;
    }

    public String getConnectionDirectory() {
        return connectionDirectory;
    }

    public void setConnectionDirectory(String connectionDirectory) {
        this.connectionDirectory = connectionDirectory;
    }

    public String getConnectionEncryptionKey() {
        return connectionEncryptionKey;
    }

    public void setConnectionEncryptionKey(String connectionEncryptionKey) {
        this.connectionEncryptionKey = connectionEncryptionKey;
    }

    public String getStateSecret() {
        return stateSecret;
    }

    public void setStateSecret(String stateSecret) {
        this.stateSecret = stateSecret;
    }

    public long getStateTimeout() {
        return stateTimeout;
    }

    public void setStateTimeout(long stateTimeout) {
        this.stateTimeout = stateTimeout;
    }

    public String getAuthorizeUrl() {
        return authorizeUrl;
    }

    public void setAuthorizeUrl(String authorizeUrl) {
        this.authorizeUrl = authorizeUrl;
    }

    public String getRedirectUri() {
        return redirectUri;
    }

    public void setRedirectUri(String redirectUri) {
        this.redirectUri = redirectUri;
    }
}
