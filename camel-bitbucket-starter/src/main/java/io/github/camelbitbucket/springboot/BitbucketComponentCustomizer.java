package io.github.camelbitbucket.springboot;

import io.github.camelbitbucket.BitbucketComponent;

/**
 * A bean of this type changes the auto-configured component before Camel uses it (e.g. a RefreshTokenStore backed
 * by a vault, set in code rather than in properties). Every such bean is applied, in {@code @Order}.
 */
@FunctionalInterface
public interface BitbucketComponentCustomizer {

    void customize(BitbucketComponent component);
}
