"""The quote lens's indexes of one article's people: the roles that may name an entity (``words_in_roles``,
``roles_possibly_naming``, for the resolution's ``_propagate_affiliations``), the fuller-named speakers a speaker may be
(``fuller_named``, filed under ``same_entity_keys``, for ``_merge_speakers``) and the bearers of a surname
(``EntityRegistry.bearers_of_surname``, for ``principals.family_category``). Each finds every candidate the comparison
it spares would accept, in the same order, so that an article of many distinct people ("Jane Roe0" ... "Jane Roe1900")
is no longer quadratic and its speakers stay as they were."""
from __future__ import annotations

import re

from conftest import body_quotes, make_article

from audit.quotes import quotes_in
from audit.quotes.quote_marks import QuoteMarks
from audit.quotes.registry import Entity, EntityRegistry, known_by_office
from audit.quotes.resolution import _as_kind, fuller_named, roles_possibly_naming, words_in_roles
from audit.text import find_names, same_entity

ROLES = (
    "an analyst at Acme Corp", "a spokesman for Acme", "a lawyer for AT&T", "an aide to Sen. Jane Roe", "the head of the "
    "U.S. Chamber of Commerce", "a fellow at the Brookings Institution", "Acme's founder", "a Roe campaign aide",
    "an adviser to Roe-Poe Partners", "a director at the ACLU", "", "a professor at São Paulo University",
)


def test_the_role_index_holds_every_role_that_writes_a_name():
    names = (
        "Acme", "Acme Corp", "AT&T", "Jane Roe", "Roe", "U.S.", "U.S. Chamber of Commerce", "Brookings Institution",
        "Poe", "Roe-Poe Partners", "ACLU", "São Paulo", "Paulo", "...", "", "Corp", "the", "Chamber",
    )
    index = words_in_roles(ROLES)
    for name in names:
        writing = [k for k, role in enumerate(ROLES) if re.search(rf"\b{re.escape(name)}\b", role)]
        possible = list(roles_possibly_naming(name, index, len(ROLES)))
        assert possible == sorted(set(possible)), name
        assert set(writing) <= set(possible), name


def test_the_role_index_leaves_out_roles_without_the_name():
    # control: a name is looked for only in the roles holding its rarest word
    index = words_in_roles(ROLES)
    assert list(roles_possibly_naming("Acme Corp", index, len(ROLES))) == [0]
    assert list(roles_possibly_naming("Brookings", index, len(ROLES))) == [5]


def test_many_speakers_named_again_by_surname_are_each_their_own_voice():
    # "Roe7 said" after "Jane Roe7, an actress, said" is she, among many people sharing a first name
    body = " ".join(
        f"“We will tour in spring {i},” Jane Roe{i}, an actress, said. “It sold out,” Roe{i} said." for i in range(40)
    )
    speakers = [q.speaker.name for q in body_quotes(body)]
    assert speakers == [f"Jane Roe{i}" for i in range(40) for _ in range(2)]


# people sharing first names and surnames, surnames alone, initials, a surname written first, an acronym
MERGE_TEXT = (
    "Jane Roe, Ann Roe, Roe, Jane Q. Roe, J. Roe, Dan Poe, Poe, Mr. Poe, Liang Wenfeng, Mr. Liang, Gregory C. Allen, "
    "G. Allen, Allen, Sen. Ann Kell, Kell, Tom Zhang, Marina Zhang, Zhang, the American Civil Liberties Union (ACLU), "
    "the ACLU, Tencent Holdings, Tencent and " + ", ".join(f"Jane Moe{i}, Moe{i}" for i in range(30)) + " met."
)


def _entities() -> list[Entity]:
    return [Entity(m.text, tuple(m.text.lower().split()), kind=m.kind if m.kind != "unknown" else "", names=[m]) for m in find_names(MERGE_TEXT)]


def _fuller_by_every_comparison(speakers: list[Entity]) -> dict[int, Entity]:
    """``fuller_named`` as it was before the index: each speaker compared with every other."""
    into = {}
    for entity in speakers:
        short = entity.names[0]
        fuller = [
            other for other in speakers
            if other is not entity and len(other.names[0].parts) > len(short.parts) and same_entity(_as_kind(other), _as_kind(entity))
            and not (other.kin and known_by_office(entity))
        ]
        if len(fuller) == 1:
            into[id(entity)] = fuller[0]
    return into


def test_fuller_named_speakers_are_those_of_comparing_every_speaker():
    speakers = _entities()
    expected = _fuller_by_every_comparison(speakers)
    assert len(expected) >= 30
    assert fuller_named(speakers) == expected
    assert fuller_named(speakers[::-1]) == _fuller_by_every_comparison(speakers[::-1])


def test_a_surname_alone_is_the_one_fuller_named_speaker_who_bears_it():
    # control: "Moe7" is Jane Moe7 among thirty Janes; "Zhang", borne by two, is no one
    speakers = _entities()
    into = {entity.name: into_entity.name for entity in speakers if (into_entity := fuller_named(speakers).get(id(entity)))}
    assert into["Moe7"] == "Jane Moe7" and into["G. Allen"] == "Gregory C. Allen"
    assert "Zhang" not in into


FAMILY_TEXT = (
    "Donald Trump held a rally in Ohio. “My father will win,” said Eric Trump. Sarah Poe runs a bakery. “Sales are up,” "
    "said Eric Poe. Sen. Ann Kell spoke. " + " ".join(f"“It will rain {i},” said Jane Roe{i}." for i in range(30))
)


def test_the_bearers_of_a_surname_are_every_entity_whose_fullest_name_has_it_in_order():
    article = make_article("Title\n\n" + FAMILY_TEXT)
    registry = EntityRegistry(article, QuoteMarks(article))
    bearers = registry.bearers_of_surname
    named = [entity for entity in registry.entities if entity.names]
    assert len(bearers) >= 30
    for surname in {entity.names[0].surname for entity in named}:
        assert list(bearers[surname]) == [entity for entity in named if entity.names[0].surname == surname]


def test_a_candidates_relative_is_a_political_source_among_many_people():
    # control: "Eric Trump" after Donald Trump's rally is of his campaign; "Eric Poe", of a baker's family, and the many
    # people of no role are of no kind of source
    speakers = {q.speaker.name: q.speaker.category for q in quotes_in(make_article("Title\n\n" + FAMILY_TEXT, published="2016-07-13"))}
    assert speakers["Eric Trump"] == "politics"
    assert speakers["Eric Poe"] == "other" and speakers["Jane Roe7"] == "other"
