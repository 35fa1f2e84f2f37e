package io.github.camelbitbucket.springboot;

import io.github.camelbitbucket.BitbucketComponent;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot auto-configuration: binds {@code camel.component.bitbucket.*} (relaxed names, e.g.
 * {@code client-id}) onto the component's configuration and registers the component as bean {@code bitbucket}, which
 * Camel picks up from the Spring registry. Camel Spring Boot binds component properties only through per-component
 * starters, which a component outside Apache Camel does not have. Unknown keys fail the start (as under Camel Main);
 * Camel placeholders such as {@code {{env:BITBUCKET_CLIENT_SECRET}}} are resolved by the component. Disable with
 * {@code camel.component.bitbucket.enabled=false}; a user-defined {@code bitbucket} bean wins.
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
    public BitbucketComponent bitbucket(BitbucketComponentProperties bitbucketComponentConfiguration) {
        BitbucketComponent component = new BitbucketComponent();
        component.setConfiguration(bitbucketComponentConfiguration);
        return component;
    }
}
