package io.github.camelbitbucket.trigger;

import java.util.Objects;

import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A consumer's exception handler that logs a failure's stack trace once and each repetition of the same failure (same
 * exception type and message, e.g. a wrong secret answered 401 on every poll) as one WARN line, until something else
 * happens or {@link #reset()} says a poll succeeded. Wraps the handler Camel gave the consumer; a handler the user set
 * (bridgeErrorHandler, exceptionHandler) is not wrapped.
 */
public final class RepeatedFailureLog implements ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RepeatedFailureLog.class);

    private final ExceptionHandler first;
    private String last;
    private long repeats;

    public RepeatedFailureLog(ExceptionHandler first) {
        this.first = first;
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        String signature = exception == null ? message
                : exception.getClass().getName() + ": " + exception.getMessage();
        boolean repeated;
        long count;
        synchronized (this) {
            repeated = Objects.equals(signature, last);
            last = signature;
            repeats = repeated ? repeats + 1 : 0;
            count = repeats + 1;
        }
        if (!repeated) {
            first.handleException(message, exchange, exception);
        } else {
            LOG.warn("{}{} (the same failure {} times in a row; its stack trace was logged the first time)",
                    message == null ? "" : message + ": ", exception == null ? "" : exception.getMessage(), count);
        }
    }

    /** A poll succeeded: the next failure is logged whole again. */
    public synchronized void reset() {
        last = null;
        repeats = 0;
    }
}
