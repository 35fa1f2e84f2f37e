package io.github.camelbitbucket.request;

import io.github.camelbitbucket.model.Comment;
import io.github.camelbitbucket.model.Issue;
import io.github.camelbitbucket.model.Project;
import io.github.camelbitbucket.model.PullRequest;

/** The report header an answer of one item type sets: which target it names and where its value comes from. */
public enum ResultReport {
    ISSUE(Issue.class, Target.ISSUE_ID, item -> ((Issue) item).getId()),
    PROJECT(Project.class, Target.PROJECT_KEY, item -> ((Project) item).getKey()),
    PULL_REQUEST(PullRequest.class, Target.PULL_REQUEST_ID, item -> ((PullRequest) item).getId()),
    COMMENT(Comment.class, Target.COMMENT_ID, item -> ((Comment) item).getId()),
    BRANCH(io.github.camelbitbucket.model.Branch.class, Target.REF_NAME,
            item -> ((io.github.camelbitbucket.model.Branch) item).getName()),
    TAG(io.github.camelbitbucket.model.Tag.class, Target.REF_NAME,
            item -> ((io.github.camelbitbucket.model.Tag) item).getName()),
    WEBHOOK(io.github.camelbitbucket.model.WebhookSubscription.class, Target.HOOK_UID,
            item -> ((io.github.camelbitbucket.model.WebhookSubscription) item).getUuid()),
    PIPELINE(io.github.camelbitbucket.model.Pipeline.class, Target.PIPELINE_UUID,
            item -> ((io.github.camelbitbucket.model.Pipeline) item).getUuid());

    private final Class<?> itemType;
    private final Target target;
    private final java.util.function.Function<Object, Object> value;

    ResultReport(Class<?> itemType, Target target, java.util.function.Function<Object, Object> value) {
        this.itemType = itemType;
        this.target = target;
        this.value = value;
    }

    /** The header it sets ({@code CamelBitbucketIssueId}, {@code CamelBitbucketProjectKey}). */
    public String header() {
        return target.reportHeader();
    }

    /** The value to report for an answer, or null when the answer is not one item of this type. */
    public Object valueOf(Object answer) {
        return itemType.isInstance(answer) ? value.apply(answer) : null;
    }

    public static ResultReport of(Class<?> itemType) {
        for (ResultReport r : values()) {
            if (r.itemType == itemType) {
                return r;
            }
        }
        return null;
    }
}
