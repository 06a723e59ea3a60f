"""Who-did-what-to-whom structure on the PETRARCH-2 validation records (a regression set).

The records expect coded dyads such as ``RUSCOP -> RUSEDU``: mostly fictional actors whose
codes only the suite's dictionaries define (``dictionaries/PETR.Validate.actors.txt`` and
``...agents.txt``). Their event codes are not CAMEO, so only the structure is scored: a
record is right when the first event ``events`` codes in it has an actor whose words name
the expected source and a recipient whose words name the expected target, for one of the
expected dyads; a record that expects no event is right when none is coded. Words name a
code when a dictionary phrase of that code stands in them ("Russian police": RUSSIA's
"RUSSIAN" gives RUS, the agent "POLICE" gives COP; a real country the suite's dictionary
leaves out is read from Triangulate's own actor data); ``---`` is no actor named, and a
quoted new actor ('"GRYFFINDOR HEAD"') is named by half its words. Records that expect a
coding error are left out.

Usage: python benchmarks/petrarch_structure.py [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from triangulate.actors.gazetteer import load_gazetteer
from triangulate.actors.phrases import read_party
from triangulate.config import Settings
from triangulate.extract.events import extract_events
from triangulate.models import Article
from triangulate.nlp.pipeline import build_nlp

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "petrarch-validation"
_CODE = re.compile(r"\[~?([A-Za-z-]+)")
_WORD = re.compile(r"[A-Z0-9'-]+")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    actors = _dictionary(args.data / "dictionaries" / "PETR.Validate.actors.txt")
    agents = _dictionary(args.data / "dictionaries" / "PETR.Validate.agents.txt")
    records = [json.loads(line) for line in (args.data / "dev.jsonl").open(encoding="utf-8")]
    records = [r for r in records if not r.get("expected_error")]
    nlp = build_nlp(Settings())
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        events = extract_events(doc, Article(record["id"], record["id"], record["text"]))
        kind = "dyad" if record["expected"] else "no event"
        total[kind] += 1
        if kind == "no event":
            right[kind] += not events
            continue
        if events and any(
            _names(events[0].actor, e["source"], actors, agents)
            and _names(events[0].recipient, e["target"], actors, agents)
            for e in record["expected"]
        ):
            right[kind] += 1
    for kind in ("dyad", "no event"):
        print(f"{kind}: {right[kind]}/{total[kind]} = {right[kind] / max(total[kind], 1):.3f}")
    share = sum(right.values()) / max(sum(total.values()), 1)
    print(f"records={sum(total.values())} structure_right={share:.3f}")


def _dictionary(path: Path) -> dict[str, set[str]]:
    """Phrase (upper case, words joined by spaces, a trailing space for a whole word) ->
    codes, from a PETRARCH dictionary: "PHRASE [CODE]", "+SYNONYM" lines, "[CODE]" lines."""
    codes: dict[str, set[str]] = defaultdict(set)
    phrases: list[str] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("<!--") or "=" in line:
            if not line.strip():
                phrases = []
            continue
        found = _CODE.findall(line)
        stripped = line.strip()
        if stripped.startswith("["):
            for phrase in phrases:
                codes[phrase].update(found)
            continue
        text = stripped.lstrip("+")
        text = re.split(r"[\[{]", text, maxsplit=1)[0].strip()
        phrase = text.replace("_", " ").replace("!PERSON!", " MAN").strip()
        if text.endswith("_"):
            phrase += " "
        if not stripped.startswith("+"):
            phrases = []
        phrases.append(phrase)
        for each in phrases:
            codes[each].update(found)
    return dict(codes)


def _names(
    parties: Any, code: str, actors: dict[str, set[str]], agents: dict[str, set[str]]
) -> bool:
    """Whether one of the parties' words names ``code``."""
    if code.startswith("---") and len(code) == 3:
        return not parties
    if code.startswith('"'):
        wanted = set(_WORD.findall(code.upper()))
        return any(len(wanted & set(_WORD.findall(p.upper()))) >= len(wanted) / 2 for p in parties)
    root, agent = code[:3], code[3:]
    for party in parties:
        text = " " + " ".join(_WORD.findall(party.upper())) + " "
        named = {c for phrase, cs in actors.items() if _in(phrase, text) for c in cs}
        known = read_party(party, load_gazetteer())  # real countries the suite leaves out
        if known is not None and known.country:
            named.add(known.country + (known.sector or ""))
        if code in named:
            return True
        root_ok = root == "---" or any(c.upper().startswith(root) for c in named)
        agent_ok = not agent or any(
            agent in c for phrase, cs in agents.items() if _in(phrase, text) for c in cs
        )
        if root_ok and agent_ok:
            return True
    return False


def _in(phrase: str, text: str) -> bool:
    """A phrase stands in the text: at a word start, whole when it ends with a space."""
    return bool(phrase.strip()) and f" {phrase}" in text


if __name__ == "__main__":
    main()
