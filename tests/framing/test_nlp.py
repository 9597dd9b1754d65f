"""The shared pipeline's process settings: one BLAS thread unless FRAMING_BLAS_THREADS says more."""

from __future__ import annotations

import pytest
from threadpoolctl import threadpool_info

from framing import nlp


def blas_pools() -> list[int]:
    return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]


def test_loading_the_pipeline_caps_blas_at_one_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(nlp.BLAS_THREADS_ENV, raising=False)
    nlp.load_pipeline()
    nlp.limit_blas_threads()  # the pipeline may have been loaded (and cached) before this test
    assert blas_pools() and set(blas_pools()) == {1}


@pytest.mark.parametrize(("value", "threads"), [("2", 2), ("", 1), ("0", 1), ("many", 1)])
def test_blas_threads_from_the_environment(monkeypatch: pytest.MonkeyPatch, value: str, threads: int) -> None:
    monkeypatch.setenv(nlp.BLAS_THREADS_ENV, value)
    assert nlp.blas_threads() == threads


def test_environment_raises_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(nlp.BLAS_THREADS_ENV, "2")
    try:
        nlp.limit_blas_threads()
        assert set(blas_pools()) == {2}
    finally:
        monkeypatch.delenv(nlp.BLAS_THREADS_ENV)
        nlp.limit_blas_threads()
