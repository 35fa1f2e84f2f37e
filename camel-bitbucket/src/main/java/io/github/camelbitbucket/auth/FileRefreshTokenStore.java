package io.github.camelbitbucket.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Keeps the refresh token in a file readable by its owner only, replaced atomically on each rotation, so a restart
 * resumes with the newest token. A refresh holds a lock on {@code <file>.lock} (an OS file lock, plus one lock per file
 * inside the JVM), so several CamelContexts or processes on one machine sharing the file refresh one at a time, each
 * starting from the token the previous one stored.
 */
public final class FileRefreshTokenStore implements RefreshTokenStore {

    /** One lock per file in this JVM: an OS file lock is held per process, not per thread or CamelContext. */
    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path file;

    public FileRefreshTokenStore(Path file) {
        this.file = file;
    }

    @Override
    public <T> T whileLocked(Supplier<T> refresh) {
        Path lockFile = file.toAbsolutePath().normalize().resolveSibling(file.getFileName() + ".lock");
        ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(lockFile, f -> new ReentrantLock());
        jvmLock.lock();
        try {
            Files.createDirectories(lockFile.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                return refresh.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the refresh token file " + lockFile, e);
        } finally {
            jvmLock.unlock();
        }
    }

    @Override
    public synchronized String load() {
        try {
            if (!Files.exists(file)) {
                return null;
            }
            String value = Files.readString(file, StandardCharsets.UTF_8).trim();
            return value.isEmpty() ? null : value;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the refresh token file " + file, e);
        }
    }

    @Override
    public synchronized void store(String refreshToken) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".refresh-token", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // non-POSIX file system: rely on the directory's permissions
            }
            Files.writeString(tmp, refreshToken, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the refresh token file " + file, e);
        }
    }

    public Path getFile() {
        return file;
    }

    @Override
    public String toString() {
        return "FileRefreshTokenStore[" + file + "]";
    }
}
