"""The actor data files: valid codes, one meaning per name, and lookups by any form."""

from __future__ import annotations

import pytest

from triangulate.actors.gazetteer import KINDS, ROLES, actor_key, load_gazetteer

#: Codes that are no ISO 3166-1 code: Kosovo's user-assigned code, as the EU and IMF use it.
NOT_ISO = {"XKX"}


def test_gazetteer_country_codes_are_iso_alpha3() -> None:
    import pycountry  # a dev dependency: ISO 3166 checked against a source of its own

    codes = [c.iso3 for c in load_gazetteer().countries]
    assert len(codes) == len(set(codes))
    unknown = {code for code in codes if pycountry.countries.get(alpha_3=code) is None}
    assert unknown == NOT_ISO


def test_gazetteer_covers_every_un_member_and_common_others() -> None:
    countries = {c.iso3: c for c in load_gazetteer().countries}
    assert sum(c.status == "un" for c in countries.values()) == 193
    assert {"PSE", "VAT", "TWN", "XKX"} <= countries.keys()
    assert {c.status for c in countries.values()} == {"un", "observer", "other"}


def test_gazetteer_codes_and_words_are_known() -> None:
    gazetteer = load_gazetteer()
    codes = {c.iso3 for c in gazetteer.countries}
    for org in gazetteer.organisations:
        assert org.country is None or org.country in codes, org
        assert org.sector in gazetteer.sectors, org
    for word in gazetteer.sector_words.values():
        assert word.role in ROLES and (word.sector is None or word.sector in gazetteer.sectors)
    assert {known.kind for known in gazetteer.names.values()} == set(KINDS)


def test_gazetteer_sector_codes_are_documented() -> None:
    sectors = load_gazetteer().sectors
    assert {"GOV", "MIL", "COP", "REB", "IGO"} <= sectors.keys()
    assert all(meaning for meaning in sectors.values())


@pytest.mark.parametrize(
    "text, key",
    [
        ("Iran’s", "iran"),
        ("the United States", "united states"),
        ("The Élysée", "elysee"),
        ("Israelis'", "israelis"),
        ("U.S.", "u.s."),
        ("The", "the"),
    ],
)
def test_gazetteer_actor_key(text: str, key: str) -> None:
    assert actor_key(text) == key


@pytest.mark.parametrize(
    "text, kind, name, country, sector",
    [
        ("Iran", "country", "Iran", "IRN", None),
        ("Iran's", "country", "Iran", "IRN", None),
        ("Iranian", "demonym", "Iran", "IRN", None),
        ("Iranians", "demonym", "Iran", "IRN", None),
        ("U.S.", "country", "United States", "USA", None),
        ("US", "country", "United States", "USA", None),
        ("USA", "country", "United States", "USA", None),
        ("America", "country", "United States", "USA", None),
        ("United States of America", "country", "United States", "USA", None),
        ("American", "demonym", "United States", "USA", None),
        ("UK", "country", "United Kingdom", "GBR", None),
        ("Britain", "country", "United Kingdom", "GBR", None),
        ("British", "demonym", "United Kingdom", "GBR", None),
        ("Ivory Coast", "country", "Côte d'Ivoire", "CIV", None),
        ("Tehran", "capital", "Tehran", "IRN", None),
        ("Kiev", "capital", "Kyiv", "UKR", None),
        ("Bogota", "capital", "Bogotá", "COL", None),
        ("the White House", "organisation", "White House", "USA", "GOV"),
        ("Kremlin", "organisation", "Kremlin", "RUS", "GOV"),
        ("Elysee", "organisation", "Élysée", "FRA", "GOV"),
        ("Downing Street", "organisation", "Downing Street", "GBR", "GOV"),
        ("Zhongnanhai", "organisation", "Zhongnanhai", "CHN", "GOV"),
        ("Hezbollah", "organisation", "Hezbollah", "LBN", "REB"),
        ("Hamas", "organisation", "Hamas", "PSE", "REB"),
        ("IDF", "organisation", "Israel Defense Forces", "ISR", "MIL"),
        ("the Pentagon", "organisation", "Pentagon", "USA", "MIL"),
        ("IAEA", "organisation", "International Atomic Energy Agency", None, "IGO"),
        ("Nato", "organisation", "North Atlantic Treaty Organization", None, "IGO"),
        # a name two countries share is documented as one of them
        ("Georgia", "country", "Georgia", "GEO", None),
    ],
)
def test_gazetteer_finds_names(
    text: str, kind: str, name: str, country: str | None, sector: str | None
) -> None:
    known = load_gazetteer().find(text)
    assert known is not None
    assert (known.kind, known.name, known.country, known.sector) == (kind, name, country, sector)


@pytest.mark.parametrize(
    "text",
    [
        # shared by two countries: left out rather than guessed
        "Korea",
        "Korean",
        "Congo",
        "Congolese",
        "Dominican",
        # capitals that mostly name other places
        "Kingston",
        "Victoria",
        "Georgetown",
        # fictional countries of examples/
        "Valdoria",
        "Valdorian",
        "Carvenia",
    ],
)
def test_gazetteer_leaves_out_ambiguous_and_unknown_names(text: str) -> None:
    assert load_gazetteer().find(text) is None
