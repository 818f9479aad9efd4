package com.tradesuite.buyer.config;

import java.time.Duration;
import java.util.Map;

import org.hibernate.validator.HibernateValidator;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.validator.BeanValidationConfigValidator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/** The buyer's mapping read from given values as Quarkus reads it: Quarkus' durations, Bean Validation. */
public final class BuyerConfigs {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .buildValidatorFactory().getValidator();

    private BuyerConfigs() {
    }

    /** The mapping of these {@code tradesuite.buyer.*} values; a bad one throws naming its key. */
    public static BuyerConfig mapping(Map<String, String> values) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(values, "test", 100))
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(BuyerConfig.class)
                .withValidator((BeanValidationConfigValidator) () -> VALIDATOR)
                .build();
        return config.getConfigMapping(BuyerConfig.class);
    }

    /** The settings the producer builds from these values. */
    public static BuyerSettings settings(Map<String, String> values) {
        return BuyerSettingsProducer.settingsOf(mapping(values));
    }
}
