package io.github.camelbitbucket.example;


import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Customers install the app (on the stand-in): for two customers, the app asks for the consent URL
 * (authorizationUrl), the customer's browser follows it (here a plain HTTP client, and the stand-in-only parameter
 * account says who consents), Bitbucket redirects to the app's callback with a code and the state, and the callback
 * (exchangeAuthorizationCode) verifies the state and stores the connection. Then the app lists each customer's
 * workspaces, as that customer; report/customers.md shows what each one sees. One route watches the merged pull
 * requests of every customer (connection=*, repoSlug=*): each customer's workspace webhook delivers them at once
 * (registered when the customer installs, signed with that customer's own secret), a reconciling poll per customer
 * brings what a delivery lost; report/customers-merged.md names the customer of each.
 */
public class CustomersRoutes extends RouteBuilder {

    private final BitbucketStandIn standIn;

    public CustomersRoutes(BitbucketStandIn standIn) {
        this.standIn = standIn;
    }

    @Override
    public void configure() {
        from("timer:customers?repeatCount=1").routeId("customers-install")
                .setBody(constant("ada,grace"))
                .split(body().tokenize(","))
                    .setHeader("account", body())
                    .setHeader("CamelBitbucketOverrideConnection", simple("customer-${body}"))
                    .log("[customers] 1. customer-${header.account} installs the app (authorizationUrl, the consent,"
                         + " exchangeAuthorizationCode)")
                    .to("bitbucket:authorizationUrl")
                    .process(this::consent)
                    .to("bitbucket:exchangeAuthorizationCode")
                    .log("[customers]    connection ${body.id}: ${body.displayName}, workspaces ${body.workspaces}")
                    .setHeader("CamelBitbucketOverrideConnection", simple("${body.id}"))
                    .to("bitbucket:listWorkspaces")
                    .setBody(simple("- ${header.CamelBitbucketConnection} sees ${body.size} workspace(s):"
                                    + " ${bean:report?method=workspaceSlugs}\\n"))
                    .log("[customers] 2. ${body}")
                    .to("file:{{report.dir}}?fileName=customers.md&fileExist=Append")
                .end();

        from("bitbucket:pullRequestUpdated?connection=*&repoSlug=*&state=MERGED&startFrom=now&delivery=both"
             + "&reconcileDelay=60000&webhookPath=/bitbucket/customers"
             + "&webhookExternalUrl={{webhook.external-url}}/bitbucket/customers").routeId("customers-merged")
                .setBody(simple("- ${header.CamelBitbucketConnection}: ${header.CamelBitbucketWorkspace}/"
                                + "${header.CamelBitbucketRepoSlug} #${body.id} ${body.title} merged"
                                + " (${header.CamelBitbucketDelivery})\\n"))
                .log("[customers] 3. ${body}")
                .to("file:{{report.dir}}?fileName=customers-merged.md&fileExist=Append");

        // the customers at work on the stand-in: each merges a pull request in their own workspace
        from("timer:customers-merge?repeatCount=1&delay=5000").routeId("customers-activity")
                .process(e -> {
                    standIn.changePullRequest("acme", "infra", standIn.openPullRequest("acme", "infra",
                            "Pin the provider versions"), "MERGED");
                    standIn.changePullRequest("acme-labs", "prototype", standIn.openPullRequest("acme-labs",
                            "prototype", "Try the new sensor driver"), "MERGED");
                })
                .log("[customers] customer-ada and customer-grace each merged a pull request");
    }

    /** The customer's browser: follows the consent URL, and the redirect's code and state reach the callback. */
    private void consent(Exchange exchange) {
        BitbucketStandIn.Callback callback = standIn.consent(exchange.getMessage().getBody(String.class),
                exchange.getMessage().getHeader("account", String.class));
        exchange.getMessage().setHeader("CamelBitbucketAuthorizationCode", callback.code());
        exchange.getMessage().setHeader("CamelBitbucketAuthorizationState", callback.state());
        exchange.getMessage().setBody(null);
    }
}
