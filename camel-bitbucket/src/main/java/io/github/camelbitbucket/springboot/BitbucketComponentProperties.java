package io.github.camelbitbucket.springboot;

import io.github.camelbitbucket.BitbucketConfiguration;

/**
 * The {@code camel.component.bitbucket.*} properties: every component option plus {@code enabled}. Bound strictly, so
 * a misspelt key fails the start as it does under Camel Main.
 */
public class BitbucketComponentProperties extends BitbucketConfiguration {

    private boolean enabled = true;

    public boolean isEnabled() {
        return enabled;
    }

    /** Whether the auto-configuration registers the bitbucket component. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
