package io.github.camelbitbucket.client;

import java.io.IOException;
import java.io.InputStream;

import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.pool.ConnPoolControl;
import org.apache.hc.core5.pool.PoolStats;

/** Sends one HTTP exchange with Apache HttpClient 5 and reads the whole answer; connections go back to the pool. */
public final class HttpTransport implements Transport {

    private static final byte[] EMPTY = new byte[0];

    /** URLs already parsed: a template call sends the same URL again and again (bounded: paging URLs vary). */
    private static final int PARSED_URLS = 512;
    private final java.util.Map<String, java.net.URI> parsed = new java.util.concurrent.ConcurrentHashMap<>();
    private final CloseableHttpClient http;
    private final boolean owned;
    private final ConnPoolControl<HttpRoute> pool;

    public HttpTransport(CloseableHttpClient http, boolean owned) {
        this(http, owned, null);
    }

    /** @param pool the connection pool behind {@code http}, for {@link #poolStats()} (null if unknown) */
    public HttpTransport(CloseableHttpClient http, boolean owned, ConnPoolControl<HttpRoute> pool) {
        this.http = http;
        this.owned = owned;
        this.pool = pool;
    }

    /** Leased, available and pending connections of the component's pool; null for a user-supplied client. */
    @Override
    public PoolStats poolStats() {
        return pool == null ? null : pool.getTotalStats();
    }

    @Override
    public BitbucketResponse send(String method, String url, String authorization, String accept, byte[] body,
                                  ContentType contentType)
            throws IOException {
        return send(method, url, authorization, accept, body, contentType, null);
    }

    @Override
    public BitbucketResponse send(String method, String url, String authorization, String accept, byte[] body,
                                  ContentType contentType, BodyReader<?> reader)
            throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase(method, uri(url));
        if (authorization != null) {
            request.setHeader("Authorization", authorization);
        }
        request.setHeader("Accept", accept);
        if (body != null) {
            request.setEntity(new ByteArrayEntity(body, contentType));
        }
        return http.execute(request, response -> {
            HttpEntity entity = response.getEntity();
            if (reader != null && response.getCode() / 100 == 2 && entity != null && entity.getContentLength() != 0) {
                // one pass: parsed from the connection's stream, no copy of the body
                Object value;
                try (InputStream in = entity.getContent()) {
                    value = reader.read(in, entity.getContentType());
                }
                return new BitbucketResponse(response.getCode(), response.getHeaders(), EMPTY, value);
            }
            byte[] bytes = entity == null ? EMPTY : EntityUtils.toByteArray(entity);
            return new BitbucketResponse(response.getCode(), response.getHeaders(), bytes == null ? EMPTY : bytes);
        });
    }

    private java.net.URI uri(String url) {
        java.net.URI uri = parsed.get(url);
        if (uri == null) {
            uri = java.net.URI.create(url);
            if (parsed.size() < PARSED_URLS) {
                parsed.put(url, uri);
            }
        }
        return uri;
    }

    @Override
    public void close() throws IOException {
        if (owned) {
            http.close();
        }
    }
}
