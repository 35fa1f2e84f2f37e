package io.github.camelbitbucket;

import java.io.StringWriter;
import java.util.List;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures every log event at TRACE for a whole test class, except HttpClient's wire and header loggers, which print
 * raw HTTP (including the Authorization header) by design and must stay off in production.
 */
public final class TraceLogCapture implements BeforeAllCallback, AfterAllCallback {

    static final List<String> RAW_HTTP_LOGGERS = List.of("org.apache.hc.client5.http.wire",
            "org.apache.hc.client5.http.headers");

    private final StringWriter captured = new StringWriter();
    private WriterAppender appender;

    @Override
    public void beforeAll(ExtensionContext context) {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        appender = WriterAppender.createAppender(PatternLayout.newBuilder().withPattern("%p %c %m %ex%n").build(), null,
                captured, "trace-capture", false, true);
        appender.start();
        config.addAppender(appender);
        config.getRootLogger().addAppender(appender, Level.TRACE, null);
        config.getRootLogger().setLevel(Level.TRACE);
        for (String raw : RAW_HTTP_LOGGERS) {
            config.addLogger(raw, new LoggerConfig(raw, Level.OFF, false));
        }
        ctx.updateLoggers();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().getRootLogger().removeAppender("trace-capture");
        ctx.getConfiguration().getRootLogger().setLevel(Level.INFO);
        ctx.updateLoggers();
        appender.stop();
    }

    /** Everything logged so far. */
    public String text() {
        return captured.toString();
    }
}
