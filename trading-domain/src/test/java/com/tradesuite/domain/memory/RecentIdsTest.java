package com.tradesuite.domain.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecentIdsTest {

    @Test
    void rememberingOneMoreThanTheCapacityForgetsTheOldest() {
        RecentIds ids = RecentIds.empty(3).plus("a").plus("b").plus("c");

        RecentIds after = ids.plus("d");

        assertThat(after.asList()).containsExactly("b", "c", "d");
        assertThat(after.contains("a")).isFalse();
        assertThat(ids.contains("a")).as("the earlier set is unchanged").isTrue();
    }

    @Test
    void anIdAlreadyRememberedChangesNothing() {
        RecentIds ids = RecentIds.empty(2).plus("a").plus("b");

        assertThat(ids.plus("a")).isSameAs(ids);
    }

    @Test
    void aCapacityBelowOneIsRefused() {
        assertThatThrownBy(() -> RecentIds.empty(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
    }
}
