"""No speaker is a date, a dateline, a US state alone, an adverb or a word fragment: on the
seeds, on PolNeAR dev and on the real stories of devsets/figures/stories.

A speaker's name is checked with ``audit.text.name_problem`` (months and weekdays, party
tags and state abbreviations, function words, titles or demonyms alone, lower case,
possessives and other fragments) and with what only the article around it shows: a US
state written alone, a dateline (a name in capitals opening a line before a dash), an
adverb (one word ending in -ly that is no part of a name the article writes in full).
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from audit import load
from audit.lexicons import data_lines
from audit.quotes import quotes_in
from audit.text import name_problem
from conftest import body_quotes, make_article
from golden_outputs import devsets_folder

ROOT = Path(__file__).resolve().parent.parent
_DATELINE_AFTER_RE = re.compile(r"\s*(?:,[^\n—–-]{0,40})?\s*(?:\([^)]{1,30}\)\s*)?(?:—|–|--|-|―)")


def _us_states() -> frozenset[str]:
    return frozenset(row["state"].strip() for row in csv.DictReader(data_lines("us_states.csv")))


def speaker_problem(name: str, text: str) -> str:
    """Why ``name`` cannot be the speaker named in ``text``, or ``""``."""
    problem = name_problem(name)
    if problem == "demonym alone" and re.search(rf"\b{re.escape(name)},\s+[RD]-[A-Z]|\b(?:Rep|Sen|Gov|Mr|Mrs|Ms|Dr)\.\s+{re.escape(name)}\b", text):
        problem = ""  # "White, R-Philadelphia,", "Rep. White": a surname the article gives a lawmaker's tag or a title
    if problem:
        return problem
    if name in _us_states():
        return "US state alone"
    for match in re.finditer(rf"(?m)^[ \t\"“]*{re.escape(name)}", text):
        if name.isupper() and _DATELINE_AFTER_RE.match(text, match.end()):
            return "dateline"
    if " " not in name and name.lower().endswith("ly") and not re.search(rf"[A-Z][\w.’'-]* {re.escape(name)}\b", text):
        return "adverb"
    return ""


def problems_in(folders: list[Path]) -> list[tuple[str, str, str]]:
    found = []
    for folder in folders:
        for article in load([folder]).articles:
            for quote in quotes_in(article):
                if quote.speaker is not None and quote.speaker.named:
                    problem = speaker_problem(quote.speaker.name, article.text)
                    if problem:
                        found.append((article.id, quote.speaker.name, problem))
    return sorted(set(found))


def _devsets(*parts: str) -> list[Path]:
    folder = devsets_folder()
    if folder is None:
        pytest.skip("../shared/devsets not found (set AUDIT_DEVSETS): PolNeAR dev and the figures stories are not here")
    root = folder.joinpath(*parts)
    return sorted(p for p in root.iterdir() if p.is_dir())


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("Sept.", "month or weekday"),
        ("Utah", "US state alone"),
        ("Likewise", "function word"),
        ("Conversely", "adverb"),
        ("LOS ANGELES", "dateline"),
        ("Trump's", "fragment"),
        ("Mitt Romney", ""),
        ("Megyn Kelly", ""),
    ],
)
def test_speaker_problem(name, problem):
    text = "LOS ANGELES (AP) — Mitt Romney of Utah spoke. Conversely, Megyn Kelly did not."
    assert speaker_problem(name, text) == problem


def test_no_implausible_speaker_on_the_seeds():
    assert problems_in([ROOT / "seeds"]) == []


def test_no_implausible_speaker_on_polnear_dev():
    assert problems_in(_devsets("polnear", "dev", "texts")) == []


def test_no_implausible_speaker_on_the_figures_stories():
    assert problems_in(_devsets("figures", "stories")) == []


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.speaker.name if q.speaker else "", q.text) for q in body_quotes(text)]


def test_a_transcript_label_in_capitals_is_named_as_a_name_is_written():
    text = 'Gov. Tom Reyes spoke on the show. Partial transcript as follows:\n\n"HOLLIS: Let us start with the budget.\n\nANN ORTIZ: Go ahead.'
    assert [name for name, _ in _speakers(text)] == ["Hollis", "Ann Ortiz"]
    # control: a label the article names in full elsewhere is that name; a short label may be an acronym and stays
    text = "Host Ann Hollis asked Gov. Tom Reyes about the budget. Partial transcript as follows:\n\nHOLLIS: Let us start.\n\nREYES: Go ahead."
    assert [name for name, _ in _speakers(text)][-2:] == ["Ann Hollis", "Tom Reyes"]


def test_a_persons_own_text_after_according_to_is_that_persons():
    text = "Dr. Ann Ortiz wrote about her years at the clinic. According to her account, the clinic never closed."
    assert _speakers(text) == [("Ann Ortiz", "the clinic never closed")]
    # control: a possessive pronoun with no one named before it leaves the text itself the source, and
    # "their" (any group that spoke last) is left alone
    assert _speakers("According to its website, the clinic never closed.") == [("its website", "the clinic never closed")]
    assert _speakers("Some say it will close. According to their website, the clinic never closed.")[-1] == ("their website", "the clinic never closed")


def test_it_after_a_text_that_spoke_is_that_text():
    text = 'The council sent an email. "We can win," the email read. It stated that the rival was rattled by the polls.'
    assert _speakers(text)[-1] == ("the email", "the rival was rattled by the polls")
    # a body opening the sentence before as its subject
    assert _speakers("The committee met on Monday. It said the rules would change.") == [("the committee", "the rules would change")]
    # control: a person who spoke before is no antecedent of "it", nor a sentence opening with no body
    assert _speakers("Mayor Ann Ortiz met the press. It was cold. It said the rules would change.")[-1][0] == "unidentified speaker (it)"
    text = 'The council met. "We can win," a council member said. It stated that the rival was rattled by the polls.'
    assert _speakers(text)[-1] == ("unidentified speaker (it)", "the rival was rattled by the polls")


def test_an_organisations_name_keeps_its_role_words():
    # "Federal" is a role word ("a federal judge"), but inside "Federal Reserve" it is the name's own
    article = make_article(
        "T\n\nThe Federal Reserve said on Monday that rates would rise.\n\n"
        "The Committee for a Responsible Federal Budget said the plan was costly.\n\n"
        "Billionaire Mark Cuban said he would not run.\n\n"
        "Heritage Foundation Senior Fellow James Carafano said the plan was costly.\n"
    )
    speakers = [(q.speaker.name, q.speaker.role) for q in quotes_in(article)]
    assert speakers == [
        ("Federal Reserve", ""), ("Committee for a Responsible Federal Budget", ""), ("Mark Cuban", "Billionaire"),
        # an employer, a title and a person read as one organisation: the person is still the speaker
        ("James Carafano", "Heritage Foundation Senior Fellow"),
    ]


def test_a_pageant_title_is_no_part_of_the_name_she_resolves_to():
    text = "The candidate mocked former Miss Universe Alicia Machado for her weight. She says the insults hurt her."
    assert _speakers(text) == [("Alicia Machado", "the insults hurt her")]
    # control: "Miss" before a surname alone stays the honorific
    assert _speakers("Miss Machado spoke at the rally. She says the insults hurt her.") == [("Machado", "the insults hurt her")]


def test_a_name_whose_words_are_also_function_words_is_the_inverted_source():
    text = '"It is a pretty expensive business model," said Will Doyle, a professor of higher education.'
    assert _speakers(text) == [("Will Doyle", "It is a pretty expensive business model,")]
    text = '"We won a smaller share of votes than any party," said Al From, who helped found the council.'
    assert _speakers(text) == [("Al From", "We won a smaller share of votes than any party,")]
    # control: a modal opening a question is no name
    assert _speakers('Will the plan pass? "It will," said Ann Ortiz.') == [("Ann Ortiz", "It will,")]


def test_a_one_word_transcript_label_is_a_person():
    text = "The interview went on.\n\nWALLACE: Do you accept the result?\n\nORTIZ: I will look at it then."
    speakers = [(q.speaker.name, q.speaker.kind) for q in body_quotes(text)]
    assert speakers == [("Wallace", "person"), ("Ortiz", "person")]
    # control: a body named alone that speaks is still an organisation
    found = body_quotes("The Pentagon said the drill would go on.")
    assert [(q.speaker.name, q.speaker.kind) for q in found] == [("Pentagon", "organization")]


def test_a_surname_that_is_a_function_word_speaks_for_the_person_named_in_full():
    text = 'The council was founded by Al From in 1985. Ann Ortiz disagreed. "The circumstances are changed," From said.'
    assert _speakers(text) == [("Al From", "The circumstances are changed,")]
    # control: a prepositional phrase opening the clause is no speaker
    assert _speakers('The council was founded by Al From. From the outset, critics said the council would fail.') == [
        ("critics", "the council would fail")
    ]
