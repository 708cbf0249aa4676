// Starts a Neo4j Community 5.26 server (Bolt + HTTP + Neo4j Browser) on loopback from the jars in
// ./lib, for development and CI machines without Docker. `govkg neo4j start` runs it as
//   java -cp 'lib/*' Launcher.java --home DIR --bolt-port 7687 --http-port 7474 --password PW
// and waits for the single line starting with "READY ". SIGTERM shuts the DBMS down cleanly
// (Neo4j's bootstrapper installs the handler).
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.server.CommunityBootstrapper;

public class Launcher {
    public static void main(String[] argv) throws Exception {
        Map<String, String> opts = new HashMap<>();
        Map<String, String> raw = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            if (a.startsWith("--") && i + 1 < argv.length) { opts.put(a.substring(2), argv[++i]); }
            else if (a.contains("=")) { raw.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1)); }
            else { fail("unknown argument " + a); }
        }
        Path home = Path.of(opts.getOrDefault("home", ".neo4j")).toAbsolutePath();
        String host = opts.getOrDefault("host", "127.0.0.1");
        int bolt = Integer.parseInt(opts.getOrDefault("bolt-port", "7687"));
        int http = Integer.parseInt(opts.getOrDefault("http-port", "7474"));
        String password = opts.getOrDefault("password", "");
        Files.createDirectories(home);

        Map<String, String> cfg = new HashMap<>();
        cfg.put("server.directories.data", home.resolve("data").toString());
        cfg.put("server.directories.logs", home.resolve("logs").toString());
        cfg.put("server.directories.run", home.resolve("run").toString());
        cfg.put("server.directories.import", home.resolve("import").toString());
        cfg.put("server.memory.pagecache.size", opts.getOrDefault("pagecache", "512m"));
        // a development server keeps little history: the 5.x default (2 days) filled 12 GB in a morning of benchmarks
        cfg.put("db.tx_log.rotation.retention_policy", "512M size");
        cfg.put("server.default_listen_address", host);
        cfg.put("server.bolt.enabled", "true");
        cfg.put("server.bolt.listen_address", host + ":" + bolt);
        cfg.put("server.bolt.advertised_address", host + ":" + bolt);
        cfg.put("server.http.enabled", http > 0 ? "true" : "false");
        if (http > 0) { cfg.put("server.http.listen_address", host + ":" + http); }
        cfg.put("server.https.enabled", "false");
        cfg.put("dbms.usage_report.enabled", "false");
        cfg.put("dbms.security.auth_enabled", password.isEmpty() ? "false" : "true");
        if (!password.isEmpty() && password.length() < 8) { cfg.put("dbms.security.auth_minimum_password_length", "1"); }
        cfg.putAll(raw);

        long started = System.nanoTime();
        CommunityBootstrapper boot = new CommunityBootstrapper();
        int code = boot.start(home, cfg);
        if (code != 0) { fail("Neo4j exited with code " + code + "; see " + home.resolve("logs")); }
        DatabaseManagementService dbms = boot.getDatabaseManagementService();
        if (!password.isEmpty()) {
            GraphDatabaseService system = dbms.database("system");
            try {
                system.executeTransactionally("ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            } catch (RuntimeException e) {
                String m = String.valueOf(e.getMessage());
                if (!m.contains("same") && !m.contains("Old password and new password cannot be the same")) { throw e; }
            }
        }
        GraphDatabaseService db = dbms.database("neo4j");
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            try { db.executeTransactionally("RETURN 1"); break; }
            catch (RuntimeException e) {
                if (System.currentTimeMillis() > deadline) { fail("database not available: " + e.getMessage()); }
                Thread.sleep(200);
            }
        }
        waitPort(host, bolt);
        if (http > 0) { waitPort(host, http); }
        System.out.printf("READY bolt://%s:%d http://%s:%d data=%s startup=%.1fs%n", host, bolt, host, http,
                home.resolve("data"), (System.nanoTime() - started) / 1e9);
        System.out.flush();
        Thread.currentThread().join();
    }

    static void waitPort(String host, int port) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try (Socket s = new Socket()) { s.connect(new InetSocketAddress(host, port), 500); return; }
            catch (Exception e) { Thread.sleep(200); }
        }
        fail("port " + port + " did not open");
    }

    static void fail(String message) {
        System.out.println("FAILED " + message);
        System.out.flush();
        System.exit(1);
    }
}
