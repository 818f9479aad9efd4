package com.tradesuite.localstack.pacing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tradesuite.localstack.LocalStack;
import com.tradesuite.localstack.ServiceProcess;
import com.tradesuite.paperexchange.market.Bar;
import com.tradesuite.schemas.topic.Topic;
import com.tradesuite.schemas.topic.TopicCatalog;

/**
 * Gathers one {@link SuiteObservation} of a running local stack: end offsets of the topics from the broker, each
 * running instance's {@code GET /state/progress}, the scanner's newest published bar against the exchange's, intents
 * in flight and executions missing from {@code fills} from the log; end offsets are read again last, so an
 * observation during which anything was appended says so. That last read is also the next observation's first: the
 * two reads still frame the whole observation, with one admin request per observation instead of two. After an
 * observation during which the log moved, the next one first reads the end offsets alone and asks nothing else while
 * they still move: the suite is busy, and asking the services would only take CPU from it.
 */
public final class SuiteProbe implements AutoCloseable {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Admin admin;
    private final UnloggedExecutions executions = new UnloggedExecutions();
    private final OpenIntents intents;
    private Map<TopicPartition, OffsetSpec> watched;
    /** End offsets read last by the previous observation (null before the first). */
    private Map<TopicPartition, Long> lastEnds;
    private boolean logMoving;
    private final Map<String, Long> timings = new LinkedHashMap<>();

    public SuiteProbe(LocalStack stack) {
        this.stack = stack;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()));
        this.intents = new OpenIntents(stack.bootstrapServers(), executions);
        stack.exchange().engine().addListener(executions);
    }

    /** One observation of the whole suite, now. */
    public SuiteObservation observe() {
        long started = System.nanoTime();
        if (lastEnds == null || logMoving) {
            Map<TopicPartition, Long> ends = endOffsets();
            boolean moved = lastEnds != null && !ends.equals(lastEnds);
            lastEnds = ends;
            if (moved) {
                timings.merge("end offsets", System.nanoTime() - started, Long::sum);
                return SuiteObservation.logMoving();
            }
        }
        // Anything appended since the previous read makes this observation unstable, so it may start there.
        Map<TopicPartition, Long> before = lastEnds;
        long offsetsRead = System.nanoTime();
        // Every instance is asked at once: one round trip for the whole suite, not one per instance.
        Map<ServiceProcess, CompletableFuture<Optional<JsonNode>>> answers = new LinkedHashMap<>();
        for (ServiceProcess instance : stack.services()) {
            if (instance.isAlive()) {
                answers.put(instance, get(instance, "/state/progress"));
            }
        }
        Optional<ServiceProcess> scanner = stack.instances(LockstepGate.SCANNER).stream()
                .filter(ServiceProcess::isAlive).findFirst();
        CompletableFuture<Optional<JsonNode>> scannerState = scanner.map(instance -> get(instance, "/state"))
                .orElse(CompletableFuture.completedFuture(Optional.empty()));
        boolean scannerDone = scannerPolledNewestBar(scannerState.join());
        List<ServiceProgress> services = new ArrayList<>();
        for (String name : LocalStack.SERVICES) {
            services.add(progress(name, before, answers));
        }
        long servicesAnswered = System.nanoTime();
        intents.catchUp(before);
        int open = intents.count();
        int unlogged = executions.orders();
        long logRead = System.nanoTime();
        Map<TopicPartition, Long> after = endOffsets();
        lastEnds = after;
        logMoving = !before.equals(after);
        timings.merge("end offsets", offsetsRead - started + System.nanoTime() - logRead, Long::sum);
        timings.merge("services' /state/progress", servicesAnswered - offsetsRead, Long::sum);
        timings.merge("orders and fills folded", logRead - servicesAnswered, Long::sum);
        return new SuiteObservation(services, open, unlogged, scannerDone, !logMoving);
    }

    /** Forgets the time spent so far (e.g. the first observation's connection set-up, before a run is timed). */
    public void resetTimings() {
        timings.clear();
    }

    /** Real time spent in each part of the observations so far. */
    public Map<String, Duration> timings() {
        Map<String, Duration> copy = new LinkedHashMap<>();
        timings.forEach((part, nanos) -> copy.put(part, Duration.ofNanos(nanos)));
        return copy;
    }

    private ServiceProgress progress(String name, Map<TopicPartition, Long> ends,
                                     Map<ServiceProcess, CompletableFuture<Optional<JsonNode>>> answers) {
        List<ServiceProcess> running = stack.instances(name).stream().filter(answers::containsKey).toList();
        if (running.isEmpty()) {
            return ServiceProgress.down(name);
        }
        boolean ready = true;
        long pending = 0;
        long handledEvents = 0;
        List<String> inputs = List.of();
        Map<TopicPartition, Long> handled = new HashMap<>();
        for (ServiceProcess instance : running) {
            Optional<JsonNode> body = answers.get(instance).join();
            if (body.isEmpty() || !body.get().path("ready").asBoolean(false)) {
                ready = false;
                continue;
            }
            JsonNode progress = body.get();
            pending += progress.path("pendingWork").asLong();
            handledEvents += progress.path("handledEvents").asLong();
            List<String> names = new ArrayList<>();
            progress.path("inputs").forEach(topic -> names.add(topic.asText()));
            inputs = names;
            progress.path("handledOffsets").fields().forEachRemaining(topic -> topic.getValue().fields()
                    .forEachRemaining(partition -> handled.merge(
                            new TopicPartition(topic.getKey(), Integer.parseInt(partition.getKey())),
                            partition.getValue().asLong(), Math::max)));
        }
        long lag = 0;
        for (String input : inputs) {
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                if (end.getKey().topic().equals(input)) {
                    lag += Math.max(0, end.getValue() - 1 - handled.getOrDefault(end.getKey(), -1L));
                }
            }
        }
        return new ServiceProgress(name, true, ready, lag, pending, handledEvents);
    }

    /** True when the scanner's newest published bar of every symbol is the exchange's newest bar of it. */
    private boolean scannerPolledNewestBar(Optional<JsonNode> state) {
        if (state.isEmpty()) {
            return false;
        }
        JsonNode published = state.get().path("state").path("lastBarStartBySymbol");
        for (String symbol : stack.exchange().engine().symbols()) {
            Optional<Bar> newest = stack.exchange().engine().latestBar(symbol);
            if (newest.isPresent() && !newest.get().start().equals(instant(published.path(symbol).asText("")))) {
                return false;
            }
        }
        return true;
    }

    private static Instant instant(String text) {
        try {
            return text.isEmpty() ? null : Instant.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Map<TopicPartition, Long> endOffsets() {
        try {
            if (watched == null) {
                watched = watchedPartitions();
            }
            ListOffsetsResult result = admin.listOffsets(watched);
            Map<TopicPartition, Long> ends = new HashMap<>();
            result.all().get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading end offsets", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the topics' end offsets from " + stack.bootstrapServers(), e);
        }
    }

    /** Every partition of every topic a service folds (dead letters are nobody's input). */
    private Map<TopicPartition, OffsetSpec> watchedPartitions() throws InterruptedException, ExecutionException,
            TimeoutException {
        List<String> topics = TopicCatalog.all().stream().map(Topic::name)
                .filter(name -> !name.equals(TopicCatalog.DEAD_LETTER.name())).toList();
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        described.values().forEach(topic -> topic.partitions().forEach(partition -> partitions.put(
                new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
        return partitions;
    }

    /** The JSON body of a 200 answer; empty for any other answer or none (a restarting instance). */
    private CompletableFuture<Optional<JsonNode>> get(ServiceProcess service, String path) {
        URI uri = URI.create("http://127.0.0.1:" + service.port() + path);
        return http.sendAsync(HttpRequest.newBuilder(uri).timeout(CALL_TIMEOUT).GET().build(),
                        HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> response.statusCode() == 200 ? parse(response.body()) : Optional.<JsonNode>empty())
                .exceptionally(unanswered -> Optional.empty());
    }

    private static Optional<JsonNode> parse(String body) {
        try {
            return Optional.of(JSON.readTree(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        stack.exchange().engine().removeListener(executions);
        intents.close();
        admin.close(Duration.ofSeconds(5));
    }
}
