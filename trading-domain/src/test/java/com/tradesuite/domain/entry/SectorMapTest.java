package com.tradesuite.domain.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SectorMapTest {

    @Test
    void givenLinesWithCommentsAndBlanks_whenParsed_thenEachSymbolHasItsSectorAndOthersAreUnknown() {
        SectorMap map = SectorMap.parse(List.of("# sectors", "", "aapl = INFORMATION_TECHNOLOGY", "SPY=ETF_BROAD",
                "BRK.B=FINANCIALS"));

        assertThat(map.sectorOf("AAPL")).isEqualTo("INFORMATION_TECHNOLOGY");
        assertThat(map.sectorOf("spy")).isEqualTo("ETF_BROAD");
        assertThat(map.sectorOf("BRK.B")).isEqualTo("FINANCIALS");
        assertThat(map.sectorOf("ZZZZ")).isEqualTo(SectorMap.UNKNOWN);
        assertThat(map.size()).isEqualTo(3);
        assertThat(map.sectors()).containsExactly("ETF_BROAD", "FINANCIALS", "INFORMATION_TECHNOLOGY");
    }

    @Test
    void givenALineWithoutAnEqualsSign_whenParsed_thenTheErrorNamesTheLine() {
        assertThatThrownBy(() -> SectorMap.parse(List.of("AAPL=INFORMATION_TECHNOLOGY", "# ok", "MSFT TECH")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 3: expected SYMBOL=SECTOR, was 'MSFT TECH'");
    }

    @Test
    void givenABadSectorOrTickerOrATwiceNamedSymbol_whenParsed_thenTheErrorNamesTheLineAndTheFault() {
        assertThatThrownBy(() -> SectorMap.parse(List.of("AAPL=Information Technology")))
                .hasMessageStartingWith("line 1: sector 'Information Technology' must be an upper-case word");
        assertThatThrownBy(() -> SectorMap.parse(List.of("1AB=ENERGY"))).hasMessage("line 1: '1AB' is not a ticker");
        assertThatThrownBy(() -> SectorMap.parse(List.of("XOM=ENERGY", "xom=UTILITIES")))
                .hasMessage("line 2: XOM is named twice (ENERGY, UTILITIES)");
    }
}
