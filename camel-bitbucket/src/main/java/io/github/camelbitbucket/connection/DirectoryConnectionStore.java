package io.github.camelbitbucket.connection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelbitbucket.auth.RefreshTokenStore;

/**
 * Connections in a directory (the connectionDirectory option): one JSON file per connection ({@code <id>.json},
 * replaced atomically, readable by its owner only, its refresh token encrypted with {@link TokenCipher}), a lock file
 * per connection held (an OS file lock, plus a lock in this JVM) for a whole refresh, so processes on one machine or on
 * a shared volume never spend the same rotating token; a state's nonce is a file created once.
 */
public final class DirectoryConnectionStore implements ConnectionStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path directory;
    private final TokenCipher cipher;
    private final Clock clock;
    private org.apache.camel.spi.StateRepository<String, String> watermarks;

    public DirectoryConnectionStore(Path directory, TokenCipher cipher, Clock clock) {
        this.directory = directory.toAbsolutePath().normalize();
        this.cipher = cipher;
        this.clock = clock;
        try {
            Files.createDirectories(this.directory.resolve("nonces"));
        } catch (IOException e) {
            throw new IllegalArgumentException("The connectionDirectory " + this.directory + " cannot be created ("
                                               + e.getMessage() + ")", e);
        }
    }

    private Path file(String id) {
        return directory.resolve(Connection.checkId(id) + ".json");
    }

    private ObjectNode read(String id) {
        Path f = file(id);
        try {
            return Files.exists(f) ? (ObjectNode) JSON.readTree(f.toFile()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("The connection file " + f + " cannot be read", e);
        }
    }

    private void write(String id, ObjectNode node) {
        Path f = file(id);
        try {
            Path tmp = Files.createTempFile(directory, id, ".tmp");
            try {
                tmp.toFile().setReadable(false, false);
                tmp.toFile().setReadable(true, true);
                Files.write(tmp, JSON.writeValueAsBytes(node));
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The connection file " + f + " cannot be written", e);
        }
    }

    private static Connection connection(JsonNode n) {
        List<String> workspaces = new ArrayList<>();
        n.path("workspaces").forEach(w -> workspaces.add(w.asText()));
        String scopes = n.path("scopes").asText("");
        return new Connection(n.path("id").asText(), n.path("accountUuid").asText(null),
                n.path("displayName").asText(null), workspaces,
                scopes.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(Arrays.asList(scopes.split(" "))),
                Connection.Status.valueOf(n.path("status").asText("ACTIVE")), instant(n, "installedAt"),
                instant(n, "updatedAt"), instant(n, "lastRefreshAt"), n.path("lastError").asText(null));
    }

    private static Instant instant(JsonNode n, String field) {
        return n.hasNonNull(field) ? Instant.parse(n.get(field).asText()) : null;
    }

    @Override
    public Optional<Connection> find(String id) {
        ObjectNode n = read(id);
        return n == null ? Optional.empty() : Optional.of(connection(n));
    }

    @Override
    public List<Connection> list() {
        List<Connection> all = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.json")) {
            for (Path f : files) {
                all.add(connection(JSON.readTree(f.toFile())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The connectionDirectory " + directory + " cannot be listed", e);
        }
        all.sort(java.util.Comparator.comparing(Connection::id));
        return all;
    }

    @Override
    public void install(Connection c, String refreshToken) {
        String id = Connection.checkId(c.id());
        locked(id, () -> {
            ObjectNode old = read(id);
            String now = clock.instant().toString();
            ObjectNode n = JSON.createObjectNode().put("id", id).put("accountUuid", c.accountUuid())
                    .put("displayName", c.displayName()).put("scopes", String.join(" ", new java.util.TreeSet<>(c.scopes())))
                    .put("status", Connection.Status.ACTIVE.name())
                    .put("installedAt", old == null ? now : old.path("installedAt").asText(now)).put("updatedAt", now)
                    .put("refreshToken", cipher.encrypt(id, refreshToken));
            c.workspaces().forEach(n.putArray("workspaces")::add);
            if (old != null && old.hasNonNull("hooks")) {
                n.set("hooks", old.get("hooks"));
            }
            write(id, n);
            return null;
        });
    }

    @Override
    public void revoke(String id, String reason) {
        locked(id, () -> {
            ObjectNode n = read(id);
            if (n != null) {
                write(id, n.put("status", Connection.Status.REVOKED.name()).put("lastError", reason)
                        .put("updatedAt", clock.instant().toString()));
            }
            return null;
        });
    }

    @Override
    public boolean remove(String id) {
        try {
            return Files.deleteIfExists(file(id));
        } catch (IOException e) {
            throw new UncheckedIOException("The connection file of " + id + " cannot be removed", e);
        }
    }

    @Override
    public Optional<Hooks> hooks(String id) {
        ObjectNode n = read(id);
        return n == null || !n.hasNonNull("hooks") ? Optional.empty()
                : Optional.of(Hooks.open(cipher, id, n.get("hooks").asText()));
    }

    @Override
    public void saveHooks(String id, Hooks hooks) {
        locked(id, () -> {
            ObjectNode n = read(id);
            if (n != null) {
                if (hooks == null) {
                    n.remove("hooks");
                } else {
                    n.put("hooks", hooks.seal(cipher, id));
                }
                write(id, n);
            }
            return null;
        });
    }

    @Override
    public synchronized org.apache.camel.spi.StateRepository<String, String> watermarks() {
        if (watermarks == null) {
            watermarks = org.apache.camel.support.processor.state.FileStateRepository.fileStateRepository(
                    directory.resolve("watermarks.dat").toFile());
        }
        return watermarks;
    }

    @Override
    public boolean useOnce(String nonce, Instant expiresAt) {
        Path nonces = directory.resolve("nonces");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(nonces)) {
            for (Path f : files) {
                if (Instant.parse(Files.readString(f).trim()).isBefore(clock.instant())) {
                    Files.deleteIfExists(f);
                }
            }
            Files.writeString(nonces.resolve(nonce.replaceAll("[^A-Za-z0-9_-]", "_")), expiresAt.toString(),
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return true;
        } catch (FileAlreadyExistsException used) {
            return false;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The state nonces of " + directory + " cannot be kept (" + e.getMessage()
                                            + ")", e);
        }
    }

    /** Runs under the connection's lock file (an OS lock, and one lock per file in this JVM). */
    private <T> T locked(String id, Supplier<T> work) {
        Path lockFile = directory.resolve(Connection.checkId(id) + ".lock");
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, f -> new ReentrantLock());
        jvmLock.lock();
        try {
            if (jvmLock.getHoldCount() > 1) {
                return work.get(); // already inside this connection's lock
            }
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                return work.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the connection file " + lockFile, e);
        } finally {
            jvmLock.unlock();
        }
    }

    @Override
    public RefreshTokenStore refreshTokens(String id) {
        return new RefreshTokenStore() {
            @Override
            public String load() {
                ObjectNode n = read(id);
                if (n == null || Connection.Status.REVOKED.name().equals(n.path("status").asText())
                    || !n.hasNonNull("refreshToken")) {
                    return null;
                }
                return cipher.decrypt(id, n.get("refreshToken").asText());
            }

            @Override
            public void store(String refreshToken) {
                locked(id, () -> {
                    ObjectNode n = read(id);
                    if (n != null) {
                        String now = clock.instant().toString();
                        write(id, n.put("refreshToken", cipher.encrypt(id, refreshToken)).put("lastRefreshAt", now)
                                .put("updatedAt", now));
                    }
                    return null;
                });
            }

            @Override
            public <T> T whileLocked(Supplier<T> refresh) {
                return locked(id, refresh);
            }
        };
    }

    @Override
    public String toString() {
        return "DirectoryConnectionStore[" + directory + "]";
    }
}
