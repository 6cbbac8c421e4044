"""uvicorn's httptools protocol, with each response leaving in one TCP send.

uvicorn writes a response's status line and headers, then its body, in two transport writes:
two ``send`` calls, two segments, and a client that often wakes up twice for one answer (the
benchmark's generator read 1.5-1.8 times per response). :class:`CoalescingTransport` holds
the writes of one event-loop turn and sends them together at the end of it; ``xborder serve``
runs uvicorn with :class:`HttpProtocol` when httptools is installed.
"""
from __future__ import annotations

from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


class CoalescingTransport:
    """A transport whose writes within one event-loop turn go out in one ``write`` on ``transport``."""

    __slots__ = ("_transport", "_loop", "_pending")

    def __init__(self, transport, loop) -> None:
        self._transport, self._loop = transport, loop
        self._pending: list[bytes] = []

    def write(self, data: bytes) -> None:
        if not data:
            return
        if not self._pending:
            self._loop.call_soon(self.flush)
        self._pending.append(bytes(data))

    def writelines(self, lines) -> None:
        for data in lines:
            self.write(data)

    def flush(self) -> None:
        """Write what this turn held back (a closed connection drops it, as its transport would)."""
        if self._pending:
            data = b"".join(self._pending)
            self._pending.clear()
            if not self._transport.is_closing():
                self._transport.write(data)

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size() + sum(map(len, self._pending))

    def write_eof(self) -> None:
        self.flush()
        self._transport.write_eof()

    def close(self) -> None:
        self.flush()
        self._transport.close()

    def abort(self) -> None:
        self._pending.clear()
        self._transport.abort()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._transport, name)


class HttpProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol over a :class:`CoalescingTransport`."""

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(CoalescingTransport(transport, self.loop))
