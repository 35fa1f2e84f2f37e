package io.github.camelbitbucket.example;


import io.github.camelbitbucket.standin.BitbucketStandIn;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Customers install the app (on the stand-in): for two customers, the app asks for the consent URL
 * (authorizationUrl), the customer's browser follows it (here a plain HTTP client, and the stand-in-only parameter
 * account says who consents), Bitbucket redirects to the app's callback with a code and the state, and the callback
 * (exchangeAuthorizationCode) verifies the state and stores the connection. Then the app lists each customer's
 * workspaces, as that customer; report/customers.md shows what each one sees.
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
