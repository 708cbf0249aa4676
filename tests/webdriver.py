"""A minimal W3C WebDriver client over HTTP (urllib only) for driving headless Chromium in tests."""
from __future__ import annotations

import base64
import json
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"     # the W3C key of an element reference in scripts
KEYS = {"enter": "\ue007", "shift": "\ue008", "control": "\ue009"}


class WebDriverError(RuntimeError):
    pass


class Chrome:
    """One headless Chromium session driven through chromedriver."""

    def __init__(self, width: int = 1400, height: int = 900):
        driver = shutil.which("chromedriver")
        if driver is None:
            raise WebDriverError("chromedriver is missing: apt-get install chromium-driver (make test does)")
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self._process = subprocess.Popen([driver, f"--port={self.port}"], stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL)
        self._base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 20
        while True:
            try:
                self._call("GET", "/status")
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline:
                    self._process.kill()
                    raise WebDriverError("chromedriver did not start") from None
                time.sleep(0.2)
        args = ["--headless", "--no-sandbox", "--disable-gpu", f"--window-size={width},{height}"]
        caps = {"capabilities": {"alwaysMatch": {"goog:chromeOptions": {"args": args}}}}
        self._session = self._call("POST", "/session", caps)["sessionId"]

    def _call(self, method: str, path: str, body: dict | None = None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self._base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return json.loads(response.read())["value"]
        except urllib.error.HTTPError as exc:
            raise WebDriverError(f"{method} {path}: {exc.read().decode(errors='replace')[:300]}") from None

    def _s(self, method: str, path: str, body: dict | None = None):
        return self._call(method, f"/session/{self._session}{path}", body)

    def get(self, url: str) -> None:
        self._s("POST", "/url", {"url": url})

    def script(self, source: str, *args):
        return self._s("POST", "/execute/sync", {"script": source, "args": list(args)})

    def find(self, css: str) -> str:
        found = self._s("POST", "/element", {"using": "css selector", "value": css})
        return next(iter(found.values()))

    def wait_for(self, source: str, timeout: float = 30, *args):
        """Poll a script until it returns something truthy; return that."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.script(source, *args)
            if value:
                return value
            if time.monotonic() > deadline:
                raise WebDriverError(f"timed out waiting for: {source[:120]}")
            time.sleep(0.25)

    def type(self, element: str, text: str) -> None:
        self._s("POST", f"/element/{element}/value", {"text": text})

    def clear(self, element: str) -> None:
        self._s("POST", f"/element/{element}/clear", {})

    def click(self, element: str) -> None:
        self._s("POST", f"/element/{element}/click", {})

    def keys(self, *sequence: str) -> None:
        """Press keys together (e.g. control+enter) on the focused element."""
        down = [{"type": "keyDown", "value": k} for k in sequence]
        up = [{"type": "keyUp", "value": k} for k in reversed(sequence)]
        self._s("POST", "/actions", {"actions": [{"type": "key", "id": "kb", "actions": down + up}]})

    def screenshot(self, path) -> None:
        with open(path, "wb") as handle:
            handle.write(base64.b64decode(self._s("GET", "/screenshot")))

    def close(self) -> None:
        try:
            self._call("DELETE", f"/session/{self._session}")
        finally:
            self._process.terminate()
            self._process.wait(timeout=10)
