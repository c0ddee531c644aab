"""Near-duplicate documents: the same (syndicated) story printed with another headline, byline
or trimmed paragraphs, found with MinHash signatures and locality-sensitive hashing (LSH).

A document's *shingles* are its runs of :data:`SHINGLE` words (case-folded, punctuation
dropped); two documents are copies of one story when their shingle sets overlap enough:
Jaccard similarity at least :data:`MIN_JACCARD`, or the smaller set contained in the larger at
least :data:`MIN_CONTAINMENT` (a copy with paragraphs cut). A :class:`Signature` (the minimum of
:data:`NUM_PERM` hash functions over the shingles) estimates both; its :data:`BANDS` bands of
:data:`ROWS` values give the LSH keys under which candidates are looked up, so a new document
is compared with the few stored ones that share a key, not with all of them. Texts of fewer
than :data:`MIN_SHINGLES` shingles are never grouped (too short to tell a copy from a cliche).

Hashes are deterministic (CRC-32 of each shingle, multiply-shift hashing with a fixed seed,
blake2b band keys), so signatures stored by one process are
valid in another. Measured precision and recall: README ("Syndicated copies").
"""

from __future__ import annotations

import hashlib
import re
import zlib
from dataclasses import dataclass

import numpy as np

__all__ = ["Signature", "signature", "band_keys", "same_story", "SHINGLE", "NUM_PERM", "BANDS",
           "ROWS", "MIN_JACCARD", "MIN_CONTAINMENT", "MIN_SHINGLES"]

SHINGLE = 5
BANDS, ROWS = 40, 3
NUM_PERM = BANDS * ROWS
MIN_JACCARD = 0.5
MIN_CONTAINMENT = 0.8
MIN_SHINGLES = 25

_SHIFT = np.uint64(32)
_MAX = np.uint64(0xFFFFFFFF)
_rng = np.random.default_rng(20251206)
# multiply-shift hashing: h(x) = (a*x + b mod 2**64) >> 32 with odd a (a universal family)
_A = _rng.integers(0, 1 << 63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_B = _rng.integers(0, 1 << 63, size=NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


@dataclass(frozen=True)
class Signature:
    """A document's MinHash signature and the number of its distinct shingles."""

    values: np.ndarray  # NUM_PERM uint32 minima
    shingles: int

    def to_bytes(self) -> bytes:
        """The values as little-endian uint32 bytes (for the store)."""
        return self.values.astype("<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, shingles: int) -> Signature:
        """The signature :meth:`to_bytes` wrote."""
        return cls(np.frombuffer(data, dtype="<u4").astype(np.uint32), shingles)

    def jaccard(self, other: Signature) -> float:
        """Estimated Jaccard similarity of the two shingle sets."""
        return float(np.mean(self.values == other.values))

    def containment(self, other: Signature) -> float:
        """Estimated share of the smaller shingle set that is in the larger one."""
        j = self.jaccard(other)
        small = min(self.shingles, other.shingles)
        if small == 0:
            return 0.0
        return min(1.0, j * (self.shingles + other.shingles) / (1 + j) / small)


def _shingle_hashes(text: str) -> np.ndarray:
    words = [w.casefold() for w in _WORD.findall(text)]
    grams = {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    return np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint64,
                       count=len(grams))


def signature(text: str) -> Signature | None:
    """The MinHash signature of ``text``; None when it has fewer than MIN_SHINGLES shingles."""
    hashes = _shingle_hashes(text)
    if len(hashes) < MIN_SHINGLES:
        return None
    values = np.full(NUM_PERM, _MAX, dtype=np.uint64)
    for k in range(0, len(hashes), 4096):  # bounded memory for long texts
        chunk = hashes[k:k + 4096]
        mixed = (np.outer(chunk, _A) + _B) >> _SHIFT  # wraps modulo 2**64, as intended
        values = np.minimum(values, mixed.min(axis=0))
    return Signature(values.astype(np.uint32), int(len(hashes)))


def band_keys(sig: Signature) -> list[tuple[int, int]]:
    """(band number, bucket) LSH keys of a signature: documents sharing one are candidates."""
    raw = sig.values.astype("<u4")
    out = []
    for band in range(BANDS):
        digest = hashlib.blake2b(raw[band * ROWS:(band + 1) * ROWS].tobytes(), digest_size=8)
        out.append((band, int.from_bytes(digest.digest(), "little", signed=True)))
    return out


def same_story(a: Signature, b: Signature) -> bool:
    """Whether two signatures are of copies of one story (see the module docstring)."""
    return a.jaccard(b) >= MIN_JACCARD or a.containment(b) >= MIN_CONTAINMENT
