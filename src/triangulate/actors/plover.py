"""An actor's codes as PLOVER 2.0 writes them: a top-level ``code`` and a ``sector``.

The code is the country (ISO 3166 alpha-3). A body with no country of its own whose PLOVER
sector is one of the manual's international non-state codes (IGO, NGO, ...) has that as its
code and no sector, as PLOVER codes the United Nations: ``{"code": "IGO"}``. Sectors are
translated through the ``plover`` column of ``sectors.tsv`` (media are JRN in PLOVER).
"""

from __future__ import annotations

from triangulate.actors.gazetteer import Gazetteer
from triangulate.actors.phrases import Actor, read_party

#: The top-level codes PLOVER gives international non-state entities (manual, "Country
#: codes"): intergovernmental and non-governmental organisations, the UN, the EU,
#: transnational movements, militarised groups and corporations.
NONSTATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})


def plover_codes(actor: Actor | None, gazetteer: Gazetteer) -> tuple[str | None, str | None]:
    """Return (code, sector) of ``actor`` in PLOVER's terms; (None, None) for no actor."""
    if actor is None:
        return None, None
    sector = gazetteer.plover_sectors.get(actor.sector) if actor.sector else None
    if actor.country:
        return actor.country, sector
    if sector in NONSTATE_CODES:
        return sector, None
    return None, sector


def party_codes(text: str, gazetteer: Gazetteer) -> tuple[str | None, str | None]:
    """Return (code, sector) in PLOVER's terms of the party an event's words name
    (:func:`~triangulate.actors.phrases.read_party`)."""
    return plover_codes(read_party(text, gazetteer), gazetteer)
