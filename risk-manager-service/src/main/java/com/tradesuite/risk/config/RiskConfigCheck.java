package com.tradesuite.risk.config;

import com.tradesuite.service.InvalidConfigException;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Rules between two risk keys, checked at startup: a violation stops it naming both keys. */
@Startup
@ApplicationScoped
public class RiskConfigCheck {

    public static final String REPROTECT_BACKOFF = RiskConfig.PREFIX + "protection.reprotect-backoff";
    public static final String REPROTECT_BACKOFF_MAX = RiskConfig.PREFIX + "protection.reprotect-backoff-max";
    public static final String RECONCILE_INTERVAL = RiskConfig.PREFIX + "reconcile.interval";
    public static final String RECONCILE_CONFIRM_DELAY = RiskConfig.PREFIX + "reconcile.confirm-delay";

    @Inject
    RiskConfig config;

    @PostConstruct
    void onStart() {
        check(config);
    }

    public static void check(RiskConfig config) {
        RiskConfig.Protection protection = config.protection();
        if (protection.reprotectBackoffMax().compareTo(protection.reprotectBackoff()) < 0) {
            throw new InvalidConfigException(REPROTECT_BACKOFF_MAX, protection.reprotectBackoffMax()
                    + " is below " + REPROTECT_BACKOFF + " (" + protection.reprotectBackoff() + ")");
        }
        RiskConfig.Reconcile reconcile = config.reconcile();
        if (reconcile.confirmDelay().compareTo(reconcile.interval()) >= 0) {
            throw new InvalidConfigException(RECONCILE_CONFIRM_DELAY, reconcile.confirmDelay()
                    + " must be shorter than " + RECONCILE_INTERVAL + " (" + reconcile.interval() + ")");
        }
    }
}
