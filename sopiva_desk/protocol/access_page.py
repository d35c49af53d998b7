"""The access-log push's compact page: a page of a chain without what the server can recompute
(docs/sync-protocol.md, "The access-log push"; docs/security.md, "Tamper-evident access log").

In full form every entry carries its seq, its random-looking id, its ``prev_hash`` and ``hash``:
≈ 130 incompressible characters an entry, most of a week's log push. The compact page carries
the entries' content as columns and only:

- ``from``: the first entry's seq (the page's seqs follow on one by one);
- ``prev_hash``: the first entry's ``prev_hash`` (what the server links the page onto);
- ``hash``: the last entry's hash;
- ``ids``: the ids that are not ``entry_id(chain_id, seq)`` (entries written before ids were
  derived, or under another chain id), by their index in the page;
- ``at``: microseconds since the entry before (the first: since 1970-01-01 UTC).

``expand`` gives back each entry's full form, every ``prev_hash`` and ``hash`` recomputed from
the content. The laptop sends a compact page only when ``expand`` gives back exactly the full
forms it holds (``compact`` checks): a page whose stored hashes do not hold, or whose seqs do not
follow on, travels in full form, so the server sees entry for entry what it would have seen in
full form and names a break exactly as before. A compact page whose entries do not give its
``hash`` (no laptop of ours sends one) is a break at its first entry.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sopiva_desk.protocol import access_chain, wire

#: Derived entry ids: uuid5 of ``"<chain id>\\n<seq>"`` in this namespace (unique as the chain id
#: and the seq are; the server needs no id on the wire to name the entry).
ENTRY_ID_NAMESPACE = uuid.UUID("5e0b1a7c-6c3e-4f0a-9a57-0a11ce5e1f00")
#: The content that travels as one list a field (``at`` goes as microsecond steps).
COLUMNS = ("user_id", "user_name", "client_id", "action", "record_type", "record_id", "fields", "purpose",
           "clients")
_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MICROSECOND = dt.timedelta(microseconds=1)


class UnsoundPage(ValueError):
    """A compact page's entries do not give the hash it names (``expand``); ``entries`` holds
    them expanded all the same, each hash as recomputed."""

    def __init__(self, entries: list[dict[str, Any]]) -> None:
        super().__init__("the page's entries do not give its hash")
        self.entries = entries


def entry_id(chain_id: str, seq: int) -> uuid.UUID:
    return uuid.uuid5(ENTRY_ID_NAMESPACE, f"{chain_id}\n{seq}")


def compact(chain_id: str, documents: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    """The compact page of these full forms (wire values, oldest first), or ``None`` when it
    would not expand to exactly them."""
    if not documents:
        return None
    try:
        steps, last = [], 0
        for document in documents:
            micros = (wire.parse_datetime(str(document["at"])) - _EPOCH) // _MICROSECOND
            steps.append(micros - last)
            last = micros
        page: dict[str, Any] = {
            "from": documents[0]["seq"], "prev_hash": documents[0]["prev_hash"], "hash": documents[-1]["hash"],
            "ids": {str(index): document["id"] for index, document in enumerate(documents)
                    if document["id"] != str(entry_id(chain_id, document["seq"]))},
            "at": steps, **{name: [document.get(name) for document in documents] for name in COLUMNS}}
        same = expand(chain_id, page) == [dict(document) for document in documents]
    except (KeyError, TypeError, ValueError):
        return None
    return page if same else None


def expand(chain_id: str, page: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The page's entries in full form (``ValueError``/``KeyError``/``TypeError`` on a malformed
    page; ``UnsoundPage`` when they do not give its hash)."""
    steps = page["at"]
    if not isinstance(steps, list) or any(not isinstance(step, int) or isinstance(step, bool) for step in steps):
        raise ValueError("at: microsecond steps")
    columns = {name: page[name] for name in COLUMNS}
    if any(not isinstance(values, list) or len(values) != len(steps) for values in columns.values()):
        raise ValueError("every column holds one value an entry")
    ids, first, prev_hash = page.get("ids") or {}, page["from"], page["prev_hash"]
    if not isinstance(first, int) or isinstance(first, bool) or not isinstance(prev_hash, str) \
            or not isinstance(ids, dict):
        raise ValueError("from, prev_hash, ids")
    entries: list[dict[str, Any]] = []
    micros = 0
    for index, step in enumerate(steps):
        seq = first + index
        micros += step
        entry = {"seq": seq, "id": ids.get(str(index)) or str(entry_id(chain_id, seq)),
                 "at": wire.encode_value(_EPOCH + micros * _MICROSECOND)}
        entry.update({name: values[index] for name, values in columns.items()})
        entry["prev_hash"] = prev_hash
        entry["hash"] = prev_hash = access_chain.entry_hash(entry, prev_hash)
        entries.append(entry)
    if entries and prev_hash != page["hash"]:
        raise UnsoundPage(entries)
    return entries
