package com.tradesuite.risk.reconcile;

import com.tradesuite.broker.model.TradeUpdate;
import com.tradesuite.broker.ws.TradeUpdateListener;

/** The account watcher's stream listener, plus a reconciliation after every reconnect (updates may have been lost). */
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
        watcher.onListening(connection);
        if (connection > 1) {
            reconciliation.request("reconnect " + connection);
        }
    }

    @Override
    public void onDisconnected(String reason) {
        watcher.onDisconnected(reason);
    }

    @Override
    public void onError(Exception error) {
        watcher.onError(error);
    }
}
