package com.tradesuite.risk.reconcile;

import com.tradesuite.broker.model.TradeUpdate;
import com.tradesuite.broker.ws.TradeUpdateListener;

/**
 * The account watcher's stream listener, plus a reconciliation after every reconnect (updates may have been lost) and
 * none while the stream is down.
 */
public final class ReconnectReconciles implements TradeUpdateListener {

    private final TradeUpdateListener watcher;
    private final ReconciliationSchedule reconciliation;

    public ReconnectReconciles(TradeUpdateListener watcher, ReconciliationSchedule reconciliation) {
        this.watcher = watcher;
        this.reconciliation = reconciliation;
    }

    @Override
    public void onUpdate(TradeUpdate update) {
        watcher.onUpdate(update);
    }

    @Override
    public void onListening(int connection) {
        reconciliation.streamUp(this); // first: the watcher's catch-up callback requests the start reconciliation
        watcher.onListening(connection);
        if (connection > 1) {
            reconciliation.request("reconnect " + connection);
        }
    }

    @Override
    public void onDisconnected(String reason) {
        reconciliation.streamDown(this);
        watcher.onDisconnected(reason);
    }

    @Override
    public void onError(Exception error) {
        watcher.onError(error);
    }
}
