"""The mine stage's spaCy pass, faster with the same output: matrix products through NumPy's BLAS.

spaCy's CPU layers (thinc ``NumpyOps``) multiply matrices with the bundled BLIS library. On the 2-core
AMD machine the stage is measured on, NumPy's OpenBLAS computes the same products several times
faster (the shared tok2vec: 3.45 -> 1.52 CPU s, the NER: 6.4 -> 4.9 CPU s over the 2,400 utterances
of ``benchmarks/mining_throughput.py``; docs/mining.md, "Throughput"). The products agree up to float
rounding; over those utterances and the 2,409 DEV messages of ``benchmarks/mining_real.py`` (145k
tokens) every tag, POS, lemma, entity and sentence boundary came out identical, and so did every
mining row (``tests/mining/test_spacy_speed.py`` checks the annotations on the test sentences).

One BLAS thread: spaCy's products are small and many, so a second thread mostly waits, and it would
compete with the encoder's threads on a 2-core machine.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def numpy_matmul(nlp: Any) -> Iterator[Any]:
    """While inside: every thinc layer of ``nlp``'s pipes multiplies with NumPy (one BLAS thread), then BLIS again.

    The pipeline is shared (``localmodels.factories``), so its layers are restored on the way out.
    """
    import numpy  # noqa: F401  # loaded first: threadpoolctl limits only the BLAS libraries already loaded
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    ops = NumpyOps(use_blis=False)
    swapped: list[tuple[Any, Any]] = []
    for _, component in getattr(nlp, "components", []):
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            # Only BLIS-backed CPU layers: a GPU layer (CupyOps) or one already on NumPy stays as it is.
            if type(node.ops) is NumpyOps and node.ops.use_blis:
                swapped.append((node, node.ops))
                node.ops = ops
    try:
        with threadpool_limits(limits=1, user_api="blas"):
            yield nlp
    finally:
        for node, old in reversed(swapped):
            node.ops = old
