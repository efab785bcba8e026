"""The learned scorer: a logistic model over a candidate's features, shipped as data.

``accords/data/models/commitments.json`` holds the weights of the named features, the
weights of the navec vector, the bias and the threshold, with what it was trained on and how
it measured (``scripts/train_commitments.py`` writes it). Scoring is a dot product, so no
learning library is needed at run time. Without the file the rules decide alone: the
candidates the subject rules attributed are kept, the fallback ones dropped.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import numpy as np

from ...lexicon import DATA

MODEL_PATH = DATA / "models" / "commitments.json"


@dataclass(frozen=True)
class Model:
    weights: dict
    dense: np.ndarray
    bias: float
    threshold: float
    version: str


@lru_cache(maxsize=1)
def load_model() -> Optional[Model]:
    """The shipped model, or None when the package carries none."""
    if not MODEL_PATH.exists():
        return None
    m = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return Model(m["weights"], np.asarray(m["dense"], dtype=np.float32), float(m["bias"]),
                 float(m["threshold"]), m["version"])


def probability(model: Model, features: dict[str, float], vector: np.ndarray) -> float:
    """P(the candidate is a commitment of its actor) under the model."""
    z = model.bias + sum(model.weights.get(k, 0.0) * v for k, v in features.items())
    z += float(np.dot(model.dense, vector))
    return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def accept(features: dict[str, float], vector: np.ndarray, source: str) -> bool:
    """Keep the candidate: the model's verdict, or the rules' when no model ships."""
    model = load_model()
    if model is None:
        return source == "rule"
    return probability(model, features, vector) >= model.threshold
