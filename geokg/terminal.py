"""Text that is safe to print on a terminal: control characters shown, never obeyed.

A file name, an actor name or a sentence can hold escape sequences (``\\x1b]0;...``, cursor
moves, a bell) or Unicode direction overrides that would rewrite the screen or hide text when
printed raw. :func:`escape_controls` turns each such character into a visible ``\\xNN`` /
``\\uNNNN`` escape; :class:`EscapingWriter` does it for everything written to a stream (the CLI
wraps stdout and stderr in one). Tabs, line feeds and carriage returns (progress bars, CSV line
ends) pass unchanged.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

__all__ = ["escape_controls", "EscapingWriter"]

# C0 controls but tab, line feed and carriage return; DEL; C1 controls; bidirectional overrides
# and isolates; the line and paragraph separators
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """``text`` with every terminal control character replaced by a visible escape."""
    return _CONTROL.sub(_visible, text) if _CONTROL.search(text) else text


class EscapingWriter:
    """A text stream wrapper that escapes control characters in everything written to it."""

    def __init__(self, inner: TextIO) -> None:
        self._inner = inner

    def write(self, text: str) -> int:
        self._inner.write(escape_controls(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, encoding, fileno ...
        return getattr(self._inner, name)
