package io.github.camelbitbucket.springboot;

import io.github.camelbitbucket.BitbucketConfiguration;

/**
 * The {@code camel.component.bitbucket.*} properties: every option of the component (its configuration and the
 * component-level ones Camel adds) plus {@code enabled}. Bound strictly, so a misspelt key fails the start as it does
 * under Camel Main. IDE completion comes from META-INF/spring-configuration-metadata.json, generated from the
 * component's own metadata (bitbucket.json).
 */
public class BitbucketComponentProperties extends BitbucketConfiguration {

    private boolean enabled = true;
    private boolean bridgeErrorHandler;
    private boolean lazyStartProducer;
    private boolean autowiredEnabled = true;
    private boolean healthCheckConsumerEnabled = true;
    private boolean healthCheckProducerEnabled = true;
    private boolean connectionsInDataSource;

    public boolean isEnabled() {
        return enabled;
    }

    /** Whether the auto-configuration registers the bitbucket component. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isBridgeErrorHandler() {
        return bridgeErrorHandler;
    }

    public void setBridgeErrorHandler(boolean bridgeErrorHandler) {
        this.bridgeErrorHandler = bridgeErrorHandler;
    }

    public boolean isLazyStartProducer() {
        return lazyStartProducer;
    }

    public void setLazyStartProducer(boolean lazyStartProducer) {
        this.lazyStartProducer = lazyStartProducer;
    }

    public boolean isAutowiredEnabled() {
        return autowiredEnabled;
    }

    public void setAutowiredEnabled(boolean autowiredEnabled) {
        this.autowiredEnabled = autowiredEnabled;
    }

    public boolean isHealthCheckConsumerEnabled() {
        return healthCheckConsumerEnabled;
    }

    public void setHealthCheckConsumerEnabled(boolean healthCheckConsumerEnabled) {
        this.healthCheckConsumerEnabled = healthCheckConsumerEnabled;
    }

    public boolean isConnectionsInDataSource() {
        return connectionsInDataSource;
    }

    /**
     * Keep the connections (the accounts that installed the app) in the application's DataSource: the JDBC connection
     * store on the one DataSource bean of the context (connectionEncryptionKey required).
     */
    public void setConnectionsInDataSource(boolean connectionsInDataSource) {
        this.connectionsInDataSource = connectionsInDataSource;
    }

    public boolean isHealthCheckProducerEnabled() {
        return healthCheckProducerEnabled;
    }

    public void setHealthCheckProducerEnabled(boolean healthCheckProducerEnabled) {
        this.healthCheckProducerEnabled = healthCheckProducerEnabled;
    }
}
