package io.github.camelbitbucket.example;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final HttpClient BROWSER = HttpClient.newHttpClient();

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
                    .process(CustomersRoutes::consent)
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
    static void consent(Exchange exchange) throws Exception {
        String url = exchange.getMessage().getBody(String.class) + "&account="
                     + exchange.getMessage().getHeader("account", String.class);
        HttpResponse<Void> page = BROWSER.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.discarding());
        String callback = page.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "the consent page did not redirect to the app's callback (HTTP " + page.statusCode() + ")"));
        exchange.getMessage().setHeader("CamelBitbucketAuthorizationCode", param(callback, "code"));
        exchange.getMessage().setHeader("CamelBitbucketAuthorizationState", param(callback, "state"));
        exchange.getMessage().setBody(null);
    }

    private static String param(String url, String name) {
        Matcher m = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(url);
        if (!m.find()) {
            throw new IllegalStateException("the callback carries no " + name);
        }
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }
}
