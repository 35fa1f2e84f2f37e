package io.github.camelbitbucket.example;

import org.apache.camel.builder.RouteBuilder;

/**
 * An instant trigger: new pull requests arrive by Bitbucket webhook within a second (delivery=both: a reconciling poll
 * every minute brings whatever a delivery lost). The route registers its own webhook subscription at start and removes
 * it at stop. Each pull request goes to report/instant.md with how it arrived.
 */
public class InstantRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("bitbucket:pullRequestCreated?" + IssueTriageRoutes.TARGET
             + "&delivery=both&reconcileDelay=60000&startFrom=now&stateRepository=#watermarks"
             + "&webhookPath=/bitbucket/instant/pull-requests&webhookSecret={{webhook.secret}}"
             + "&webhookRegister=true&webhookExternalUrl={{webhook.external-url}}/bitbucket/instant/pull-requests")
                .routeId("instant-pull-requests")
                .setBody(simple("- #${body.id} ${body.title} (${header.CamelBitbucketDelivery},"
                                + " ${header.CamelBitbucketWebhookEventKey})\\n"))
                .log("[instant] ${body}")
                .to("file:{{report.dir}}?fileName=instant.md&fileExist=Append");
    }
}
