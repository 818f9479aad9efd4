package com.tradesuite.schemas.serde;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads the decimal strings events carry straight into {@link BigDecimal} (the standard reader checks each one with a
 * regular expression first, a large share of decoding); anything else goes to the standard reader, same result.
 */
final class ExactDecimals extends StdDeserializer<BigDecimal> {

    ExactDecimals() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            if (!text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1))) {
                try {
                    return new BigDecimal(text);
                } catch (NumberFormatException e) {
                    // the standard reader reports it
                }
            }
        }
        return NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
    }
}
