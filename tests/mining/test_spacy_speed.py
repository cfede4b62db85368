"""The spaCy pass with NumPy's matrix products: the same annotations, and the shared pipeline restored after."""

from __future__ import annotations

from typing import Any

from callinsight.mining.spacy_speed import numpy_matmul
from callinsight.mining.stage import fast_pipes

TEXTS = [
    "We switched from Salesforce to Microsoft Dynamics last year, and Acme Corp billed us twice in March.",
    "My card payment was declined again. I've been waiting for three weeks and nobody called me back.",
    "Can you hear me now? Okay. So the export to Google Sheets keeps failing since the update.",
]


def _annotations(nlp: Any, texts: list[str]) -> list[Any]:
    return [[(t.text, t.tag_, t.pos_, t.lemma_, t.is_sent_start, t.ent_iob_, t.ent_type_) for t in doc]
            for doc in nlp.pipe(texts)]


def _blis_layers(nlp: Any) -> int:
    return sum(1 for _, c in nlp.components if hasattr(getattr(c, "model", None), "walk")
               for node in c.model.walk() if getattr(node.ops, "use_blis", False))


def test_numpy_products_give_the_same_annotations_and_the_pipeline_is_restored(nlp: Any, sales_call: Any) -> None:
    texts = [text for _, text in sales_call] + TEXTS
    blis_layers = _blis_layers(nlp)
    assert blis_layers > 0
    with fast_pipes(nlp):
        before = _annotations(nlp, texts)
        with numpy_matmul(nlp):
            assert _blis_layers(nlp) == 0  # every layer multiplies with NumPy inside
            inside = _annotations(nlp, texts)
        after = _annotations(nlp, texts)
    assert any(ent for doc in before for *_, ent in doc)  # the texts exercise the NER, not only the tagger
    assert inside == before
    assert after == before and _blis_layers(nlp) == blis_layers
