package com.tradesuite.seller.config;

import java.time.Duration;
import java.util.Optional;

import com.tradesuite.domain.exit.MarketCloseRule;
import com.tradesuite.domain.exit.TakeProfitExtension;
import com.tradesuite.domain.exit.TimeExitRule;

/**
 * The seller's exits beyond trailing as the pure code takes them, built once from {@link SellerExitsConfig}.
 *
 * @param signalExit close a held position on {@code ExitSignalled}
 * @param timeExit the maximum holding period (off when zero)
 * @param marketClose the end-of-day flatten (off when zero)
 * @param takeProfit the momentum take-profit extension, empty when off
 */
public record SellerExitSettings(boolean signalExit, TimeExitRule timeExit, MarketCloseRule marketClose,
                                 Optional<TakeProfitExtension> takeProfit) {

    /** Everything off: what a seller built without the exits configuration does. */
    public static SellerExitSettings off() {
        return new SellerExitSettings(false, new TimeExitRule(Duration.ZERO),
                new MarketCloseRule(Duration.ZERO), Optional.empty());
    }
}
