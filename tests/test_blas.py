"""geokg.blas: the networks' matrix products on numpy's BLAS, one thread each."""

from __future__ import annotations

import numpy
import pytest
import spacy
from thinc.api import Linear, NumpyOps, chain
from thinc.backends.ops import Ops
from threadpoolctl import ThreadpoolController

from geokg import blas
from geokg.blas import OneThreadNumpyOps


@pytest.mark.parametrize("trans1", [False, True])
@pytest.mark.parametrize("trans2", [False, True])
def test_gemm_is_the_matrix_product(trans1: bool, trans2: bool) -> None:
    rng = numpy.random.default_rng(3)
    x = rng.standard_normal((40, 24)).astype("float32")
    y = rng.standard_normal((24, 16)).astype("float32")
    a = x.T.copy() if trans1 else x
    b = y.T.copy() if trans2 else y
    ops = OneThreadNumpyOps()
    got = ops.gemm(a, b, trans1=trans1, trans2=trans2)
    assert got.shape == (40, 16)
    numpy.testing.assert_allclose(got, x @ y, rtol=1e-5, atol=1e-5)
    # the same product as thinc's blis gemm, to float precision
    numpy.testing.assert_allclose(
        got, NumpyOps().gemm(a, b, trans1=trans1, trans2=trans2), rtol=1e-5, atol=1e-5
    )


def test_gemm_writes_into_out() -> None:
    x = numpy.arange(12, dtype="float32").reshape(3, 4)
    y = numpy.ones((4, 2), dtype="float32")
    out = numpy.zeros((3, 2), dtype="float32")
    got = OneThreadNumpyOps().gemm(x, y, out=out)
    numpy.testing.assert_array_equal(out, [[6, 6], [22, 22], [38, 38]])
    assert got is out


def _blas_threads() -> list[int]:
    return [lib.num_threads for lib in ThreadpoolController().select(user_api="blas").lib_controllers]


def test_the_product_runs_on_one_thread_and_the_setting_is_restored(monkeypatch) -> None:
    if not _blas_threads():
        pytest.skip("numpy reports no BLAS library to limit")
    before = _blas_threads()
    seen: list[list[int]] = []
    product = Ops.gemm

    def spy(self, *args, **kwargs):
        seen.append(_blas_threads())
        return product(self, *args, **kwargs)

    monkeypatch.setattr(Ops, "gemm", spy)
    OneThreadNumpyOps().gemm(numpy.ones((2, 2), "f"), numpy.ones((2, 2), "f"))
    assert seen and all(n == 1 for n in seen[0])
    assert _blas_threads() == before


def _pipeline_with_a_network() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("tok2vec")
    nlp.add_pipe("tagger")
    nlp.get_pipe("tagger").add_label("N")
    nlp.initialize()
    return nlp


def test_install_switches_every_plain_numpy_layer() -> None:
    nlp = _pipeline_with_a_network()
    layers = [layer for _, proc in nlp.pipeline for layer in proc.model.walk()]
    assert any(type(layer.ops) is NumpyOps for layer in layers)
    switched = blas.install(nlp)
    assert switched == len(layers)
    assert all(isinstance(layer.ops, OneThreadNumpyOps) for layer in layers)
    assert blas.install(nlp) == 0  # already switched: nothing more to do


def test_install_leaves_other_backends_alone() -> None:
    class OtherOps(NumpyOps):
        name = "other"

    nlp = _pipeline_with_a_network()
    other = OtherOps()
    for layer in nlp.get_pipe("tagger").model.walk():
        layer.ops = other
    blas.install(nlp)
    assert all(layer.ops is other for layer in nlp.get_pipe("tagger").model.walk())
    assert all(
        isinstance(layer.ops, OneThreadNumpyOps) for layer in nlp.get_pipe("tok2vec").model.walk()
    )


def test_a_network_predicts_the_same_on_either_backend() -> None:
    model = chain(Linear(8, 6), Linear(3, 8))
    model.initialize(X=numpy.zeros((2, 6), "f"))
    X = numpy.random.default_rng(5).standard_normal((30, 6)).astype("f")
    before = model.predict(X)
    ops = OneThreadNumpyOps()
    for layer in model.walk():
        layer.ops = ops
    numpy.testing.assert_allclose(model.predict(X), before, rtol=1e-5, atol=1e-6)


def test_geokg_pipeline_uses_the_numpy_product(nlp) -> None:
    kinds = {type(layer.ops) for _, proc in nlp.pipeline if hasattr(proc, "model")
             and hasattr(proc.model, "walk") for layer in proc.model.walk()}
    assert kinds == {OneThreadNumpyOps}


def test_parses_are_those_of_the_stock_model(nlp) -> None:
    stock = spacy.load(nlp.meta["geokg_model"], exclude=["ner"])
    texts = [
        "Turkiye and Azerbaijan signed a defence pact in Baku on Monday.",
        "The ministry said the talks, which Qatar hosted, would resume next week.",
        "Protesters gathered outside the embassy after the strikes killed twelve people.",
    ]
    for text in texts:
        ours, theirs = nlp(text), stock(text)
        assert [(t.tag_, t.dep_, t.head.i) for t in ours] == [
            (t.tag_, t.dep_, t.head.i) for t in theirs
        ]
