"""A second annotation read as if it were Accords' output, so the same scorer tells how far two
annotators agree: the ceiling any extractor can reach on a convention the spec leaves open."""
from __future__ import annotations


def annotation_as_record(annotation: dict, text: str) -> dict:
    """A gold-format line as a predicted record: codes wrapped as the record writes them, each
    commitment's quote located in ``text`` (the normalised text the scorer reads). A quote not
    found in the text is left out, as the scorer leaves out such a gold commitment."""
    commitments = []
    for c in annotation.get("commitments", []):
        at = text.find(c["quote"])
        if at >= 0:
            commitments.append({"actor": c["actor"], "modality": c["modality"], "text": c["quote"],
                                "evidence": [at, at + len(c["quote"])]})
    return {"countries": [{"code": c} for c in annotation.get("countries", [])],
            "events": [{"type": e} for e in annotation.get("events", [])],
            "sectors": [{"id": s} for s in annotation.get("sectors", [])],
            "persons": list(annotation.get("persons", [])),
            "figures": list(annotation.get("figures", [])),
            "commitments": commitments}
