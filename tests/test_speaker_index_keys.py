"""The keys an index of speakers files a speaker under (``speaker_index_keys``, for ``shared_voices``): every two
speakers ``same_speaker`` can join share one, so that a speaker is compared only with the clusters filed under its keys,
in their order, and the voices shared are those of comparing it with every cluster, while a story of many distinct
people ("Jane Roe0" ... "Jane Roe1900") is no longer quadratic."""
from __future__ import annotations

from itertools import permutations

from audit.compare.voices import MAX_SUBSET_WORDS, same_speaker, shared_voices, speaker_index_keys, speaker_key
from audit.model import Span
from audit.quotes import Quote, Speaker
from audit.text import find_names

# names as the name finder reads them in a text, with the acronyms it introduces
NAMED_TEXT = (
    "The American Civil Liberties Union (ACLU) sued, and the ACLU said the C.I.A. and the CIA had erred. Tencent "
    "Holdings Ltd. said Tencent would grow. Liang Wenfeng said Mr. Liang would stay. Susan E. Rice met S. Rice."
)
# names written alone: surnames, initials, titles, names in either order, hyphens and apostrophes
PEOPLE = (
    "Jane Roe", "Jane Q. Roe", "J. Roe", "Roe", "Ms. Roe", "Sen. Jane Roe", "Jane Poe", "Poe", "Wenfeng Liang", "Liang",
    "Gregory Allen", "Gregory C. Allen", "G. Allen", "Allen", "Senate Majority Leader Ann Kell", "Ann Kell", "Kell",
    "Mary Ann Kell Lopez", "Ann Kell Lopez", "Debbie Wasserman Schultz", "Wasserman Schultz", "Schultz", "Eric Schultz",
    "Ed Schultz", "Chris Van Hollen", "Van Hollen", "Jean-Luc Marois", "Marois", "Tom O’Neill", "O'Neill",
    "Dr. Ana María de la Cruz Ortega Vidal", "Ana María de la Cruz Ortega", "Cruz Ortega", "de la Cruz",
)
ORGANIZATIONS = (
    "ACLU", "A.C.L.U.", "CIA", "Tencent Holdings", "Tencent", "House Committee on Oversight and Government Reform",
    "Oversight Committee", "Committee on Oversight and Government Reform", "Government Reform", "Department of Health and "
    "Human Services Office of Inspector General", "Office of Inspector General", "Inspector General", "Health and Human Services",
    "Health and Human Services Office of Inspector General",
)


def _speaker(name: str, kind: str = "person", mention=None, named: bool = True) -> Speaker:
    return Speaker(name=name, kind=kind, role="", category="other", gender="unknown", named=named, mention=mention)


def _speakers() -> list[Speaker]:
    found = [_speaker(m.text, m.kind if m.kind != "unknown" else "person", m) for m in find_names(NAMED_TEXT)]
    return [
        *found, *(_speaker(name) for name in PEOPLE), *(_speaker(name, "organization") for name in ORGANIZATIONS),
        _speaker("Roe", "organization"), _speaker("Jane Roe", "group"),
        # a named group ("Jane Roe and Eric Schultz said") is joined through its members
        Speaker(name="Jane Roe and Eric Schultz", kind="group", role="", category="other", gender="", named=True,
                members=(_speaker("Jane Roe"), _speaker("Eric Schultz"))),
        Speaker(name="Tencent and CIA", kind="group", role="", category="other", gender="", named=True,
                members=(_speaker("Tencent", "organization"), _speaker("CIA", "organization"))),
    ]


def test_speakers_that_can_be_one_voice_share_a_key():
    joined = 0
    for a, b in permutations(_speakers(), 2):
        if same_speaker(a, b):
            joined += 1
            assert speaker_index_keys(a)[0] & speaker_index_keys(b)[1], (a.name, b.name)
    assert joined > 100


def test_the_keys_cover_each_way_speakers_are_joined():
    # a surname alone, an initial, an acronym introduced in the text, a subset of a long name's words both ways
    mentions = {m.text: m for m in find_names(NAMED_TEXT)}
    pairs = [
        (_speaker("Roe"), _speaker("Jane Q. Roe")),
        (_speaker("G. Allen"), _speaker("Gregory C. Allen")),
        (_speaker("ACLU", "organization", mentions["ACLU"]), _speaker("American Civil Liberties Union", "organization", mentions["American Civil Liberties Union"])),
        (_speaker("Oversight Committee", "organization"), _speaker("House Committee on Oversight and Government Reform", "organization")),
        (_speaker("Ana María de la Cruz Ortega", "person"), _speaker("Dr. Ana María de la Cruz Ortega Vidal", "person")),
        (_speaker("Health and Human Services Office of Inspector General", "organization"), _speaker(ORGANIZATIONS[9], "organization")),
    ]
    # a short name within a long one (filed under each of its words), and two long ones
    assert len(speaker_key(pairs[3][1].name)) > MAX_SUBSET_WORDS >= len(speaker_key(pairs[3][0].name))
    assert min(len(speaker_key(pairs[5][0].name)), len(speaker_key(pairs[5][1].name))) > MAX_SUBSET_WORDS
    for a, b in pairs:
        assert same_speaker(a, b) and same_speaker(b, a)
        assert speaker_index_keys(a)[0] & speaker_index_keys(b)[1] and speaker_index_keys(b)[0] & speaker_index_keys(a)[1]


def test_different_people_sharing_a_first_name_share_no_key():
    # control: the index is what spares comparing "Jane Roe1" with every other "Jane"
    people = [_speaker(f"Jane Roe{i}") for i in range(50)]
    for a, b in permutations(people, 2):
        assert not speaker_index_keys(a)[0] & speaker_index_keys(b)[1]


def test_unnamed_voices_have_no_key():
    assert speaker_index_keys(_speaker("a Weibo user", "anonymous", named=False)) == (frozenset(), frozenset())


def _quote(speaker: Speaker) -> Quote:
    return Quote(Span(0, 1), "x", "direct", "", None, speaker.name, None, speaker)


def _shared_by_every_comparison(quotes_per_article):
    """``shared_voices`` as it was before the index: each new speaker compared with every cluster, in order."""
    from audit.compare.voices import SharedVoice, _fullness

    named = [
        (a, q, speaker) for a, quotes in enumerate(quotes_per_article) for q, quote in enumerate(quotes) if quote.speaker.named
        for speaker in quote.speaker.members or (quote.speaker,)  # a named group's quote is one of each member
    ]
    named.sort(key=lambda item: (-_fullness(item[2]), item[0], item[1]))
    clusters, by_speaker = [], {}
    for a, q, speaker in named:
        index = by_speaker.get(speaker)
        if index is None:
            matching = [k for k, (representative, _found) in enumerate(clusters) if same_speaker(representative, speaker)]
            index = matching[0] if len(matching) == 1 or (matching and _fullness(speaker) > 1) else len(clusters)
            if index == len(clusters):
                clusters.append((speaker, {}))
            by_speaker[speaker] = index
        clusters[index][1].setdefault(a, []).append(q)
    shared = [
        SharedVoice(s.name, s.category, tuple((a, len(found[a]), min(found[a])) for a in sorted(found)))
        for s, found in clusters if len(found) >= 2
    ]
    return tuple(sorted(shared, key=lambda s: (-len(s.appearances), -sum(n for _, n, _ in s.appearances), s.name)))


def test_shared_voices_are_those_of_comparing_every_speaker():
    speakers = _speakers()
    # three outlets quoting overlapping thirds of the speakers, in different orders
    articles = [[_quote(s) for s in speakers[k::2]] for k in (0, 1)] + [[_quote(s) for s in reversed(speakers[::3])]]
    expected = _shared_by_every_comparison(articles)
    assert len(expected) > 10
    assert shared_voices(articles) == expected


def test_many_people_sharing_a_first_name_are_each_one_shared_voice():
    # control: "Jane Roe7" in two outlets is one voice, never another "Jane"; "Roe7" alone joins her
    first = [_quote(_speaker(f"Jane Roe{i}")) for i in range(300)]
    second = [_quote(_speaker(f"Roe{i}" if i % 2 else f"Jane Roe{i}")) for i in range(300)]
    shared = shared_voices([first, second])
    assert len(shared) == 300 and all(s.appearances == ((0, 1, int(s.name[8:])), (1, 1, int(s.name[8:]))) for s in shared)
