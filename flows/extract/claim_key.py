"""Claim keys: two figures in different documents state the same claim iff their keys are equal.

A key is ``action|item heads|context|unit`` (plus ``|total``), e.g. ``export|mask||`` or
``aid>to:supplies|country||`` or ``|proposal|g20_summit|``. It leaves out the value and the date:
those are what the cross-check compares. Readable on purpose, so an analyst can see why two rows
were paired.
"""

from __future__ import annotations

from flows.extract.frames import Frame
from flows.extract.lexicon import ACTIONLESS_ITEMS, GENERIC_RECIPIENTS, word_set
from flows.extract.types import FigureHit

# Actions whose receiver is part of the claim ("US$20 million to the WHO"); for the others
# ("expressed support to China") the receiver is the speaker's own side and adds nothing.
_GIVING = word_set("aid pledge loan export")


def claim_key(fig: FigureHit, heads: list[str], frame: Frame, event_key: str) -> str:
    """The key of one figure; "" when it is too bare to compare safely."""
    action, role, obj, plan = frame.action or "", frame.role, frame.obj, frame.plan
    if fig.kind == "money":
        action = {"pledge": "aid"}.get(action, action)
        if "supplies" in heads or "donation" in heads:
            action = "aid"  # "US$2 billion of international aid" is aid whatever the verb
        heads = []
    if heads and all(h in ACTIONLESS_ITEMS for h in heads):
        action, role, plan = "", "obj", False
    elif not action:
        return ""
    if fig.kind == "count" and not heads:
        return ""
    giving = action in _GIVING
    if role in ("to", "with", "from"):
        action += f">{role}" + (f":{obj}" if obj and role == "to" and giving else "")
    elif role == "subj":
        action += "<by"
    if plan:
        action = "plan:" + action
    context = event_key if heads and all(h in ACTIONLESS_ITEMS for h in heads) else ""
    if not context and giving and fig.recipient and role not in ("to", "with", "from"):
        context = _named_recipient(fig.recipient)
    unit = fig.unit or ""
    item = "+".join(heads)
    key = f"{action}|{item}|{context}|{unit}"
    return key + "|total" if fig.qualifier == "total" else key


def _named_recipient(recipient: str) -> str:
    """'the WHO' -> 'who'; '27 countries' -> '' (a count is not a named receiver)."""
    words = recipient.replace("the ", "").split()
    if not words or words[0][0].isdigit() or words[-1].lower() in GENERIC_RECIPIENTS:
        return ""
    return "_".join(w.lower() for w in words)[:40]
