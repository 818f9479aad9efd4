package com.tradesuite.service.broker;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

import com.tradesuite.service.config.StrictBoolean;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.Secret;
import io.smallrye.config.WithConverter;

/**
 * The broker client's settings ({@code tradesuite.broker.*}), each also read from its documented variable
 * ({@code APCA_API_KEY_ID}, ...: META-INF/tradesuite-env-aliases.properties). Unset keys take
 * {@link com.tradesuite.broker.BrokerConfig}'s defaults, which also validates; the secret is a {@link Secret}, so
 * neither config dumps nor this mapping's toString show it.
 */
@ConfigMapping(prefix = "tradesuite.broker")
public interface BrokerClientConfig {

    /** Build time: false builds the service without a broker client (read by {@code @IfBuildProperty}). */
    Optional<String> enabled();

    Optional<String> keyId();

    Optional<Secret<String>> secretKey();

    Optional<String> baseUrl();

    Optional<String> dataUrl();

    Optional<String> streamUrl();

    @WithConverter(StrictBoolean.class)
    Optional<Boolean> allowLiveTrading();

    OptionalInt rateLimitPerMinute();

    OptionalDouble rateLimitShare();

    OptionalDouble protectiveReserve();

    OptionalLong connectTimeoutMs();

    OptionalLong readTimeoutMs();

    OptionalInt maxAttempts();

    OptionalLong backoffBaseMs();

    OptionalLong backoffMaxMs();

    OptionalInt circuitFailures();

    OptionalLong circuitOpenMs();
}
