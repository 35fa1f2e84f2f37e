package io.github.camelbitbucket;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import io.github.camelbitbucket.client.Bbql;
import io.github.camelbitbucket.client.PathTemplate;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Property-based checks (jqwik) of path encoding, httpRequest path checks and BBQL quoting, for any string. */
class EncodingProperties {

    static final String BASE = "https://api.bitbucket.org/2.0";
    static final String TEMPLATE = "/repositories/{workspace}/{repo_slug}/issues";

    static boolean hasControl(String s) {
        return s.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    }

    @Property(tries = 3000)
    void anyRepoSlugStaysOneSegmentUnderTheEndpoint(@ForAll @StringLength(min = 1, max = 40) String slug) {
        Assume.that(!slug.isBlank() && !".".equals(slug) && !"..".equals(slug) && !hasControl(slug));

        String path = PathTemplate.expand(TEMPLATE, n -> "workspace".equals(n) ? "acme" : slug,
                IllegalArgumentException::new);
        URI uri = URI.create(BASE + path);

        assertThat(uri.normalize().getRawPath()).isEqualTo(uri.getRawPath());
        String[] segments = uri.getRawPath().split("/", -1);
        assertThat(segments).hasSize(6);
        assertThat(segments[1]).isEqualTo("2.0");
        assertThat(segments[3]).isEqualTo("acme");
        assertThat(segments[5]).isEqualTo("issues");
        assertThat(URLDecoder.decode(segments[4].replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(slug);
    }

    @Property(tries = 200)
    void dotSegmentsAndControlCharactersAreRefused(@ForAll @StringLength(max = 10) String suffix) {
        for (String bad : new String[] { ".", "..", "a\n" + suffix, suffix + "\r" }) {
            assertThatThrownBy(() -> PathTemplate.expand(TEMPLATE, n -> bad, IllegalArgumentException::new))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Property(tries = 3000)
    void anAcceptedHttpRequestPathStaysUnderTheBase(@ForAll @StringLength(max = 60) String tail) {
        String candidate = "/" + tail;
        String checked;
        try {
            checked = PathTemplate.checkRelativePath(candidate);
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
        String normalized = uri.normalize().getRawPath();
        assertThat(normalized).startsWith("/2.0/");
        assertThat(normalized).isEqualTo(uri.getRawPath());
    }

    @Property(tries = 3000)
    void bbqlQuotingYieldsExactlyOneLiteral(@ForAll @StringLength(max = 60) String value) {
        Assume.that(!hasControl(value));

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
}
