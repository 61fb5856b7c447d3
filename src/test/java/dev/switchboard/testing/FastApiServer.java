package dev.switchboard.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A real FastAPI backend for tests: runs {@code /usr/bin/python3 -m uvicorn main:app} in an app folder on a free
 * local port, with extra environment variables if asked, and stops it on {@link #close()}.
 *
 * <p>Debian's {@code python3-fastapi} (FastAPI 0.92, pydantic 1.10) is used on purpose, through
 * {@code /usr/bin/python3} and never the {@code python3} first on {@code PATH}. Call {@link #requireFastApi()}
 * first: without it a test aborts, or fails when {@code CI=true}.
 *
 * <p>Talk to it over HTTP/1.1 ({@code HttpClient.Version.HTTP_1_1}): uvicorn 0.17 answers 400 to the
 * {@code h2c} upgrade that {@link HttpClient} sends by default.
 *
 * <pre>{@code
 * FastApiServer.requireFastApi();
 * try (FastApiServer server = FastApiServer.start(FastApiServer.testApp())) {
 *     URI document = server.openApiUrl();
 * }
 * try (FastApiServer server = FastApiServer.start(FastApiServer.callCenterExample(), "/api/v1/openapi.json",
 *         Map.of("CALLCENTER_DB", database.toString()))) {
 *     ...
 * }
 * }</pre>
 */
public final class FastApiServer implements AutoCloseable {

    /** The interpreter that has Debian's FastAPI. */
    public static final String PYTHON = "/usr/bin/python3";

    static final String MISSING = "Debian's python3-fastapi is missing: "
            + "apt-get install python3-fastapi python3-uvicorn python3-multipart";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_OUTPUT_CHARS = 64 * 1024;

    private final Process process;
    private final int port;
    private final String openApiPath;
    private final StringBuffer output;
    private final Thread outputReader;

    private FastApiServer(Process process, int port, String openApiPath, StringBuffer output, Thread outputReader) {
        this.process = process;
        this.port = port;
        this.openApiPath = openApiPath;
        this.output = output;
        this.outputReader = outputReader;
    }

    /** The test backend in {@code src/test/resources/fastapi-app}, resolved from Maven's working directory. */
    public static Path testApp() {
        return Path.of(System.getProperty("user.dir"), "src", "test", "resources", "fastapi-app")
                .toAbsolutePath().normalize();
    }

    /**
     * The reference call-center app in {@code examples/fastapi-callcenter} (document at
     * {@code /api/v1/openapi.json}, database file from {@code CALLCENTER_DB}), resolved from Maven's working
     * directory.
     */
    public static Path callCenterExample() {
        return Path.of(System.getProperty("user.dir"), "examples", "fastapi-callcenter")
                .toAbsolutePath().normalize();
    }

    /**
     * Aborts the current test (or fails it when the environment variable {@code CI} is {@code "true"}) unless
     * {@code /usr/bin/python3} can import fastapi, uvicorn and multipart.
     */
    public static void requireFastApi() {
        if (fastApiAvailable()) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(MISSING);
        }
        Assumptions.abort(MISSING);
    }

    static boolean fastApiAvailable() {
        try {
            ProcessBuilder builder = python("-c", "import fastapi, uvicorn, multipart")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Process check = builder.start();
            if (!check.waitFor(20, TimeUnit.SECONDS)) {
                check.destroyForcibly();
                return false;
            }
            return check.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Starts uvicorn serving {@code main:app} from {@code appDir} and waits until {@code GET /openapi.json}
     * answers 200.
     *
     * @throws IllegalStateException if it does not answer within 20 s, with the server's output
     */
    public static FastApiServer start(Path appDir) {
        return start(appDir, "/openapi.json", Map.of());
    }

    /**
     * Starts uvicorn serving {@code main:app} from {@code appDir} with {@code environment} added to its own, and
     * waits until {@code GET openApiPath} (for example {@code /api/v1/openapi.json}) answers 200.
     *
     * @throws IllegalStateException if it does not answer within 20 s, with the server's output
     */
    public static FastApiServer start(Path appDir, String openApiPath, Map<String, String> environment) {
        if (!Files.isRegularFile(appDir.resolve("main.py"))) {
            throw new IllegalArgumentException("No main.py in " + appDir.toAbsolutePath());
        }
        if (!openApiPath.startsWith("/")) {
            throw new IllegalArgumentException("openApiPath must start with '/', not '" + openApiPath + "'");
        }
        int port = freePort();
        ProcessBuilder builder = python("-m", "uvicorn", "main:app", "--host", "127.0.0.1", "--port",
                String.valueOf(port))
                .directory(appDir.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + PYTHON + " -m uvicorn in " + appDir, e);
        }
        StringBuffer output = new StringBuffer();
        Thread reader = new Thread(() -> copy(process.getInputStream(), output), "uvicorn-" + port + "-output");
        reader.setDaemon(true);
        reader.start();

        FastApiServer server = new FastApiServer(process, port, openApiPath, output, reader);
        try {
            server.awaitDocument();
            return server;
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    /** For example {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public URI openApiUrl() {
        return URI.create(baseUrl() + openApiPath);
    }

    public int port() {
        return port;
    }

    /** What uvicorn has printed so far (stdout and stderr), for failure messages. */
    public String output() {
        return output.toString();
    }

    /** Sends SIGTERM, waits for the process to end, then kills it if it has not. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
            outputReader.join(1000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitDocument() {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1))
                .build();
        HttpRequest request = HttpRequest.newBuilder(openApiUrl()).timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String lastProblem = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(failure("uvicorn exited with code " + process.exitValue()));
            }
            try {
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
                lastProblem = "GET " + openApiPath + " answered " + response.statusCode();
            } catch (IOException e) {
                lastProblem = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(failure("interrupted while waiting"), e);
            }
            sleep(100);
        }
        throw new IllegalStateException(failure("GET " + openApiUrl() + " did not answer 200 within "
                + START_TIMEOUT.toSeconds() + " s (" + lastProblem + ")"));
    }

    private String failure(String what) {
        sleep(200); // let the reader catch the last lines of a dying process
        return "FastAPI test server: " + what + ". Output:\n" + output();
    }

    private static ProcessBuilder python(String... args) {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(PYTHON);
        builder.command().addAll(List.of(args));
        Map<String, String> env = builder.environment();
        // Only Debian's packages: nothing from a pyenv/virtualenv or ~/.local may shadow them.
        env.remove("PYTHONPATH");
        env.remove("PYTHONHOME");
        env.remove("VIRTUAL_ENV");
        env.put("PYTHONNOUSERSITE", "1");
        env.put("PYTHONDONTWRITEBYTECODE", "1"); // no __pycache__ in src/test/resources
        env.put("PYTHONUNBUFFERED", "1");
        return builder;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port", e);
        }
    }

    private static void copy(InputStream in, StringBuffer into) {
        char[] buffer = new char[4096];
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                if (into.length() < MAX_OUTPUT_CHARS) {
                    into.append(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            // the process ended; what was read is kept
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
