"""A one-line progress display on stderr: files, articles and articles per second."""
from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts articles and redraws one status line at most every ``interval`` seconds.

    On a terminal the line is redrawn in place; elsewhere (logs, CI) a plain line is written
    every ``interval * 25`` seconds so long runs still show they are alive.
    """

    def __init__(self, stream: TextIO | None = None, interval: float = 0.2, enabled: bool = True):
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.interval = interval if self.tty else interval * 25
        self.started = time.perf_counter()
        self.last_draw = self.started
        self.files = 0
        self.articles = 0
        self.failures = 0

    def file_done(self) -> None:
        self.files += 1
        self._maybe_draw()

    def article_done(self) -> None:
        self.articles += 1
        self._maybe_draw()

    def failed(self) -> None:
        self.failures += 1

    def line(self) -> str:
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        text = (f"{self.files} files, {self.articles} articles, "
                f"{self.articles / elapsed:,.0f} articles/s")
        return text + (f", {self.failures} failed" if self.failures else "")

    def _maybe_draw(self) -> None:
        now = time.perf_counter()
        if self.enabled and now - self.last_draw >= self.interval:
            self.last_draw = now
            self._write()

    def _write(self) -> None:
        if self.tty:
            self.stream.write("\r\x1b[2K" + self.line())
        else:
            self.stream.write(self.line() + "\n")
        self.stream.flush()

    def close(self) -> None:
        """Write the final line (always ends with a newline)."""
        if self.enabled:
            self._write()
            if self.tty:
                self.stream.write("\n")
            self.stream.flush()
