"""Shipments and counts derived from figures: no new reading of the text, only their frames.

A shipment is aid moved from a giver to a receiver: a figure whose verb gives (donate, send,
export, lend, pledge…) and whose number measures what was given, not how many received it
("29 medical expert teams" is a shipment; "to 27 countries" is its recipient, a count).
"""

from __future__ import annotations

from typing import Final

from flows.extract.lexicon import word_set
from flows.extract.types import CountHit, FigureHit, ShipmentHit

# Verb lemma -> shipment kind for goods; money gets "cash", "loan" or "pledge" below.
_GOODS_KIND: Final = {"donate": "donation", "export": "export", "lend": "loan", "loan": "loan",
               "pledge": "pledge", "announce": "pledge", "commit": "pledge"}  # fmt: skip
_GIVING_GROUPS: Final = frozenset({"aid", "export", "loan", "pledge"})
# Words in an item that say it is a count of receivers or events, not of goods sent.
_NOT_GOODS: Final = word_set(
    "countries country regions nations organizations organisations people users briefings "
    "speeches interviews calls cases residents citizens platforms services measures proposals "
    "points initiatives"
)


def _is_recipient_count(f: FigureHit) -> bool:
    """'… to 27 countries': the figure names the receivers (its recipient is itself)."""
    if f.recipient and f.surface.endswith(f.recipient):
        return True
    words = (f.item or "").lower().split()
    return bool(words) and words[-1] in _NOT_GOODS


def _kind(f: FigureHit) -> str:
    lemma = f.action or ""
    if f.kind == "money":
        return {"lend": "loan", "loan": "loan", "pledge": "pledge", "announce": "pledge",
                "commit": "pledge"}.get(lemma, "cash")  # fmt: skip
    item = (f.item or "").lower()
    if "team" in item:
        return "team"
    if "cash" in item:
        return "cash"  # "two batches of cash support"
    if "donation" in item:
        return "donation"
    return _GOODS_KIND.get(lemma, "supplies")


def derive_shipments(figures: list[FigureHit]) -> list[ShipmentHit]:
    """One shipment per figure that measures aid given (goods, teams or money)."""
    out = []
    for f in figures:
        if f.kind == "percent" or f.action_group not in _GIVING_GROUPS:
            continue
        if f.kind == "count" and _is_recipient_count(f):
            continue
        money = f.kind == "money"
        out.append(
            # positional, in field order (figure_start, kind, donor, recipient, item, quantity,
            # unit, amount, currency, period_start, period_end): keywords cost a dict a hit
            ShipmentHit(
                f.char_start,
                _kind(f),
                f.actor,
                f.recipient,
                f.item,
                None if money else f.value,
                None if money else f.item,
                f.value if money else None,
                f.unit if money else None,
                f.period_start,
                f.period_end or f.as_of,
            )
        )
    return out


def derive_counts(figures: list[FigureHit]) -> list[CountHit]:
    """One count per figure that is neither money nor a percentage."""
    return [
        CountHit(f.char_start, f.actor, f.item or "", f.value, f.qualifier)  # in field order
        for f in figures
        if f.kind == "count"
    ]
