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
    public static final String OPERATOR_TOKEN = RiskConfig.PREFIX + "operator-token";
    /** The shortest operator token accepted: a guessable token is worse than none. */
    static final int OPERATOR_TOKEN_MIN_LENGTH = 16;
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
        config.operatorToken().ifPresent(token -> {
            // The value is a secret: the message names the key and the rule, never the value.
            if (token.strip().length() < OPERATOR_TOKEN_MIN_LENGTH) {
                throw new InvalidConfigException(OPERATOR_TOKEN, "must be at least " + OPERATOR_TOKEN_MIN_LENGTH
                        + " characters (not blank); the value is not shown");
            }
        });
    }
}
