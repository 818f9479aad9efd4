package com.tradesuite.buyer.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.tradesuite.domain.entry.SectorMap;
import com.tradesuite.service.InvalidConfigException;

/**
 * Reads the sector map: the file {@code tradesuite.buyer.sector-map-file} names, else the default resource; a file
 * that cannot be read or a bad line stops startup naming the key, the file and the line.
 */
final class SectorMapSource {

    static final String KEY = "tradesuite.buyer.sector-map-file";
    static final String DEFAULT_RESOURCE = "sector-map.properties";

    private SectorMapSource() {
    }

    static SectorMap load(Optional<String> file) {
        Optional<String> path = file.map(String::strip).filter(value -> !value.isEmpty());
        if (path.isEmpty()) {
            return parse(defaultLines(), "the default " + DEFAULT_RESOURCE);
        }
        Path source = Path.of(path.get());
        try {
            return parse(Files.readAllLines(source, StandardCharsets.UTF_8), source.toString());
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidConfigException(KEY, "file not readable: " + source + " (" + e.getMessage() + ")");
        }
    }

    private static SectorMap parse(List<String> lines, String source) {
        try {
            return SectorMap.parse(lines);
        } catch (IllegalArgumentException bad) {
            throw new InvalidConfigException(KEY, source + ": " + bad.getMessage());
        }
    }

    private static List<String> defaultLines() {
        try (InputStream in = SectorMapSource.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default sector map " + DEFAULT_RESOURCE + " is not packaged");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
