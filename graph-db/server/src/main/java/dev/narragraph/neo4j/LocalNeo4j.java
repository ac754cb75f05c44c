package dev.narragraph.neo4j;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Narragraph's local Neo4j: an embedded Community DBMS that only listens for Bolt on loopback.
 *
 * <p>Arguments are {@code key=value} pairs so the Node side can pass them without quoting:
 * {@code dataDir}, {@code boltPort}, {@code pageCacheMb}, {@code txTimeoutSeconds}. It prints one line
 * {@code NARRAGRAPH_NEO4J_READY bolt://127.0.0.1:PORT version=X} once Bolt answers, so the parent
 * process can wait for exactly that, and exits with code 2 and a one-line reason on a startup fault.
 */
public final class LocalNeo4j {
    private LocalNeo4j() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of("var/neo4j");
        int boltPort = 7687;
        long pageCacheMb = 512;
        long txTimeoutSeconds = 60;
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                fail("argument '" + arg + "' is not key=value");
            }
            String key = arg.substring(0, eq);
            String value = arg.substring(eq + 1);
            switch (key) {
                case "dataDir" -> dataDir = Path.of(value);
                case "boltPort" -> boltPort = Integer.parseInt(value);
                case "pageCacheMb" -> pageCacheMb = Long.parseLong(value);
                case "txTimeoutSeconds" -> txTimeoutSeconds = Long.parseLong(value);
                default -> fail("unknown argument '" + key + "'");
            }
        }

        // Checked here rather than left to Netty so the message names the port and the fix.
        if (!portIsFree(boltPort)) {
            fail("port " + boltPort + " on 127.0.0.1 is already in use; stop what holds it or set NEO4J_BOLT_PORT");
        }

        Files.createDirectories(dataDir);
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
                    .setConfig(GraphDatabaseSettings.routing_enabled, false)
                    .build();
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            String text = String.valueOf(root.getMessage());
            if (text.contains("lock") || text.contains("Lock")) {
                fail("the data directory " + dataDir + " is locked by another Neo4j process (" + text
                        + "); stop that process, or delete a stale lock only if no Neo4j is running");
            }
            fail("Neo4j did not start: " + root.getClass().getSimpleName() + ": " + text);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        final DatabaseManagementService running = dbms;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.shutdown();
            stopped.countDown();
        }, "narragraph-neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        String version;
        try (var tx = db.beginTx()) {
            version = String.valueOf(tx.execute("CALL dbms.components() YIELD versions RETURN versions[0] AS v")
                    .next().get("v"));
            tx.commit();
        }
        System.out.println("NARRAGRAPH_NEO4J_READY bolt://127.0.0.1:" + boltPort + " version=" + version
                + " pid=" + ProcessHandle.current().pid());
        System.out.flush();
        stopped.await();
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void fail(String reason) {
        System.err.println("NARRAGRAPH_NEO4J_ERROR " + reason);
        System.exit(2);
    }

}
