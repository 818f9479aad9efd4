package com.tradesuite.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Writes {@code src/test/resources/bars/two-days.csv}, the bar file {@link CsvSessionIT} plays: six ETFs over two New
 * York trading days, seeded, so the same file comes out every time. What real minute data holds is in it on purpose:
 * minutes without a bar (about 4% per symbol), pre-market bars (04:00-09:29 on day two, every third minute, skipped by
 * a regular-hours run), sub-penny prices (four decimals), local New York timestamps, decimal volumes, and an
 * overnight gap: after a volatile afternoon with trend regimes, day one calms down from 15:15, every symbol breaks out
 * by 1% at 15:40 (a momentum signal whose limit entry fills on the small dip after it) and then creeps up quietly to
 * the close (a trailing stop has nothing to hit), so positions stay open over the night; day two opens 7% lower,
 * through their stops.
 *
 * <p>It needs nothing but the JDK; regenerate from the repository root with {@code java
 * local-stack/src/test/java/com/tradesuite/localstack/CsvSessionBars.java
 * local-stack/src/test/resources/bars/two-days.csv}.
 */
public final class CsvSessionBars {

    static final List<String> SYMBOLS = List.of("GLD", "IWM", "QQQ", "TLT", "XLE", "XLF");
    static final LocalDate DAY_ONE = LocalDate.of(2026, 11, 19);
    static final LocalDate DAY_TWO = LocalDate.of(2026, 11, 20);
    /** Day one is played from here (the scanner warms up on its first bars) to the close. */
    static final LocalTime DAY_ONE_FROM = LocalTime.of(12, 30);
    static final LocalTime CALM_FROM = LocalTime.of(15, 15);
    static final LocalTime BREAKOUT_AT = LocalTime.of(15, 40);
    static final LocalTime DAY_TWO_UNTIL = LocalTime.of(11, 0);
    /** Day two opens this much below day one's close. */
    static final double OVERNIGHT_GAP = -0.07;

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final double MISSING_MINUTE = 0.04;
    private static final long SEED = 20261119L;

    private CsvSessionBars() {
    }

    public static void main(String[] args) {
        Path target = Path.of(args.length > 0 ? args[0] : "local-stack/src/test/resources/bars/two-days.csv");
        try {
            Files.write(target, lines(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("wrote " + target);
    }

    /** The file's lines: a header, then the bars in time order, symbols interleaved. */
    static List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("# Synthetic: written by CsvSessionBars (local-stack test sources); New York local time.");
        lines.add("symbol,timestamp,open,high,low,close,volume");
        List<Walk> walks = new ArrayList<>();
        for (int i = 0; i < SYMBOLS.size(); i++) {
            walks.add(new Walk(SYMBOLS.get(i), new Random(SEED * 31 + i), 40 + 45 * i));
        }
        for (LocalTime time = DAY_ONE_FROM; time.isBefore(LocalTime.of(16, 0)); time = time.plusMinutes(1)) {
            Phase phase = Phase.at(time);
            for (Walk walk : walks) {
                walk.bar(DAY_ONE.atTime(time), phase.drift, phase.noise, !time.isBefore(BREAKOUT_AT))
                        .ifPresent(lines::add);
            }
        }
        for (Walk walk : walks) {
            walk.gapTowards(OVERNIGHT_GAP);
        }
        for (LocalTime time = LocalTime.of(4, 0); time.isBefore(DAY_TWO_UNTIL); time = time.plusMinutes(1)) {
            boolean preMarket = time.isBefore(LocalTime.of(9, 30));
            if (preMarket && time.getMinute() % 3 != 0) {
                continue;
            }
            for (Walk walk : walks) {
                boolean open = time.equals(LocalTime.of(9, 30));
                double drift = preMarket ? walk.preMarketDrift() : Double.NaN;
                walk.bar(DAY_TWO.atTime(time), drift, preMarket ? 0.0004 : Phase.RANDOM.noise, open)
                        .ifPresent(lines::add);
            }
        }
        return lines;
    }

    /** The first bar of day two's regular session, in UTC. */
    static Instant dayTwoOpen() {
        return DAY_TWO.atTime(9, 30).atZone(NEW_YORK).toInstant();
    }

    /** How day one's minutes move: NaN drift means the symbol's own trend regime. */
    private enum Phase {
        RANDOM(Double.NaN, 0.0025),
        CALM(0, 0.0005),
        BREAKOUT(0.010, 0.0001),
        DIP(-0.0006, 0.0001),
        CREEP(0.00002, 0.00003);

        final double drift;
        final double noise;

        Phase(double drift, double noise) {
            this.drift = drift;
            this.noise = noise;
        }

        static Phase at(LocalTime time) {
            if (time.isBefore(CALM_FROM)) {
                return RANDOM;
            }
            if (time.isBefore(BREAKOUT_AT)) {
                return CALM;
            }
            if (time.equals(BREAKOUT_AT)) {
                return BREAKOUT;
            }
            return time.equals(BREAKOUT_AT.plusMinutes(1)) ? DIP : CREEP;
        }
    }

    /** One symbol's seeded random walk with trend regimes; NaN drift means its own regime. */
    private static final class Walk {
        private final String symbol;
        private final Random random;
        private double price;
        private double regimeDrift;
        private double gapTarget;
        private int preMarketBarsLeft;

        Walk(String symbol, Random random, double price) {
            this.symbol = symbol;
            this.random = random;
            this.price = price + random.nextDouble();
            switchRegime();
        }

        Optional<String> bar(LocalDateTime at, double drift, double noise, boolean keep) {
            if (random.nextDouble() < 0.01) {
                switchRegime();
            }
            double step = (Double.isNaN(drift) ? regimeDrift : drift) + noise * random.nextGaussian();
            double open = price;
            double close = open * Math.exp(step);
            double high = Math.max(open, close) * (1 + Math.abs(random.nextGaussian()) * noise * 0.6);
            double low = Math.min(open, close) * (1 - Math.abs(random.nextGaussian()) * noise * 0.6);
            price = close;
            if (!keep && random.nextDouble() < MISSING_MINUTE) {
                return Optional.empty(); // no trade that minute: the price moved on without a bar
            }
            double volume = 5_000 + random.nextDouble() * 20_000;
            return Optional.of(String.format(Locale.ROOT, "%s,%s,%.4f,%.4f,%.4f,%.4f,%.1f", symbol,
                    LOCAL.format(at), open, high, low, close, volume));
        }

        /** Day two's pre-market walks to the gap level; the open then starts exactly there. */
        void gapTowards(double gap) {
            gapTarget = price * (1 + gap);
            preMarketBarsLeft = (9 * 60 + 30 - 4 * 60) / 3;
        }

        double preMarketDrift() {
            double drift = Math.log(gapTarget / price) / Math.max(1, preMarketBarsLeft);
            preMarketBarsLeft--;
            return drift;
        }

        private void switchRegime() {
            regimeDrift = (random.nextInt(3) - 1) * 0.0004;
        }
    }
}
