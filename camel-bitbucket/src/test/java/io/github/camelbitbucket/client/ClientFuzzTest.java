package io.github.camelbitbucket.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Fuzz tests of what the client does with text it does not control: path encoding, httpRequest paths, BBQL quoting,
 * error bodies, next links and whole answers. In every build they run in regression mode over the committed seeds
 * ({@code src/test/resources/io/github/camelbitbucket/client/ClientFuzzTestInputs/<method>/}); to fuzz one for real:
 * {@code JAZZER_FUZZ=1 mvn -B -pl camel-bitbucket test -Dtest='ClientFuzzTest#bbqlQuotingYieldsExactlyOneLiteral'}
 * (each runs for its maxDuration; new findings land in that folder and become regression seeds).
 */
class ClientFuzzTest {

    static final String BASE = "https://api.bitbucket.org/2.0";
    static final String TEMPLATE = "/repositories/{workspace}/{repo_slug}/issues";
    static final String TOKEN = "Bearer fuzz-secret-token-Zq81";
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    static boolean hasControl(String s) {
        return s.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    }

    @FuzzTest(maxDuration = "2m")
    void anyRepoSlugStaysOneSegmentUnderTheEndpoint(byte[] data) {
        String slug = text(data);
        if (slug.isBlank() || ".".equals(slug) || "..".equals(slug) || hasControl(slug)) {
            assertThatThrownBy(() -> PathTemplate.expand(TEMPLATE, n -> "workspace".equals(n) ? "acme" : slug,
                    IllegalArgumentException::new)).isInstanceOf(IllegalArgumentException.class);
            return;
        }
        String path = PathTemplate.expand(TEMPLATE, n -> "workspace".equals(n) ? "acme" : slug,
                IllegalArgumentException::new);
        URI uri = URI.create(BASE + path);

        assertThat(uri.normalize().getRawPath()).isEqualTo(uri.getRawPath());
        String[] segments = uri.getRawPath().split("/", -1);
        assertThat(segments).hasSize(6);
        assertThat(segments[3]).isEqualTo("acme");
        assertThat(segments[5]).isEqualTo("issues");
        assertThat(URLDecoder.decode(segments[4].replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(slug);
    }

    @FuzzTest(maxDuration = "2m")
    void anAcceptedHttpRequestPathStaysUnderTheBase(byte[] data) {
        String checked;
        try {
            checked = PathTemplate.checkRelativePath("/" + text(data));
        } catch (IllegalArgumentException refused) {
            return;
        }
        URI uri;
        try {
            uri = URI.create(BASE + checked.replace("{", "%7B").replace("}", "%7D"));
        } catch (IllegalArgumentException notAUri) {
            return; // HttpClient refuses it before sending
        }
        assertThat(uri.getHost()).isEqualTo("api.bitbucket.org");
        assertThat(uri.normalize().getRawPath()).startsWith("/2.0/").isEqualTo(uri.getRawPath());
    }

    @FuzzTest(maxDuration = "2m")
    void bbqlQuotingYieldsExactlyOneLiteral(byte[] data) {
        String value = text(data);
        if (hasControl(value)) {
            return;
        }
        String literal = Bbql.quote(value);

        assertThat(literal).startsWith("\"").endsWith("\"");
        StringBuilder unescaped = new StringBuilder();
        int i = 1;
        for (; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            assertThat(c).as("an unescaped quote would end the literal early").isNotEqualTo('"');
            if (c == '\\') {
                i++;
                assertThat(literal.charAt(i)).isIn('"', '\\');
                unescaped.append(literal.charAt(i));
            } else {
                unescaped.append(c);
            }
        }
        assertThat(i).isEqualTo(literal.length() - 1);
        assertThat(unescaped.toString()).isEqualTo(value);
    }

    /** The first byte picks the status (400..599), the rest is the body, as Bitbucket or anything in between sent it. */
    @FuzzTest(maxDuration = "2m")
    void anyErrorAnswerBecomesABitbucketExceptionWithoutTheToken(byte[] data) {
        int status = 400 + (data.length == 0 ? 0 : (data[0] & 0xFF) % 200);
        byte[] body = data.length == 0 ? data : java.util.Arrays.copyOfRange(data, 1, data.length);
        BitbucketRequest request = new BitbucketRequest("getWorkspace", "GET", "/workspaces/acme", Map.of(), null);
        BitbucketResponse response = new BitbucketResponse(status,
                new Header[] { new BasicHeader("Content-Type", "application/json") }, body);

        BitbucketException e = new ErrorMapper(MAPPER).toException(request, response, 1);

        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat(e.getReason()).isNotNull();
        assertThat(e.getMessage()).startsWith("Bitbucket answered HTTP " + status + " to getWorkspace")
                .doesNotContain(TOKEN);
    }

    @FuzzTest(maxDuration = "2m")
    void aNextLinkIsFollowedOnlyOnTheConfiguredOrigin(byte[] data) {
        URI base = URI.create(BASE);
        String relative;
        try {
            relative = BitbucketClient.relativeNext(base, text(data), "listIssues");
        } catch (BitbucketException refused) {
            assertThat(refused.getReason()).isEqualTo(BitbucketException.Reason.INVALID_RESPONSE);
            return;
        }
        URI followed = URI.create(BASE + relative);
        assertThat(followed.getScheme()).isEqualTo("https");
        assertThat(followed.getHost()).isEqualTo("api.bitbucket.org");
        assertThat(followed.getPort()).isIn(-1, 443);
        assertThat(followed.getRawUserInfo()).isNull();
    }

    /**
     * Any answer to a paged request (hostile JSON, not JSON, a next link elsewhere) ends in items or a
     * BitbucketException, never in another exception, a loop or a request to another host.
     */
    @FuzzTest(maxDuration = "2m")
    void anyPagedAnswerEndsInItemsOrABitbucketException(byte[] data) throws IOException {
        java.util.List<String> urls = new java.util.ArrayList<>();
        Transport canned = new Transport() {
            @Override
            public BitbucketResponse send(String method, String url, String authorization, String accept, byte[] body,
                                          org.apache.hc.core5.http.ContentType contentType) {
                urls.add(url);
                return new BitbucketResponse(200, new Header[0], urls.size() < 3 ? data : "{\"values\":[]}".getBytes());
            }

            @Override
            public void close() {
            }
        };
        Authenticator token = new Authenticator() {
            @Override
            public String authorization() {
                return TOKEN;
            }

            @Override
            public String describe() {
                return "fuzz";
            }
        };
        try (BitbucketClient client = new BitbucketClient(BASE, canned, token, new RetryPolicy(0, 1, 1), null, MAPPER)) {
            PageIterator<JsonNode> pages = client.pages(
                    new BitbucketRequest("listIssues", "GET", "/repositories/a/b/issues", Map.of(), null),
                    JsonNode.class, 0);
            try {
                pages.forEachRemaining(item -> assertThat(item).isNotNull());
            } catch (BitbucketException expected) {
                assertThat(expected.getMessage()).doesNotContain(TOKEN);
            }
        }
        assertThat(urls).isNotEmpty().allMatch(u -> u.startsWith(BASE + "/"));
    }
}
