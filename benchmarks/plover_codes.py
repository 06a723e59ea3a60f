"""Actor codes on the PLOVER gold-standard records: country and sector of the parties found.

Reads the gold file and a ``triangulate predict events`` output. Over the sentences whose
primary event type is right, each gold party (actor or recipient) that carries a code is
paired with the predicted party of the same role whose words overlap it most (token-set
overlap of at least half, as ``eval_events.py`` matches parties). Then:

- ``found``: the share of coded gold parties with a matching predicted party;
- ``code_acc``: of those, the share whose predicted top-level code (ISO 3166 alpha-3 country,
  or IGO/NGO...) is the gold one; ``code_given`` the share with any code predicted;
- ``sector_acc``: of the matched parties whose gold sector is given (not ``***``), the share
  whose predicted sector is the gold one.

Usage: python benchmarks/plover_codes.py GOLD PRED
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
    found = counts["found"] or 1
    print(
        f"coded_parties={counts['coded']} found={counts['found'] / (counts['coded'] or 1):.3f} "
        f"code_given={counts['code_given'] / found:.3f} "
        f"code_acc={counts['code_right'] / found:.3f} "
        f"sector_acc={counts['sector_right'] / (counts['sectored'] or 1):.3f} "
        f"(of {counts['sectored']} with a gold sector)"
    )


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
