package io.github.camelbitbucket.request;

import java.util.Map;

import io.github.camelbitbucket.client.BitbucketRequest;
import io.github.camelbitbucket.client.PathTemplate;

/**
 * The webhook subscription calls an instant trigger makes (scope {@code webhook}), as rows like the operation
 * table's: method and path template, on a repository's hooks when a repository is named, else on the workspace's.
 * They are internal: the hooks API is not an action of the endpoint.
 */
public enum HookCall {
    LIST("GET", ""),
    CREATE("POST", ""),
    UPDATE("PUT", "/{uid}"),
    DELETE("DELETE", "/{uid}");

    /** The scope every hook call needs. */
    public static final String SCOPE = "webhook";
    private static final String NAME = "webhookSubscription";
    private static final PathTemplate.Compiled[] REPOSITORY = new PathTemplate.Compiled[values().length];
    private static final PathTemplate.Compiled[] WORKSPACE = new PathTemplate.Compiled[values().length];

    static {
        for (HookCall c : values()) {
            REPOSITORY[c.ordinal()] = PathTemplate.compile("/repositories/{workspace}/{repo_slug}/hooks" + c.suffix);
            WORKSPACE[c.ordinal()] = PathTemplate.compile("/workspaces/{workspace}/hooks" + c.suffix);
        }
    }

    private final String method;
    private final String suffix;

    HookCall(String method, String suffix) {
        this.method = method;
        this.suffix = suffix;
    }

    /**
     * The request of this call on the hooks of a repository, or of a workspace when {@code repoSlug} is null.
     *
     * @param uid the hook's UUID (UPDATE, DELETE), else null
     */
    public BitbucketRequest request(String workspace, String repoSlug, String uid, Map<String, Object> query,
                                    byte[] body) {
        PathTemplate.Compiled template = (repoSlug == null ? WORKSPACE : REPOSITORY)[ordinal()];
        Map<String, String> values = new java.util.HashMap<>();
        values.put("workspace", workspace);
        if (repoSlug != null) {
            values.put("repo_slug", repoSlug);
        }
        if (uid != null) {
            values.put("uid", uid);
        }
        String path = template.expand(values::get, p -> new IllegalArgumentException("webhook subscription needs " + p));
        return new BitbucketRequest(NAME, method, path, query, body);
    }
}
