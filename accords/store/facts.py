"""Fact tables and fact rows, derived from the record's models (``accords.record``).

The record declares each fact type once; this module reads those declarations, so a new
fact type needs no table or row code here. The rules, field by field:

- a span (``evidence: Span``) is stored as ``span_start`` and ``span_end``;
- a list of spans (``mentions``, ``evidence``) as its count, ``n_mentions`` / ``n_evidence``
  (the spans themselves go to the ``evidence`` table);
- a list of codes as one comma-separated text (``"KAZ,SRB"``); a list named ``countries``
  also as its sorted pair ``country_a``, ``country_b``, which pair queries index;
- a field named ``id`` (a sector's id) under the table's singular name (``sector``), since
  ``id`` is the row's key;
- the rest as it is: texts, value-set members and numbers; optional fields may be null.
"""
from __future__ import annotations

import functools
import types
import typing
from typing import Any, Iterator, Literal, Union

from pydantic import BaseModel
from sqlalchemy import Float, Integer, String, Text

from ..record import FACT_TYPES, Span

Row = dict[str, Any]


def _optional(annotation) -> tuple[Any, bool]:
    """The annotation without ``Optional``, and whether it allowed None."""
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) < len(typing.get_args(annotation)):
            return (args[0] if len(args) == 1 else Union[tuple(args)]), True
    return annotation, False


def _is_span(annotation) -> bool:
    return annotation == Span or typing.get_origin(annotation) is tuple


def _is_span_list(annotation) -> bool:
    return typing.get_origin(annotation) is list and _is_span(typing.get_args(annotation)[0])


def _is_list(annotation) -> bool:
    return typing.get_origin(annotation) is list


def singular(table: str) -> str:
    return table[:-1] if table.endswith("s") else table


def columns(table: str, model: type[BaseModel]) -> list[tuple[str, Any, bool]]:
    """(column name, SQL type, nullable) of a fact table, in the model's field order."""
    out = []
    for name, info in model.model_fields.items():
        annotation, optional = _optional(info.annotation)
        if _is_span(annotation):
            out += [("span_start", Integer, False), ("span_end", Integer, False)]
        elif _is_span_list(annotation):
            out.append((f"n_{name}", Integer, False))
        elif _is_list(annotation):
            out.append((name, Text, True))
            if name == "countries":
                out += [("country_a", String(8), True), ("country_b", String(8), True)]
        elif annotation is float:
            out.append((name, Float, optional))
        elif typing.get_origin(annotation) is Literal:
            out.append((singular(table) if name == "id" else name, String(32), optional))
        else:
            out.append((singular(table) if name == "id" else name, Text, optional))
    return out


def _joined(values) -> str | None:
    values = [v for v in values or [] if v]
    return ",".join(values) if values else None


def _pair(codes: list[str]) -> tuple[str | None, str | None]:
    states = sorted({c for c in codes if c and c != "JOINT"})
    if len(states) < 2:
        return (states[0] if states else None), None
    return states[0], states[1]


@functools.lru_cache(maxsize=None)
def _plan(table: str, model: type[BaseModel]) -> tuple[tuple[str, str, str], ...]:
    """(field, how it is stored, column) of each field of a fact model, by the rules above:
    read once per model, since a batch writes tens of thousands of facts."""
    plan = []
    for name, info in model.model_fields.items():
        annotation, _ = _optional(info.annotation)
        if _is_span(annotation):
            plan.append((name, "span", ""))
        elif _is_span_list(annotation):
            plan.append((name, "spans", f"n_{name}"))
        elif _is_list(annotation):
            plan.append((name, "pair" if name == "countries" else "list", name))
        else:
            plan.append((name, "value", singular(table) if name == "id" else name))
    return tuple(plan)


def fact_row(table: str, fact: BaseModel) -> tuple[Row, list[Span]]:
    """The row of one fact and the spans behind it."""
    row: Row = {}
    spans: list[Span] = []
    for name, how, column in _plan(table, type(fact)):
        value = getattr(fact, name)
        if how == "value":
            row[column] = value
        elif how == "span":
            row["span_start"], row["span_end"] = value
            spans.append(tuple(value))
        elif how == "spans":
            row[column] = len(value)
            spans += [tuple(v) for v in value]
        else:
            row[column] = _joined(value)
            if how == "pair":
                row["country_a"], row["country_b"] = _pair(value)
    return row, spans


def fact_rows(record) -> Iterator[tuple[str, Row, list[Span]]]:
    """(table, row, evidence spans) for every fact of a record."""
    for table in FACT_TYPES:
        for fact in getattr(record, table):
            row, spans = fact_row(table, fact)
            yield table, row, spans
