"""A real Neo4j 5.26 Community server for machines without Docker: fetch, start, stop, status.

``tools/neo4j/pom.xml`` fetches the server and Neo4j Browser from Maven Central into
``tools/neo4j/lib`` (once); ``tools/neo4j/Launcher.java`` starts them on loopback. The server runs
in the background with its data, logs, pid file and launcher output under one home folder
(``./.neo4j`` by default); ``start`` returns when Bolt answers.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from graph.errors import Neo4jServerError

TOOLS = Path(__file__).resolve().parents[1] / "tools" / "neo4j"
DEFAULT_HOME = ".neo4j"
DEFAULT_PASSWORD = "govkg-dev-password"
JVM_FLAGS = ["-Xms1g", "-Xmx2g", "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError", "-Djdk.nio.maxCachedBufferSize=1024",
             "-Dio.netty.tryReflectionSetAccessible=true", "-Dlog4j2.disable.jmx=true",
             "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
             "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED"]


@dataclass(frozen=True)
class ServerStatus:
    running: bool
    pid: int | None
    uri: str
    http: str
    home: Path


def default_password() -> str:
    return os.environ.get("NEO4J_PASSWORD") or DEFAULT_PASSWORD


def ensure_jars(tools: Path = TOOLS) -> Path:
    """``tools/neo4j/lib`` with the Neo4j jars, fetched with Maven on first use."""
    lib = tools / "lib"
    if not (tools / "pom.xml").exists():
        raise Neo4jServerError(f"{tools}/pom.xml not found: `govkg neo4j` needs a clone of the govkg repository")
    if lib.exists() and any(lib.glob("neo4j-5*.jar")):
        return lib
    mvn = shutil.which("mvn")
    if mvn is None:
        raise Neo4jServerError("Maven (mvn) is not installed: it fetches Neo4j from Maven Central once")
    print(f"govkg: fetching Neo4j Community and Neo4j Browser from Maven Central into {lib} (once)", flush=True)
    done = subprocess.run([mvn, "-B", "-q", "-f", str(tools / "pom.xml"), "package"], capture_output=True, text=True)
    if done.returncode != 0:
        raise Neo4jServerError(f"mvn package failed in {tools}: {(done.stdout + done.stderr).strip()[-2000:]}")
    return lib


def start(home: str | Path = DEFAULT_HOME, bolt_port: int = 7687, http_port: int = 7474,
          password: str | None = None, timeout: float = 180.0) -> ServerStatus:
    """Start the server in the background and wait until it is ready; an error names the log."""
    home = Path(home).resolve()
    current = status(home, bolt_port, http_port)
    if current.running:
        return current
    java = shutil.which("java")
    if java is None:
        raise Neo4jServerError("Java is not installed: Neo4j 5.26 needs Java 17 or 21")
    for port in (bolt_port, http_port):
        if port and _port_open(port):
            raise Neo4jServerError(f"port {port} on 127.0.0.1 is already in use by another program")
    lib = ensure_jars()
    home.mkdir(parents=True, exist_ok=True)
    out = home / "launcher.out"
    command = [java, *JVM_FLAGS, "-cp", f"{lib}/*", str(TOOLS / "Launcher.java"), "--home", str(home),
               "--bolt-port", str(bolt_port), "--http-port", str(http_port),
               "--password", password if password is not None else default_password()]
    with open(out, "w") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    (home / "govkg-neo4j.pid").write_text(f"{process.pid} {bolt_port} {http_port}\n")
    deadline = time.monotonic() + timeout
    while True:
        text = out.read_text(errors="replace")
        if any(line.startswith("READY ") for line in text.splitlines()):
            return status(home, bolt_port, http_port)
        failed = process.poll() is not None or "FAILED" in text
        if failed or time.monotonic() > deadline:
            if process.poll() is None:
                process.kill()
            (home / "govkg-neo4j.pid").unlink(missing_ok=True)
            why = "did not become ready in time" if not failed else "stopped during start-up"
            tail = "\n".join(text.strip().splitlines()[-8:])
            raise Neo4jServerError(f"Neo4j {why}; see {out} and {home / 'logs'}\n{tail}")
        time.sleep(0.3)


def stop(home: str | Path = DEFAULT_HOME, timeout: float = 60.0) -> bool:
    """Stop the server started from ``home``; False when none was running."""
    home = Path(home).resolve()
    pid, _, _ = _read_pid(home)
    if pid is None or not _alive(pid):
        (home / "govkg-neo4j.pid").unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    if _alive(pid):
        os.kill(pid, signal.SIGKILL)
    (home / "govkg-neo4j.pid").unlink(missing_ok=True)
    return True


def status(home: str | Path = DEFAULT_HOME, bolt_port: int = 7687, http_port: int = 7474) -> ServerStatus:
    home = Path(home).resolve()
    pid, bolt, http = _read_pid(home)
    bolt, http = bolt or bolt_port, http or http_port
    running = pid is not None and _alive(pid) and _port_open(bolt)
    return ServerStatus(running, pid if running else None, f"bolt://127.0.0.1:{bolt}",
                        f"http://127.0.0.1:{http}/browser/", home)


def _read_pid(home: Path) -> tuple[int | None, int | None, int | None]:
    try:
        pid, bolt, http = (home / "govkg-neo4j.pid").read_text().split()
        return int(pid), int(bolt), int(http)
    except (OSError, ValueError):
        return None, None, None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
        return state != "Z"
    except OSError:
        return True


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.3)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def import_csv(folder: str | Path, home: str | Path) -> str:
    """Run ``neo4j-admin database import full`` (from the fetched jars) on an export folder,
    into the database of server home ``home``; returns the tool's output."""
    folder, home = Path(folder).resolve(), Path(home).resolve()
    script = (folder / "import.sh").read_text(encoding="utf-8").splitlines()[-1].split()
    if script[:4] != ["neo4j-admin", "database", "import", "full"]:
        raise Neo4jServerError(f"{folder / 'import.sh'} does not hold a neo4j-admin import command")
    lib = ensure_jars()
    (home / "conf").mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    done = subprocess.run([shutil.which("java") or "java", "-cp", f"{lib}/*", "org.neo4j.cli.AdminTool", *script[1:]],
                          cwd=folder, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise Neo4jServerError(f"neo4j-admin import failed: {(done.stdout + done.stderr).strip()[-2000:]}")
    return done.stdout
