package io.github.camelbitbucket.config;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** The options of the httpRequest action: method, path, request content type, how the answer is read. */
@UriParams
public class BitbucketHttpRequestConfiguration extends BitbucketPipelineConfiguration {

    // ---------------------------------------------------------------- httpRequest
    /** HTTP method of httpRequest. Header CamelBitbucketHttpMethod overrides. */
    @UriParam(label = "producer", enums = "GET,POST,PUT,DELETE,PATCH", defaultValue = "GET")
    private String httpMethod = "GET";
    /**
     * Path of httpRequest relative to baseUrl, e.g. /repositories/{workspace}/{repoSlug}/refs/branches; placeholders
     * are filled from options/headers. Absolute URLs and paths leaving the base are refused. Header CamelBitbucketPath
     * overrides.
     */
    @UriParam(label = "producer")
    private String path;
    /**
     * Content type of the httpRequest body (e.g. application/x-www-form-urlencoded, or multipart/form-data with its
     * boundary for /downloads and /src); the body is sent as it is. Header CamelBitbucketRequestContentType overrides.
     */
    @UriParam(label = "producer", defaultValue = "application/json")
    private String requestContentType = "application/json";
    /** Return the httpRequest answer as the JSON String instead of a Map/List. */
    @UriParam(label = "producer", defaultValue = "false")
    private boolean rawJson;
    /** Treat the httpRequest answer as a paged collection and return all values (following next). */
    @UriParam(label = "producer", defaultValue = "false")
    private boolean paginate;

    public String getHttpMethod() {
        return httpMethod;
    }

    public void setHttpMethod(String httpMethod) {
        this.httpMethod = httpMethod;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getRequestContentType() {
        return requestContentType;
    }

    public void setRequestContentType(String requestContentType) {
        this.requestContentType = requestContentType;
    }

    public boolean isRawJson() {
        return rawJson;
    }

    public void setRawJson(boolean rawJson) {
        this.rawJson = rawJson;
    }

    public boolean isPaginate() {
        return paginate;
    }

    public void setPaginate(boolean paginate) {
        this.paginate = paginate;
    }
}
