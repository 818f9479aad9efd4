package com.tradesuite.service.testkit;

import java.time.Duration;
import java.util.Map;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import com.tradesuite.service.config.EnvironmentAliases;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/**
 * A {@code @ConfigMapping} read from given values the way a service reads it (Quarkus' duration forms, Bean
 * Validation, the env-alias files on the class path), for unit tests of a mapping without starting an application.
 */
public final class MappedConfig {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private MappedConfig() {
    }

    /**
     * The mapping over {@code values}: keys as in application.properties, or an aliased key's variable name.
     *
     * @throws io.smallrye.config.ConfigValidationException naming the key of each bad or missing value
     */
    public static <T> T of(Class<T> mapping, Map<String, String> values) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 250))
                .withInterceptors(new EnvironmentAliases())
                .withConverter(Duration.class, 200, new DurationConverter())
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR)
                .withMapping(mapping)
                .build();
        return config.getConfigMapping(mapping);
    }
}
