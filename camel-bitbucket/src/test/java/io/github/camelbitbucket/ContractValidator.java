package io.github.camelbitbucket;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Validates recorded HTTP exchanges against the project's contract (src-gen-config/bitbucket-api.yaml) with Atlassian's
 * swagger-request-validator: a request or response the contract does not allow fails the test.
 */
public final class ContractValidator {

    private static volatile OpenApiInteractionValidator validator;

    private ContractValidator() {
    }

    public static Path contractPath() {
        String p = System.getProperty("bitbucket.contract");
        return p != null ? Paths.get(p) : Paths.get("..", "src-gen-config", "bitbucket-api.yaml");
    }

    static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (ContractValidator.class) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator
                            .createForSpecificationUrl(contractPath().toUri().toString())
                            .withLevelResolver(LevelResolver.create()
                                    // OAuth is checked by the component's own tests, not by the schema validator
                                    .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                                    .build())
                            .build();
                }
            }
        }
        return validator;
    }

    /**
     * Validates the API requests (under /2.0) of the given serve events; the token endpoint is not part of the REST
     * contract. Responses are validated when {@code responses} is true.
     */
    public static List<String> validate(List<ServeEvent> events, boolean responses) {
        List<String> problems = new ArrayList<>();
        for (ServeEvent e : events) {
            LoggedRequest r = e.getRequest();
            String url = r.getUrl();
            if (!url.startsWith("/2.0/")) {
                continue;
            }
            String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            SimpleRequest.Builder rb = new SimpleRequest.Builder(Request.Method.valueOf(r.getMethod().getName()), path);
            for (var q : r.getQueryParams().entrySet()) {
                rb.withQueryParam(q.getKey(), q.getValue().values());
            }
            for (HttpHeader h : r.getHeaders().all()) {
                rb.withHeader(h.key(), h.values());
            }
            if (r.getBody() != null && r.getBody().length > 0) {
                rb.withBody(r.getBodyAsString());
            }
            ValidationReport report;
            LoggedResponse resp = e.getResponse();
            if (responses && resp != null && resp.getStatus() > 0) {
                SimpleResponse.Builder sb = SimpleResponse.Builder.status(resp.getStatus());
                String ct = resp.getHeaders() == null || !resp.getHeaders().getContentTypeHeader().isPresent()
                        ? null : resp.getHeaders().getContentTypeHeader().firstValue();
                if (ct != null) {
                    sb.withContentType(ct);
                }
                if (resp.getBody() != null && resp.getBody().length > 0) {
                    sb.withBody(resp.getBodyAsString());
                }
                report = validator().validate(rb.build(), sb.build());
            } else {
                report = validator().validateRequest(rb.build());
            }
            if (report.hasErrors()) {
                problems.add(r.getMethod() + " " + url + ": " + report.getMessages());
            }
        }
        return problems;
    }
}
