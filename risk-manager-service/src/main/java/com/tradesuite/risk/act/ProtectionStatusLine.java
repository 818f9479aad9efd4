package com.tradesuite.risk.act;

import com.tradesuite.domain.protection.ProtectionAudit;
import com.tradesuite.domain.protection.ProtectionSummary;
import com.tradesuite.risk.state.RiskSnapshot;

import java.util.function.Consumer;

import org.jboss.logging.Logger;

/** Prints the seeds' status line ("Protection: 3 protected, 0 FAILED") after an audit cycle, only when it changed. */
public final class ProtectionStatusLine {

    private static final Logger LOG = Logger.getLogger(ProtectionStatusLine.class);

    private final ProtectionAudit audit;
    private final Consumer<String> out;
    private String printed;

    public ProtectionStatusLine(ProtectionAudit audit, Consumer<String> out) {
        this.audit = audit;
        this.out = out;
    }

    public static ProtectionStatusLine toLog(ProtectionAudit audit) {
        return new ProtectionStatusLine(audit, LOG::info);
    }

    /** The summary of GET /protection for this state, e.g. "3 protected, 0 FAILED". */
    public static String summary(RiskSnapshot snapshot, ProtectionAudit audit) {
        return ProtectionSummary.of(snapshot.trading().positions(), snapshot.trading().orders(), audit).describe();
    }

    /** One audit cycle saw this state: print its line unless it is the one printed last (every second is noise). */
    public synchronized void afterAudit(RiskSnapshot snapshot) {
        String line = "Protection: " + summary(snapshot, audit);
        if (!line.equals(printed)) {
            printed = line;
            out.accept(line);
        }
    }

    /** The state is being rebuilt: the next audit prints its line whatever the last one was. */
    public synchronized void reset() {
        printed = null;
    }
}
