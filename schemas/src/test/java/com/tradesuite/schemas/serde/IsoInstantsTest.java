package com.tradesuite.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import org.junit.jupiter.api.Test;

class IsoInstantsTest {

    @Test
    void readsEveryInstantExactlyAsTheStandardParserDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(1_000_000_000));
            Instant truncated = i % 3 == 0 ? instant.truncatedTo(ChronoUnit.SECONDS) : instant;
            String text = truncated.toString();

            assertThat(IsoInstants.fast(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void fractionsOfAnyLengthAndLeapDaysRead() {
        assertThat(IsoInstants.parse("2024-02-29T23:59:59.1Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59.1Z"));
        assertThat(IsoInstants.parse("2026-11-20T14:32:02.123456789Z"))
                .isEqualTo(Instant.parse("2026-11-20T14:32:02.123456789Z"));
    }

    @Test
    void otherShapesGoToTheStandardParserAndImpossibleDatesFailTheSame() {
        assertThat(IsoInstants.fast("2026-11-20T14:32:02+01:00")).isNull();
        assertThat(IsoInstants.fast("2026-02-30T00:00:00Z")).isNull();
        assertThatThrownBy(() -> IsoInstants.parse("2026-02-30T00:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoInstants.parse("2026-11-20 14:32:02Z")).isInstanceOf(DateTimeParseException.class);
    }
}
