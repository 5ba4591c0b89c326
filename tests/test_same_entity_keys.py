"""The keys an index of names files a name under (``same_entity_keys``, the registry's ``_match_keys``): every two
names that can be one entity share one, so that the registry compares a name only with those filed under its keys,
never with every person who shares a first name ("Jane Roe0" ... "Jane Roe999", quadratic)."""
from __future__ import annotations

from dataclasses import replace
from itertools import permutations

from audit.quotes.registry import _compound_surname, _match_keys
from audit.text import find_names, same_entity, same_entity_keys

TEXT = (
    "Susan E. Rice, the national security adviser, met Condoleezza Rice on Monday. Then S. Rice and Ms. Rice spoke. "
    "Liang Wenfeng, the founder of DeepSeek, said Mr. Liang would stay. The American Civil Liberties Union (ACLU) sued, "
    "and the ACLU said the C.I.A. and the CIA had erred. Tencent Holdings said Tencent would grow. Rep. Debbie Wasserman "
    "Schultz said Wasserman Schultz would run. Sen. Chris Van Hollen said Van Hollen agreed. Jane Roe, an actress, said "
    "Jane Poe, a singer, and Jane agreed with Roe."
)


def _mentions():
    return find_names(TEXT)


def test_names_that_can_be_one_entity_share_a_key():
    mentions = _mentions()
    joined = 0
    for a, b in permutations(mentions, 2):
        for kind in (None, "unknown"):  # the registry reads a name of unknown kind as its entity's kind
            left = a if kind is None else replace(a, kind=kind)
            if same_entity(left, b):
                joined += 1
                assert same_entity_keys(left)[0] & same_entity_keys(b)[1], (a.text, b.text)
            if _compound_surname(b, left):
                joined += 1
                assert _match_keys(left)[0] & _match_keys(b)[1], (a.text, b.text)
    assert joined > 10


def test_names_of_different_people_sharing_a_first_name_share_no_key():
    # control: "Jane Roe" is never compared with "Jane Poe", though both are filed under "jane" in the registry's index
    mentions = {m.text: m for m in _mentions()}
    roe, poe = mentions["Jane Roe"], mentions["Jane Poe"]
    assert not _match_keys(roe)[0] & _match_keys(poe)[1]
    assert _match_keys(roe)[0] & _match_keys(mentions["Roe"])[1]


KINDS_TEXT = (
    "The Brookings Institution and the Hoover Institution sued. Pfizer Inc. said Pfizer would appeal. The Ohio State "
    "University and Ohio State spoke. Jane Roe, Ann Roe and Roe met Xi Jinping and Xi. Tencent Holdings said Tencent "
    "would grow, and the American Civil Liberties Union (ACLU) said the ACLU agreed."
)


def test_names_of_any_kind_that_can_be_one_entity_share_a_key():
    # a name of unknown kind given each known kind, as the callers do (never a known kind changed)
    mentions = find_names(KINDS_TEXT)
    joined = 0
    for a, b in permutations(mentions, 2):
        for kind in (None, "person", "organization", "group"):
            left = a if kind is None or a.kind != "unknown" else replace(a, kind=kind)
            if same_entity(left, b):
                joined += 1
                assert same_entity_keys(left)[0] & same_entity_keys(b)[1], (a.text, b.text)
    assert joined > 10


def test_organisations_sharing_a_last_word_share_no_key():
    # "Brookings Institution" is never compared with every other "... Institution" of the text (quadratic in the bodies
    # named); control: two people sharing a surname share one, the rules compare their given names
    mentions = {m.text: m for m in find_names(KINDS_TEXT)}
    brookings, hoover = mentions["Brookings Institution"], mentions["Hoover Institution"]
    assert not same_entity_keys(brookings)[0] & same_entity_keys(hoover)[1]
    assert same_entity_keys(mentions["Jane Roe"])[0] & same_entity_keys(mentions["Ann Roe"])[1]
