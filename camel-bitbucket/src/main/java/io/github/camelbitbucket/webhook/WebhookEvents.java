package io.github.camelbitbucket.webhook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitbucket.model.Issue;
import io.github.camelbitbucket.model.Project;
import io.github.camelbitbucket.model.PullRequest;
import io.github.camelbitbucket.model.Repository;
import io.github.camelbitbucket.trigger.Event;
import io.github.camelbitbucket.trigger.EventKeys;
import io.github.camelbitbucket.trigger.TriggerSpec;

/**
 * How a delivery's payload becomes the same events a poll finds (which events announce a trigger is a column of the
 * operation table, carried by its {@link TriggerSpec}): the item where the poll would see it ({@code pullrequest}, {@code issue}, {@code repository}, {@code project}, each
 * commit of a {@code repo:push}), its id and timestamp, and the spec's identity shared by both kinds of delivery so an
 * event is handed over once; and which event keys the generic webhook trigger hands over as a model.
 */
public final class WebhookEvents {

    /** Where the item of an event key sits in the payload, by the key's prefix. */
    private static final Map<String, String> RESOURCES = Map.of("issue", "issue", "pullrequest", "pullrequest",
            "repo", "repository", "project", "project");

    /** Event keys whose item sits in a field of its own, not the resource the key's prefix names. */
    private static final Map<String, String> OWN_FIELD = Map.of("pullrequest:comment_created", "comment",
            "repo:commit_status_created", "commit_status", "repo:commit_status_updated", "commit_status");

    /** Pull request events that change no timestamp of the pull request: their own date makes them distinct. */
    private static final Map<String, String> OWN_DATE = Map.of("pullrequest:approved", "approval",
            "pullrequest:unapproved", "approval", "pullrequest:changes_request_created", "changes_request",
            "pullrequest:changes_request_removed", "changes_request");

    /** One event of a delivery: what the route gets, and the identity it is de-duplicated by. */
    public record Item(Event event, String identity) {

        /** The identity as stored in an IdempotentRepository (at most {@link EventKeys#MAX_LENGTH} characters). */
        public String key() {
            return EventKeys.bounded(identity);
        }
    }

    /** The items of a delivery, and how many commits Bitbucket left out of a push (truncated lists). */
    public record Items(List<Item> items, boolean truncated) {
    }

    private WebhookEvents() {
    }

    /**
     * The event keys whose item the generic webhook consumer hands over as a model: the item is the resource the
     * event is about, in the shape of the model. Every other key (pushes, forks, commit statuses and comments, pull
     * request and issue comments, transfers, deletions...) is handed over as the whole payload, a JsonNode, since a
     * model of the repository or pull request alone would drop what the event says.
     */
    static final Map<String, Class<?>> MODELS = Map.ofEntries(Map.entry("issue:created", Issue.class),
            Map.entry("issue:updated", Issue.class), Map.entry("pullrequest:created", PullRequest.class),
            Map.entry("pullrequest:updated", PullRequest.class), Map.entry("pullrequest:approved", PullRequest.class),
            Map.entry("pullrequest:unapproved", PullRequest.class), Map.entry("pullrequest:fulfilled", PullRequest.class),
            Map.entry("pullrequest:rejected", PullRequest.class),
            Map.entry("pullrequest:changes_request_created", PullRequest.class),
            Map.entry("pullrequest:changes_request_removed", PullRequest.class),
            Map.entry("repo:created", Repository.class), Map.entry("repo:updated", Repository.class),
            Map.entry("project:updated", Project.class));

    /** The model of an event's item when the event is about that item alone (see {@link #MODELS}), or null. */
    public static Class<?> modelOf(String eventKey) {
        return MODELS.get(eventKey);
    }

    /** The event keys handed over as a model by the generic webhook consumer. */
    public static java.util.Set<String> modelledKeys() {
        return new java.util.TreeSet<>(MODELS.keySet());
    }

    /** Where the item of an event sits in its payload ({@code issue}, {@code pullrequest}...), or null. */
    public static String itemField(String eventKey) {
        if (OWN_FIELD.containsKey(eventKey)) {
            return OWN_FIELD.get(eventKey);
        }
        int colon = eventKey.indexOf(':');
        return colon < 0 ? null : RESOURCES.get(eventKey.substring(0, colon));
    }

    /**
     * The events of a delivery for one trigger endpoint, oldest first; none when the delivery is for another
     * repository, workspace or branch; null when the payload lacks the event's resource.
     *
     * @param spec     the trigger: its target, its timestamp field and how its events are identified
     * @param branches the branches a commit trigger watches
     */
    public static Items itemsOf(TriggerSpec spec, Set<String> branches, WebhookCheck.Delivery delivery) {
        JsonNode payload = delivery.payload();
        if (!forTarget(payload, spec.workspace(), spec.repoSlug())) {
            return new Items(List.of(), false);
        }
        if ("repo:push".equals(delivery.eventKey())) {
            return spec.events().pushedRefType() != null ? newRefs(spec, spec.events().pushedRefType(), payload)
                    : pushed(spec, branches, payload);
        }
        String field = itemField(delivery.eventKey());
        JsonNode item = field == null ? null : payload.get(field);
        if (item == null || !item.isObject()) {
            return null;
        }
        if (spec.state() != null && item.hasNonNull("state") && java.util.Arrays.stream(spec.state().split(","))
                .map(String::trim).noneMatch(item.path("state").asText()::equalsIgnoreCase)) {
            return new Items(List.of(), false); // a pull request in a state the trigger does not watch (state option)
        }
        if ("comment".equals(field)) {
            item = Event.commentOn(item, payload.get("pullrequest"));
        }
        // a time field inside the item's field (comment.created_on, as the activity nests it) is read in the item
        String timeField = spec.timeField().startsWith(field + ".") ? spec.timeField().substring(field.length() + 1)
                : spec.timeField();
        Event event = Event.of(item, timeField, null);
        String identity = spec.identity(event);
        String own = OWN_DATE.get(delivery.eventKey());
        if (own != null) {
            identity += "|" + delivery.eventKey() + "@" + payload.path(own).path("date").asText("")
                        + payload.path(own).path("user").path("uuid").asText("");
        }
        return new Items(List.of(new Item(event, identity)), false);
    }

    private static Items pushed(TriggerSpec spec, Set<String> branches, JsonNode payload) {
        List<Item> items = new ArrayList<>();
        boolean truncated = false;
        for (JsonNode change : payload.path("push").path("changes")) {
            JsonNode ref = change.path("new");
            if (!"branch".equals(ref.path("type").asText()) || !branches.contains(ref.path("name").asText())) {
                continue; // a deleted branch, a tag, or a branch this trigger does not watch
            }
            String branch = ref.path("name").asText();
            List<Item> ofChange = new ArrayList<>();
            for (JsonNode commit : change.path("commits")) {
                Event event = Event.of(commit, "date", branch);
                ofChange.add(new Item(event, spec.identity(event)));
            }
            Collections.reverse(ofChange); // Bitbucket lists a push's commits newest first
            items.addAll(ofChange);
            truncated |= change.path("truncated").asBoolean(false);
        }
        return new Items(items, truncated);
    }

    /** The refs of a push that did not exist before (a change whose old side is null), of one type (branch, tag). */
    private static Items newRefs(TriggerSpec spec, String type, JsonNode payload) {
        List<Item> items = new ArrayList<>();
        for (JsonNode change : payload.path("push").path("changes")) {
            JsonNode ref = change.path("new");
            // live sends "old": null and "created": true for a new ref; a change without an old side is not enough
            boolean created = change.path("created").asBoolean(false) || change.has("old") && change.get("old").isNull();
            String name = ref.path("name").asText("");
            if (created && type.equals(ref.path("type").asText()) && !name.isEmpty()) {
                java.time.OffsetDateTime time = Event.of(ref.path("target"), "date", null).time();
                Event event = new Event(ref, time != null ? time : java.time.OffsetDateTime.now(), name, null);
                items.add(new Item(event, spec.identity(event)));
            }
        }
        return new Items(items, false);
    }

    /** The workspace and repository slug of a payload's repository ({@code full_name}). */
    public record RepositoryName(String workspace, String repoSlug) {
    }

    /** The repository a payload is about, from its {@code full_name}; null when it names none. */
    public static RepositoryName repositoryOf(JsonNode payload) {
        String fullName = payload.path("repository").path("full_name").asText("");
        int slash = fullName.indexOf('/');
        return slash < 0 ? null : new RepositoryName(fullName.substring(0, slash), fullName.substring(slash + 1));
    }

    /** Whether a payload is about the endpoint's repository (or workspace); payloads without one are taken. */
    static boolean forTarget(JsonNode payload, String workspace, String repoSlug) {
        JsonNode repo = payload.path("repository");
        if (repo.isObject()) {
            RepositoryName name = repositoryOf(payload);
            String ws = name == null ? "" : name.workspace();
            String wsUuid = repo.path("workspace").path("uuid").asText("");
            boolean wsMatches = ws.equalsIgnoreCase(workspace) || wsUuid.equalsIgnoreCase(workspace)
                                || repo.path("workspace").path("slug").asText("").equalsIgnoreCase(workspace);
            if (!wsMatches) {
                return false;
            }
            return repoSlug == null || name != null && name.repoSlug().equalsIgnoreCase(repoSlug)
                   || repo.path("uuid").asText("").equalsIgnoreCase(repoSlug);
        }
        JsonNode ws = payload.path("workspace");
        return !ws.isObject() || ws.path("slug").asText("").equalsIgnoreCase(workspace)
               || ws.path("uuid").asText("").equalsIgnoreCase(workspace);
    }
}
