package io.github.camelbitbucket.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitbucket.request.Headers;
import org.apache.camel.Exchange;

/**
 * The body and headers of the exchanges triggers fire, in one place for both consumers. The headers are reports: an
 * action later in the route never reads them as targets, and the body (a Bitbucket step's result) is never re-sent by
 * a create or update action.
 */
public final class EventExchanges {

    private EventExchanges() {
    }

    /** The body, the trigger's name and how the event arrived ({@code poll} or {@code webhook}). */
    public static void event(Exchange exchange, Object body, String trigger, String how) {
        exchange.getIn().setBody(body);
        exchange.setProperty(Headers.RESULT_BODY, body);
        exchange.getIn().setHeader(Headers.EVENT_TYPE, trigger);
        exchange.getIn().setHeader(Headers.DELIVERY, how);
    }

    /** Where an event of a trigger comes from: its item id and timestamp, workspace, repository and branch. */
    public static void item(Exchange exchange, Event event, TriggerSpec spec) {
        exchange.getIn().setHeader(Headers.ITEM_ID, event.id());
        if (event.time() != null) {
            exchange.getIn().setHeader(Headers.EVENT_TIMESTAMP, Watermark.format(event.time()));
        }
        exchange.getIn().setHeader(Headers.WORKSPACE, spec.workspace());
        if (spec.connection() != null) {
            exchange.getIn().setHeader(Headers.CONNECTION, spec.connection());
        }
        if (spec.repoSlug() != null) {
            exchange.getIn().setHeader(Headers.REPO_SLUG, spec.repoSlug());
        }
        if (event.branch() != null) {
            exchange.getIn().setHeader(Headers.BRANCH, event.branch());
        }
    }

    /** The headers of a webhook delivery: its event key, delivery id, hook and the whole payload. */
    public static void delivery(Exchange exchange, String eventKey, String requestUuid, String hookUuid,
                                JsonNode payload) {
        exchange.getIn().setHeader(Headers.WEBHOOK_EVENT_KEY, eventKey);
        exchange.getIn().setHeader(Headers.WEBHOOK_DELIVERY_ID, requestUuid);
        if (hookUuid != null) {
            exchange.getIn().setHeader(Headers.WEBHOOK_HOOK_UUID, hookUuid);
        }
        exchange.getIn().setHeader(Headers.WEBHOOK_PAYLOAD, payload);
    }
}
