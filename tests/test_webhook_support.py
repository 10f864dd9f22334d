"""A real HTTP server on loopback (127.0.0.1, port 0) that records what webhooks POST to it.

Imported by the alert and webhook tests; it holds no tests itself.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Hook:
    """What the server received, and the status codes it should answer with (200 when empty)."""

    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.statuses: list[int] = []  # consumed one per request
        self.url = ""

    @property
    def alert_ids(self) -> list[str]:
        return [a["alert_id"] for b in self.bodies for a in b.get("alerts", [])]


@contextmanager
def webhook_server() -> Iterator[Hook]:
    hook = Hook()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            status = hook.statuses.pop(0) if hook.statuses else 200
            if status < 300:  # a refused request is not something the receiver keeps
                hook.bodies.append(json.loads(raw.decode("utf-8")))
                hook.headers.append(dict(self.headers))
            self.send_response(status)
            self.end_headers()
            self.wfile.write(b"ok" if status < 300 else b"no")

        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    hook.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    try:
        yield hook
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
