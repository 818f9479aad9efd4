package com.tradesuite.service.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentMapTest {

    @Test
    void addingBeyondTheCapacityForgetsTheOldestKeys() {
        RecentMap<String, Integer> map = new RecentMap<>(3);
        for (int i = 0; i < 10; i++) {
            map.put("k" + i, i);
        }

        assertThat(map.size()).isEqualTo(3);
        assertThat(map.containsKey("k6")).isFalse();
        assertThat(map.get("k9")).isEqualTo(9);
    }

    @Test
    void aSetRemembersOnlyItsNewestElements() {
        RecentSet<String> set = new RecentSet<>(2);
        set.add("a");
        set.add("b");
        set.add("c");

        assertThat(set.contains("a")).isFalse();
        assertThat(set.contains("c")).isTrue();
        assertThat(set.size()).isEqualTo(2);
    }
}
