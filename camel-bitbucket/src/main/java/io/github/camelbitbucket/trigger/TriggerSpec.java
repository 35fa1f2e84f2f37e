package io.github.camelbitbucket.trigger;

import java.util.List;

/**
 * A trigger endpoint's identity, built once from its operation and options: which trigger, on which workspace,
 * repository and pull request states, which timestamp moves its watermark, which Bitbucket webhook events announce it
 * and whether an event of it happens once per item (a creation) or again at each change (an update). The consumer,
 * the watermark's state key and the webhook events all read it, so a trigger's identity is spelt in one place.
 *
 * @param trigger     the trigger's name ({@code pullRequestUpdated})
 * @param events      its row's events: time field, once or at each change, webhook event keys
 * @param connection  the connection (installed account) whose events these are, or null for the endpoint's own
 *                    credential
 */
public record TriggerSpec(String trigger, String workspace, String repoSlug, String state, TriggerEvents events,
                          String connection) {

    public TriggerSpec {
        events = events == null ? TriggerEvents.NONE : events;
    }

    /** The item field that moves the watermark ({@code created_on}, {@code updated_on}; {@code hash} for commits). */
    public String timeField() {
        return events.timeField();
    }

    /** The Bitbucket event keys that announce it (empty: Bitbucket sends none). */
    public List<String> eventKeys() {
        return events.keys();
    }

    /** Whether an item's event happens once (a creation: its id says it all), not at each change. */
    public boolean once() {
        return events.once();
    }

    /** The same trigger, for one connection's workspace and repository (a trigger with connection=* or repoSlug=*). */
    public TriggerSpec on(String connection, String workspace, String repoSlug) {
        return new TriggerSpec(trigger, workspace, repoSlug, state, events, connection);
    }

    /** Whether Bitbucket announces this trigger by webhook. */
    public boolean hasWebhookEvents() {
        return !events.keys().isEmpty();
    }

    /**
     * The key of a lane's watermark in the StateRepository (the 0.1.0 form, pinned by a golden test):
     * {@code bitbucket:<trigger>:<workspace>/<repoSlug>[:<branch>][:<state>]}; a connection's:
     * {@code bitbucket:<trigger>:<connection>@<workspace>/<repoSlug>[:<branch>][:<state>]}, so each customer's
     * watermark is its own even when two customers reach the same repository.
     */
    public String stateKey(String branch) {
        return "bitbucket:" + trigger + ":" + (connection == null ? "" : connection + "@") + workspace + "/" + (repoSlug == null ? "" : repoSlug)
               + (branch == null ? "" : ":" + branch) + (state == null ? "" : ":" + state);
    }

    /**
     * The identity of an event, the same whether a poll or a webhook found it: trigger, target, branch, item id and,
     * for an event that happens at each change, the trigger's timestamp (a creation is known by its id alone: some
     * payloads carry a condensed resource without {@code created_on}, as {@code repo:created} does).
     */
    public String identity(Event event) {
        return trigger + "|" + (connection == null ? "" : connection + "@") + workspace + "/" + (repoSlug == null ? "" : repoSlug) + "|"
               + (event.branch() == null ? "" : event.branch()) + "|" + event.id()
               + (events.once() || event.time() == null ? "" : "@" + event.time().toInstant());
    }

    /** The identity as stored in an IdempotentRepository (at most {@link EventKeys#MAX_LENGTH} characters). */
    public String key(Event event) {
        return EventKeys.bounded(identity(event));
    }
}
