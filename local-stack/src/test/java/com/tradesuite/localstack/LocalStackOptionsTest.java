package com.tradesuite.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.tradesuite.bars.BarFileFormat;

class LocalStackOptionsTest {

    @Test
    void defaultsRunOneSeededTradingDayOnTheDocumentedPorts() {
        LocalStackOptions options = LocalStackOptions.parse(List.of());

        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.basePort()).isEqualTo(8081);
        assertThat(options.exchangePort()).isEqualTo(8089);
        assertThat(options.symbols()).isEqualTo(LocalStackOptions.DEFAULT_SYMBOLS);
        assertThat(options.sessionLength()).isEqualTo(Duration.ofMinutes(390));
        assertThat(options.speedUp()).isEqualTo(120);
        assertThat(options.seed()).isEqualTo(42);
        assertThat(options.bars().replay()).isFalse();
        assertThat(options.bars().format()).isEqualTo(BarFileFormat.defaults());
        assertThat(options.help()).isFalse();
        assertThat(options.backtest()).isFalse();
        assertThat(options.readModel().enabled()).isFalse();
    }

    @Test
    void givenReadModelWithoutAUrl_whenParsed_thenTheMonitorsVariablesOrAnEmbeddedPostgres() {
        ReadModelOption embedded = LocalStackOptions.parse(List.of("--read-model"), Map.of()).readModel();
        ReadModelOption fromEnv = LocalStackOptions.parse(List.of("--read-model"), Map.of(
                "MONITOR_READ_MODEL_URL", "jdbc:postgresql://db:5432/tradesuite",
                "MONITOR_READ_MODEL_USER", "tradesuite", "MONITOR_READ_MODEL_PASSWORD", "s3cret")).readModel();

        assertThat(embedded.enabled()).isTrue();
        assertThat(embedded.embedded()).isTrue();
        assertThat(fromEnv.embedded()).isFalse();
        assertThat(fromEnv.url()).contains("jdbc:postgresql://db:5432/tradesuite");
        assertThat(fromEnv.user()).isEqualTo("tradesuite");
        assertThat(fromEnv.password()).isEqualTo("s3cret");
        assertThat(fromEnv.toString()).doesNotContain("s3cret");
    }

    @Test
    void givenAReadModelUrl_whenParsed_thenItWinsOverTheEnvironmentAndABadOneIsNamed() {
        ReadModelOption option = LocalStackOptions.parse(List.of("--read-model-url",
                "jdbc:postgresql://localhost:5433/rm"), Map.of("MONITOR_READ_MODEL_URL",
                "jdbc:postgresql://db:5432/tradesuite")).readModel();

        assertThat(option.enabled()).isTrue();
        assertThat(option.url()).contains("jdbc:postgresql://localhost:5433/rm");
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--read-model-url", "postgres://x/y"), Map.of()))
                .hasMessageContaining("--read-model-url").hasMessageContaining("not a PostgreSQL JDBC URL");
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--read-model-url"), Map.of()))
                .hasMessage("--read-model-url needs a value");
    }

    @Test
    void givenTheMonitorsVariablesButNoReadModelOption_whenParsed_thenTheRunStartsNoDatabase() {
        assertThat(LocalStackOptions.parse(List.of(), Map.of("MONITOR_READ_MODEL_URL",
                "jdbc:postgresql://db:5432/tradesuite")).readModel().enabled()).isFalse();
    }

    @Test
    void backtestMovesTheClockInLockstepAndNeedsASession() {
        assertThat(LocalStackOptions.parse(List.of("--backtest")).backtest()).isTrue();
        assertThat(LocalStackOptions.parse(List.of("--backtest", "--session", "90m")).sessionLength())
                .isEqualTo(Duration.ofMinutes(90));
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--backtest", "--no-session")))
                .hasMessage("--backtest needs a session: it cannot be combined with --no-session");
    }

    @Test
    void sessionLengthsAcceptShortAndIsoForms() {
        assertThat(LocalStackOptions.parse(List.of("--session", "90s")).sessionLength())
                .isEqualTo(Duration.ofSeconds(90));
        assertThat(LocalStackOptions.parse(List.of("--session", "5m")).sessionLength())
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(LocalStackOptions.parse(List.of("--session", "PT1H")).sessionLength())
                .isEqualTo(Duration.ofHours(1));
        assertThat(LocalStackOptions.parse(List.of("--no-session")).sessionLength()).isNull();
    }

    @Test
    void symbolsAreNormalisedAndDeduplicated() {
        assertThat(LocalStackOptions.parse(List.of("--symbols", "aapl, msft,AAPL")).symbols())
                .containsExactly("AAPL", "MSFT");
    }

    @Test
    void aBadValueNamesTheOption() {
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--kafka-port", "nine")))
                .hasMessage("--kafka-port: 'nine' is not a number");
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--session", "soon")))
                .hasMessageStartingWith("--session: 'soon'");
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--speed-up", "0")))
                .hasMessage("--speed-up: 0 must be a positive number");
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--symbols", "A;B")))
                .hasMessageStartingWith("--symbols:");
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--csv", "/no/such/file.csv")))
                .hasMessage("--csv: cannot read /no/such/file.csv");
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--base-port")))
                .hasMessage("--base-port needs a value");
    }

    @Test
    void scaleRunsMoreInstancesOfThePartitionScaledServicesOnly() {
        LocalStackOptions options = LocalStackOptions.parse(
                List.of("--scale", "seller-service=2,risk-manager-service=3"));

        assertThat(options.instancesOf("seller-service")).isEqualTo(2);
        assertThat(options.instancesOf("risk-manager-service")).isEqualTo(3);
        assertThat(options.instancesOf("buyer-service")).isEqualTo(1);
        assertThat(LocalStackOptions.parse(List.of()).instancesOf("seller-service")).isEqualTo(1);
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--scale", "buyer-service=2")))
                .hasMessageStartingWith("--scale: 'buyer-service=2' is not <service>=<instances>");
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--scale", "seller-service=7")))
                .hasMessage("--scale: seller-service=7 is outside 1..6 (the partition count)");
    }

    @Test
    void givenSeveralCsvPathsAndTheirFlags_whenParsed_thenTheSessionCoversTheFilesUnlessASessionIsGiven(
            @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("AAPL.csv"), "2026-11-20 09:30:00,1,2,0.5,1.5,10\n");

        LocalStackOptions options = LocalStackOptions.parse(List.of("--csv", file.toString(), "--csv",
                dir.toString(), "--csv-zone", "UTC", "--skip-bad-rows", "--extended-hours"));
        LocalStackOptions limited = LocalStackOptions.parse(List.of("--csv", file.toString(), "--session", "1h",
                "--symbols", "AAPL"));

        assertThat(options.bars().files()).containsExactly(file, dir);
        assertThat(options.bars().format()).isEqualTo(new BarFileFormat(ZoneId.of("UTC"), true));
        assertThat(options.bars().extendedHours()).isTrue();
        assertThat(options.bars().throughLastBar()).isTrue();
        assertThat(options.bars().symbolsChosen()).isFalse();
        assertThat(limited.bars().throughLastBar()).isFalse();
        assertThat(limited.bars().symbolsChosen()).isTrue();
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--csv-zone", "Mars/Olympus")))
                .hasMessageStartingWith("--csv-zone: 'Mars/Olympus' is not a time zone");
    }

    @Test
    void theHelpIsTheUsageFileRunShPrints() throws IOException {
        String file = Files.readString(Path.of("src/main/resources/usage.txt"));

        assertThat(LocalStackOptions.parse(List.of("-h")).help()).isTrue();
        assertThat(LocalStackOptions.USAGE).isEqualTo(file).contains("--csv PATH").contains("--skip-bad-rows");
    }

    @Test
    void anUnknownOptionIsNamedWithTheUsage() {
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--fast")))
                .hasMessageStartingWith("unknown option --fast").hasMessageContaining("Usage:");
    }
}
