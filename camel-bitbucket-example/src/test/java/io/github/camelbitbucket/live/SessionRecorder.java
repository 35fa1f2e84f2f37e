package io.github.camelbitbucket.live;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * Sees every HTTP exchange of the component in order: the component is given {@link #client()} (its httpClient
 * option), whose chain keeps a copy of each request and answer. Counts the requests (the run's hourly budget) and,
 * when recording, keeps what {@link Recording} writes. Never keeps a request's headers (the credential travels there).
 */
final class SessionRecorder implements ExecChainHandler {

    /** The answer headers worth keeping: what the component and a replay read. */
    static final Set<String> KEPT_HEADERS = Set.of("content-type", "location", "date", "x-ratelimit-limit",
            "x-ratelimit-resource", "x-ratelimit-nearlimit", "retry-after");

    /** One exchange as seen on the wire (bodies as text, or base64 when they are not UTF-8). */
    record Exchange(String method, String url, String requestContentType, String requestBody, boolean requestBase64,
                    int status, Map<String, String> responseHeaders, String responseBody, boolean responseBase64) {
    }

    private final List<Exchange> exchanges = new ArrayList<>();

    /** An HttpClient 5 for the component's httpClient option: redirects stay with the component, as its own client. */
    CloseableHttpClient client() {
        // plain bodies on the wire (no gzip): what is recorded is what a replay serves
        return HttpClients.custom().disableRedirectHandling().disableAutomaticRetries()
                .disableContentCompression().addExecInterceptorLast("camel-bitbucket-session-recorder", this).build();
    }

    @Override
    public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
            throws IOException, HttpException {
        byte[] sent = null;
        String sentType = null;
        HttpEntity entity = request.getEntity();
        if (entity != null) {
            sent = EntityUtils.toByteArray(entity);
            sentType = entity.getContentType();
            request.setEntity(new ByteArrayEntity(sent, sentType == null ? null : ContentType.parseLenient(sentType)));
        }
        ClassicHttpResponse response = chain.proceed(request, scope);
        byte[] answer = null;
        if (response.getEntity() != null) {
            String type = response.getEntity().getContentType();
            answer = EntityUtils.toByteArray(response.getEntity());
            response.setEntity(new ByteArrayEntity(answer, type == null ? null : ContentType.parseLenient(type)));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : response.getHeaders()) {
            if (KEPT_HEADERS.contains(h.getName().toLowerCase(Locale.ROOT))) {
                headers.put(h.getName(), h.getValue());
            }
        }
        String url;
        try {
            url = request.getUri().toString();
        } catch (java.net.URISyntaxException e) {
            url = request.getRequestUri();
        }
        synchronized (exchanges) {
            exchanges.add(new Exchange(request.getMethod(), url, sentType, text(sent), !isText(sent), response.getCode(),
                    headers, text(answer), !isText(answer)));
        }
        return response;
    }

    /** What was exchanged so far, in order. */
    List<Exchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    /** How many requests went out (the run's budget). */
    int requests() {
        synchronized (exchanges) {
            return exchanges.size();
        }
    }

    private static boolean isText(byte[] bytes) {
        if (bytes == null) {
            return true;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String text(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        return isText(bytes) ? new String(bytes, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(bytes);
    }
}
