package io.github.camelbitbucket.springboot;

import javax.sql.DataSource;

import io.github.camelbitbucket.BitbucketComponent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot auto-configuration of the bitbucket component: binds {@code camel.component.bitbucket.*} (relaxed names,
 * e.g. {@code client-id}) strictly onto the component's options and registers the component as bean
 * {@code bitbucket}, which Camel picks up from the Spring registry. Unknown keys fail the start (as under Camel Main);
 * Camel placeholders such as {@code {{env:BITBUCKET_CLIENT_SECRET}}} are resolved by the component. Disable with
 * {@code camel.component.bitbucket.enabled=false}; a user-defined {@code bitbucket} bean wins;
 * {@link BitbucketComponentCustomizer} beans change the component before use; with
 * {@code camel.component.bitbucket.connections-in-data-source=true} the connections are kept in the context's
 * DataSource.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.apache.camel.CamelContext")
@ConditionalOnProperty(prefix = "camel.component.bitbucket", name = "enabled", havingValue = "true", matchIfMissing = true)
public class BitbucketComponentAutoConfiguration {

    /** The options under camel.component.bitbucket, bound by Spring Boot onto the configuration's setters. */
    @Bean
    @ConditionalOnMissingBean(name = "bitbucketComponentConfiguration")
    @ConfigurationProperties(prefix = "camel.component.bitbucket", ignoreUnknownFields = false)
    public BitbucketComponentProperties bitbucketComponentConfiguration() {
        return new BitbucketComponentProperties();
    }

    @Bean(name = "bitbucket")
    @ConditionalOnMissingBean(name = "bitbucket")
    public BitbucketComponent bitbucket(BitbucketComponentProperties properties,
                                        ObjectProvider<BitbucketComponentCustomizer> customizers,
                                        ObjectProvider<DataSource> dataSources) {
        BitbucketComponent component = new BitbucketComponent();
        if (properties.isConnectionsInDataSource()) {
            DataSource dataSource = dataSources.getIfUnique();
            if (dataSource == null) {
                throw new IllegalStateException("camel.component.bitbucket.connections-in-data-source=true needs one"
                                                + " DataSource bean in the application context");
            }
            properties.setConnectionDataSource(dataSource);
        }
        component.setConfiguration(properties);
        component.setBridgeErrorHandler(properties.isBridgeErrorHandler());
        component.setLazyStartProducer(properties.isLazyStartProducer());
        component.setAutowiredEnabled(properties.isAutowiredEnabled());
        component.setHealthCheckConsumerEnabled(properties.isHealthCheckConsumerEnabled());
        component.setHealthCheckProducerEnabled(properties.isHealthCheckProducerEnabled());
        customizers.orderedStream().forEach(c -> c.customize(component));
        return component;
    }
}
