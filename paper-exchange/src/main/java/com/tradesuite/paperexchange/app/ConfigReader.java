package com.tradesuite.paperexchange.app;

import com.tradesuite.paperexchange.InvalidConfigException;
import com.tradesuite.paperexchange.PaperExchangeConfig;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Builds a {@link PaperExchangeConfig} from `paper-exchange.*` keys; an unparsable value names its key. */
public final class ConfigReader {

    private final Function<String, Optional<String>> source;

    /** @param source looks a key up (MicroProfile Config in the app, a map in tests) */
    public ConfigReader(Function<String, Optional<String>> source) {
        this.source = source;
    }

    public PaperExchangeConfig read() {
        PaperExchangeConfig.Builder builder = PaperExchangeConfig.builder()
                .host(text("paper-exchange.host").orElse("0.0.0.0"))
                .port(integer("quarkus.http.port").orElse(PaperExchangeConfig.DEFAULT_PORT))
                .seed(parse("paper-exchange.seed", Long::parseLong).orElse(42L))
                .speedUp(parse("paper-exchange.speed-up", Double::parseDouble).orElse(60.0))
                .startingCash(parse("paper-exchange.starting-cash", BigDecimal::new).orElse(new BigDecimal("100000")))
                .historyBars(integer("paper-exchange.history-bars").orElse(390))
                .rateLimitPerMinute(integer("paper-exchange.rate-limit-per-minute").orElse(200))
                .replacesSettleOnNextBar(parse("paper-exchange.replaces-settle-on-next-bar", ConfigReader::bool)
                        .orElse(false));
        text("paper-exchange.symbols").ifPresent(value -> builder.symbols(symbols(value)));
        text("paper-exchange.csv-file").ifPresent(value -> builder.csvFiles(symbols(value).stream().map(Path::of)
                .toList()));
        parse("paper-exchange.csv-zone", ZoneId::of).ifPresent(builder::csvZone);
        parse("paper-exchange.csv-skip-bad-rows", ConfigReader::bool).ifPresent(builder::skipBadRows);
        parse("paper-exchange.extended-hours", ConfigReader::bool).ifPresent(builder::extendedHours);
        parse("paper-exchange.session-start", ConfigReader::instant).ifPresent(builder::sessionStart);
        text("paper-exchange.api-key-id").ifPresent(builder::apiKeyId);
        text("paper-exchange.api-secret-key").ifPresent(builder::apiSecretKey);
        parse("paper-exchange.max-fill-qty-per-bar", BigDecimal::new).ifPresent(builder::maxFillQtyPerBar);
        return builder.build().validate();
    }

    private Optional<String> text(String key) {
        return source.apply(key).map(String::trim).filter(value -> !value.isEmpty());
    }

    private Optional<Integer> integer(String key) {
        return parse(key, Integer::parseInt);
    }

    private <T> Optional<T> parse(String key, Function<String, T> parser) {
        Optional<String> raw = text(key);
        try {
            return raw.map(parser);
        } catch (RuntimeException e) {
            throw new InvalidConfigException(key, "cannot parse '" + raw.orElse("") + "'");
        }
    }

    private static List<String> symbols(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean bool(String value) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(value);
        }
        return Boolean.parseBoolean(value);
    }

    /** ISO instant with offset, or a local date-time read in New York. */
    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(value).atZone(PaperExchangeConfig.NEW_YORK).toInstant();
        }
    }
}
