package com.tradesuite.service.testapp;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;

import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;

/** Renders a record exactly as the running application's console handler would print it. */
final class ConsoleLog {

    private ConsoleLog() {
    }

    static String render(String message) {
        List<Formatter> formatters = new ArrayList<>();
        collect(LogContext.getLogContext().getLogger("").getHandlers(), formatters);
        if (formatters.size() != 1) {
            throw new AssertionError("expected one console handler, found " + formatters.size());
        }
        ExtLogRecord record = new ExtLogRecord(Level.INFO, message, ExtLogRecord.FormatStyle.NO_FORMAT,
                ConsoleLog.class.getName());
        record.setLoggerName("tradesuite.decision");
        return formatters.get(0).format(record).strip();
    }

    private static void collect(Handler[] handlers, List<Formatter> formatters) {
        for (Handler handler : handlers) {
            if (handler instanceof ConsoleHandler) {
                formatters.add(handler.getFormatter());
            } else if (handler instanceof ExtHandler ext) {
                // Quarkus nests its handlers (delayed, async) inside one another.
                collect(ext.getHandlers(), formatters);
            }
        }
    }
}
