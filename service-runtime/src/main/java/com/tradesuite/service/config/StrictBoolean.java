package com.tradesuite.service.config;

import java.util.Locale;

import org.eclipse.microprofile.config.spi.Converter;

/** Only {@code true} or {@code false} (any case): a typo stops startup instead of silently reading as false. */
public final class StrictBoolean implements Converter<Boolean> {

    private static final long serialVersionUID = 1L;

    @Override
    public Boolean convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException("'" + value + "' is neither true nor false");
        }
        return Boolean.valueOf(text);
    }
}
