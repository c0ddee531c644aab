"""The model's matrix products on numpy's BLAS, one thread each.

spaCy's networks (``tok2vec``, the tagger's and parser's layers, ``ner``) multiply matrices through
thinc's ``NumpyOps.gemm``, which calls the ``blis`` library. On many CPUs numpy's own BLAS (OpenBLAS
in numpy's wheels) computes the same products several times faster: on our AVX-512 test machine
blis reached about 25 GFLOPS on the tok2vec's shapes and numpy's BLAS about 85, which halves the
tok2vec's CPU time. :func:`install` switches every layer of a loaded pipeline to
:class:`OneThreadNumpyOps`, thinc's ``NumpyOps(use_blis=False)`` with each product run on one
thread: a second BLAS thread would not make the work cheaper, only spread it (and its spin-waiting)
over more CPU time, and the engines already run one process per core.

The products are the same sums in another order, so a result may differ from blis' in the last
bits of a float; a tag, arc or label chosen by such a margin could change. On the throughput and
identity corpora (``benchmarks/``) no tag, arc or label did: see docs/scale.md.

The parser's transition loop multiplies its small per-step matrices in its own compiled code and
keeps doing so with blis; only the ``Ops`` calls move.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController

__all__ = ["OneThreadNumpyOps", "install"]


class OneThreadNumpyOps(NumpyOps):
    """thinc's ``NumpyOps`` whose ``gemm`` is numpy's matrix product, run on one BLAS thread."""

    name = "numpy"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(use_blis=False, **kwargs)
        # the BLAS libraries numpy loaded (none found: the limit does nothing)
        self._blas = ThreadpoolController().select(user_api="blas")

    def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        """``x @ y`` (each side transposed on request), into ``out`` when given, on one thread."""
        with self._blas.limit(limits=1):
            return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)


def install(nlp: Language) -> int:
    """Give every layer of ``nlp``'s trainable components :class:`OneThreadNumpyOps` (one shared
    instance); return how many layers were switched. Layers on another backend (a GPU) are left
    as they are, and so is an ``Ops`` that is not plain ``NumpyOps`` (thinc's Apple backend
    already uses a fast BLAS)."""
    ops = OneThreadNumpyOps()
    switched = 0
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            if type(layer.ops) is NumpyOps:
                layer.ops = ops
                switched += 1
    return switched
