package io.github.camelbitbucket.standin;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON and Bitbucket's timestamp format (microseconds, numeric offset), shared by the stand-in's parts. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter BITBUCKET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private Json() {
    }

    static String now() {
        return format(OffsetDateTime.now(ZoneOffset.UTC));
    }

    static String format(OffsetDateTime t) {
        return t.truncatedTo(ChronoUnit.MICROS).format(BITBUCKET_TIME);
    }
}
