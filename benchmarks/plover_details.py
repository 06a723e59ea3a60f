"""What ``eval_events.py`` leaves unscored on the PLOVER gold-standard records: the actor
codes, the contexts and the modes.

Reads the gold file and a ``triangulate predict events`` output.

**Codes.** Over the sentences whose primary event type is right, each gold party (actor or
recipient) that carries a code is paired with the predicted party of the same role whose
words overlap it most (token-set overlap of at least half, as ``eval_events.py`` matches
parties). ``found`` is the share of coded gold parties with a matching predicted party;
``code_acc`` the share of those whose top-level code (ISO 3166 alpha-3 country, or
IGO/NGO...) is the gold one, ``code_given`` the share with any code; ``sector_acc`` the share
of matched parties with a gold sector (not ``***``) whose predicted sector is the gold one.

**Contexts.** The gold contexts were coded in 2016 (``context_legacy``), before PLOVER 2.0
renamed them; each legacy name is compared through its 2.0 names below ("refugee" is
migration, "political" political_institutions...). Micro precision and recall over all
sentences, taking the contexts of the first predicted event (none when no event); and the
precision over the predicted contexts the 2016 scheme has a name for (it has none for crime,
territory, religion_ethnicity..., which the gold therefore never holds).

**Modes.** Only the records whose 2016 type implies a 2.0 mode (DISAPPROVE, INVESTIGATE:
ACCUSE disapprove, investigate) have a gold mode; ``mode_acc`` is the share of those, among
the ones whose type is right, whose predicted mode is the gold one.

Usage: python benchmarks/plover_details.py GOLD PRED
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

_TOKEN = re.compile(r"\w+")
_STOP = frozenset({"the", "a", "an", "of", "and", "s"})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("pred", type=Path)
    args = parser.parse_args()
    gold = _read(args.gold)
    pred = _read(args.pred)
    counts: Counter[str] = Counter()
    for sid, record in gold.items():
        events = (pred.get(sid) or {}).get("events") or []
        if not events or events[0].get("event") != record["event"]:
            continue
        for role in ("actor", "recipient"):
            for party in record.get(role) or []:
                if not party.get("code"):
                    continue
                counts["coded"] += 1
                match = _match(party, events[0].get(role) or [])
                if match is None:
                    continue
                counts["found"] += 1
                counts["code_given"] += bool(match.get("code"))
                counts["code_right"] += match.get("code") == party["code"]
                sector = party.get("sector")
                if sector and sector != "***":
                    counts["sectored"] += 1
                    counts["sector_right"] += match.get("sector") == sector
    _contexts(gold, pred)
    _modes(gold, pred)
    found = counts["found"] or 1
    share = counts["found"] / (counts["coded"] or 1)
    print(
        f"codes: coded_parties={counts['coded']} found={share:.3f} "
        f"code_given={counts['code_given'] / found:.3f} "
        f"code_acc={counts['code_right'] / found:.3f} "
        f"sector_acc={counts['sector_right'] / (counts['sectored'] or 1):.3f} "
        f"(of {counts['sectored']} with a gold sector)"
    )


#: the PLOVER 2.0 names of the 2016 contexts of the gold records
LEGACY_CONTEXTS = {
    "military": {"military"},
    "diplomatic": {"diplomatic"},
    "legal": {"legal"},
    "political": {"political_institutions", "executive", "legislative"},
    "politics": {"political_institutions", "executive", "legislative"},
    "government": {"executive", "political_institutions"},
    "refugee": {"migration", "asylum"},
    "refugees": {"migration", "asylum"},
    "economic": {"economic"},
    "terrorism": {"terrorism"},
    "election": {"election"},
    "resource": {"natural_resource"},
    "cbrn": {"cbrn"},
    "rights": {"human_rights", "rights_freedoms"},
    "cyber": {"cyber"},
    "discrimination": {"religion_ethnicity", "inequality"},
}


_KNOWN = frozenset(name for names in LEGACY_CONTEXTS.values() for name in names)


def _contexts(gold: dict[str, dict[str, Any]], pred: dict[str, dict[str, Any]]) -> None:
    right_pred = n_pred = right_gold = n_gold = n_known = 0
    for sid, record in gold.items():
        events = (pred.get(sid) or {}).get("events") or []
        predicted = set(events[0].get("contexts") or []) if events else set()
        wanted = [
            LEGACY_CONTEXTS[c] for c in record.get("context_legacy") or [] if c in LEGACY_CONTEXTS
        ]
        n_gold += len(wanted)
        right_gold += sum(1 for names in wanted if names & predicted)
        n_pred += len(predicted)
        right_pred += sum(1 for c in predicted if any(c in names for names in wanted))
        n_known += sum(1 for c in predicted if c in _KNOWN)
    p = right_pred / n_pred if n_pred else 0.0
    r = right_gold / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    known = right_pred / n_known if n_known else 0.0
    print(
        f"contexts: gold={n_gold} predicted={n_pred} precision={p:.3f} recall={r:.3f} "
        f"f1={f1:.3f} precision_on_2016_contexts={known:.3f}"
    )


def _modes(gold: dict[str, dict[str, Any]], pred: dict[str, dict[str, Any]]) -> None:
    total = right = 0
    for sid, record in gold.items():
        mode = record.get("implied_mode_v2")
        events = (pred.get(sid) or {}).get("events") or []
        if not mode or not events or events[0].get("event") != record["event"]:
            continue
        total += 1
        right += events[0].get("mode") == mode
    print(f"modes: {right}/{total} right = {right / (total or 1):.3f} (gold modes: ACCUSE only)")


def _read(path: Path) -> dict[str, dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines if line.strip()]
    return {row["id"]: row for row in rows}


def _match(party: dict[str, Any], candidates: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The candidate whose words overlap ``party``'s most, if by at least half."""
    words = _tokens(party.get("text", ""))
    best, best_overlap = None, 0.5
    for candidate in candidates:
        other = _tokens(candidate.get("text", ""))
        if words and other:
            overlap = len(words & other) / max(len(words), len(other))
            if overlap >= best_overlap:
                best, best_overlap = candidate, overlap
    return best


def _tokens(text: str) -> set[str]:
    return {t.lower() for t in _TOKEN.findall(text)} - _STOP


if __name__ == "__main__":
    main()
