package io.github.camelbitbucket.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.apache.hc.core5.http.ContentType;

/**
 * The ways the client reads an answer, each in one pass over the entity stream: a typed model, a page of typed items
 * (only {@code values} and {@code next} are bound, every other field is skipped by the parser without building a tree),
 * and the raw answer of httpRequest. Jackson readers are built once per type.
 */
final class BodyReaders {

    /** One page of a paged collection: its items, typed, and the opaque next link (null on the last page). */
    record Page<T>(List<T> items, String next) {
    }

    private final ObjectMapper mapper;
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    BodyReaders(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    private ObjectReader reader(Class<?> type) {
        return readers.computeIfAbsent(type, mapper::readerFor);
    }

    /** The answer as one model object. */
    <T> BodyReader<T> typed(String operation, Class<T> type) {
        ObjectReader reader = reader(type);
        return (in, contentType) -> {
            try (JsonParser parser = reader.createParser(in)) {
                return parser.nextToken() == null ? null : reader.<T> readValue(parser);
            } catch (JsonProcessingException e) {
                throw invalid("The answer to " + operation + " could not be read as " + type.getSimpleName() + ": "
                              + e.getOriginalMessage(), e);
            }
        };
    }

    /** A page: the {@code values} array bound item by item as the parser reaches it, then {@code next}. */
    <T> BodyReader<Page<T>> page(String operation, Class<T> itemType) {
        ObjectReader reader = reader(itemType);
        return (in, contentType) -> {
            try (JsonParser p = reader.createParser(in)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw notPaged(operation);
                }
                List<T> items = null;
                String next = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if ("values".equals(name) && value == JsonToken.START_ARRAY) {
                        items = new ArrayList<>();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            items.add(reader.<T> readValue(p)); // null, or a NullNode for JsonNode items, as written
                        }
                    } else if ("next".equals(name) && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                        next = p.getValueAsString();
                        next = next == null || next.isEmpty() ? null : next;
                    } else {
                        p.skipChildren();
                    }
                }
                if (items == null) {
                    throw notPaged(operation);
                }
                return new Page<>(items, next);
            } catch (JsonProcessingException e) {
                throw invalid("Cannot read a page of " + operation + " as " + itemType.getSimpleName() + " items: "
                              + e.getOriginalMessage(), e);
            }
        };
    }

    private static BitbucketException notPaged(String operation) {
        return invalid("The answer to " + operation + " is not a paged collection (no 'values' array)", null);
    }

    /**
     * The answer of httpRequest as Bitbucket sent it: JSON as Map/List (or the String with {@code rawJson}), text (a
     * diff, a patch, a log) as String, anything else (a download) as bytes. Nothing is dropped: what cannot be read as
     * its type stays text. Reads the bytes first, as the type is only known for sure once they are in.
     */
    BodyReader<Object> raw(boolean rawJson) {
        return (in, type) -> {
            byte[] bytes = in.readAllBytes();
            if (bytes.length == 0) {
                return null;
            }
            Media media = Media.of(type);
            boolean json = media.mime().isEmpty() || media.mime().equals("application/json")
                           || media.mime().endsWith("+json");
            if (json && !rawJson) {
                try {
                    return mapper.readValue(bytes, Object.class);
                } catch (IOException notJson) {
                    // not JSON after all (no content type): hand it over as text rather than dropping it
                    return new String(bytes, media.charset());
                }
            }
            if (json || media.mime().startsWith("text/") || media.mime().endsWith("xml")) {
                return new String(bytes, media.charset());
            }
            return bytes;
        };
    }

    /**
     * A file or log as stored: with {@code text}, a String in the answer's charset (UTF-8 when it names none); else a
     * String for a textual content type (text/*, JSON, XML, YAML, JavaScript) and the bytes for any other.
     */
    BodyReader<Object> content(boolean text) {
        return (in, type) -> {
            byte[] bytes = in.readAllBytes();
            Media media = Media.of(type);
            String mime = media.mime();
            boolean textual = mime.startsWith("text/") || mime.endsWith("json") || mime.endsWith("xml")
                              || mime.contains("yaml") || mime.contains("javascript");
            return text || textual ? new String(bytes, media.charset()) : bytes;
        };
    }

    /** An answer's media type, lower case ("" when it names none), and its charset (UTF-8 when it names none). */
    private record Media(String mime, Charset charset) {
        static Media of(String type) {
            ContentType contentType = type == null ? null : ContentType.parseLenient(type);
            return new Media(contentType == null || contentType.getMimeType() == null ? ""
                    : contentType.getMimeType().toLowerCase(Locale.ROOT),
                    contentType == null || contentType.getCharset() == null ? StandardCharsets.UTF_8
                            : contentType.getCharset());
        }
    }

    private static BitbucketException invalid(String message, Exception cause) {
        return new BitbucketException(message, BitbucketException.Reason.INVALID_RESPONSE, cause);
    }
}
