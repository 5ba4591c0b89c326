"""Transcripts: a paragraph opening with a speaker's label in capitals ("WALLACE: Let's start
...", "HILLARY CLINTON: ...") is that speaker's turn, a direct quote without quote marks.

News prints interviews and debates this way (Fox News Sunday, debate transcripts). The
label must be one the shared name finder reads as a name (it keeps "TRUMP:" at a line's
start and drops shouted headings such as "FULL TEXT"), so section labels ("UPDATE:",
"NOTE:") and interview letters ("Q:") are no speakers. Quote marks inside a turn are part
of it; so is the opening quote mark of a transcript printed as one long quotation
('"WALLACE: ...'). The speaker is named as the article names the person elsewhere ("Chris
Wallace"), or, when it does not, in the case a name is written in ("Wallace"), not in capitals.

An interview printed as questions and answers ("Q: ..." and "A: ..." opening paragraphs, both
present) is read the same way: each answer is a direct quote by the interviewee, and each question
one by the interviewer, unnamed. The interviewee is the person the introduction before the first
label names right after "interview with", "spoke with", "talked to" or "we asked" ("Q&A with Vice
President Joe Biden"), only a title or role between (the title line's mention, else the one nearest the
first label), else the first person its title line names, else the person it names most
often (an introduction may name the person the interview is about more often than the one who
answers). Paragraphs without a label after an answer go on with it up to the next label; after the
last answer only those that are no report of their own go on (no quotation mark, no reporting cue,
no person named, no editor's note on "this interview"): what follows an interview is often the
article's own (a report with its own quotes, "X contributed reporting"). A continued paragraph's
quotation marks stay free for the quote finders.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..model import Article
from ..text import NameMention
from .attribution import Attribution, FoundQuotes
from .cues import cues_in
from .mentions import DETERMINERS, PREPOSITIONS, Mention
from .names import ArticleNames
from .quote_marks import QuoteMarks

_LABEL_RE = re.compile(r"[ \t]*[\"“]?([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2})(:)[ \t]+(?=\S)")
_INTERVIEW_LABEL_RE = re.compile(r"[ \t]*([QA])(:)[ \t]+(?=\S)")
# "an interview with", "Roe spoke with", "we asked": the person after it answers. Only a title or role
# may come between ("Vice President", "Sen.", "the novelist"): a preposition or determiner starts
# another phrase ("Roe was asked about Tom Arlen"). Bare "asked" and "interview(ed)" say who was
# questioned only after "we", "I" or "us" ("Last year Roe asked Tom Arlen to leave" is no interview).
_NOT_A_ROLE_WORD = "|".join(sorted(PREPOSITIONS | DETERMINERS | {"and", "or", "but", "about"}))
_INTERVIEWEE_BEFORE_RE = re.compile(
    r"(?:(?i:\binterview(?:ed)?\s+with|\bQ&A\s+with|\bconversation\s+with|\bspoke\s+(?:with|to)|\btalked\s+(?:with|to))"
    r"|\b(?:[Ww]e|I|us)\s+(?:asked|interview(?:ed)?))\s+"
    r"(?:(?:the|a|an)\s+)?"
    rf"(?:(?:[A-Z][\w\-]*\.?|(?!(?:{_NOT_A_ROLE_WORD})\b)[a-z][\w\-]*)\s+){{0,4}}$"
)
# an editor's note closing an interview: "This interview has been edited and condensed."
_EDITORS_NOTE_RE = re.compile(r"\s*(?:This|The)\s+(?:interview|conversation|transcript|exchange)\b")


def find_labelled_turns(article: Article, marks: QuoteMarks, names: ArticleNames, found: FoundQuotes) -> None:
    """Add each labelled turn of ``article`` to ``found`` as a direct quote by its label."""
    text = article.text
    labelled: dict[str, NameMention] = {}  # the last word of a label in full ("KATE BOULDUAN:") -> its name
    for paragraph in article.paragraphs:
        label = _LABEL_RE.match(text, paragraph.start, paragraph.end)
        if label is None:
            continue
        mention = names.ending_at(label.start(1), label.end(1))
        if mention is None:
            # "BOULDUAN:" after "KATE BOULDUAN:": the surname of a speaker the transcript labelled in full
            mention = labelled.get(label.group(1))
            if mention is None:
                continue
        elif mention.kind not in ("person", "unknown") or mention.start != label.start(1):
            continue
        elif " " in label.group(1):
            labelled[label.group(1).split()[-1]] = mention
        end = paragraph.end
        while end > label.end() and text[end - 1].isspace():
            end -= 1
        # a reader names "WALLACE" as the article does elsewhere ("Chris Wallace": the registry finds that
        # fuller name), else as a name is written, not shouted: "Wallace", "Kate Bolduan", "O'Reilly" (a short
        # word alone may be an acronym: "UN", "IMF")
        written = label.group(1).title() if " " in label.group(1) or len(label.group(1)) >= 5 else label.group(1)
        # a turn of a transcript is a person's: a label the finder could not type ("WALLACE") names one
        person = replace(mention, kind="person", evidence="transcript label") if mention.kind == "unknown" else mention
        speaker = Mention(label.start(1), label.end(1), written, "name", name=person)
        turn = Attribution(label.end(), end, "direct", label.start(2), label.end(2), speaker)
        _add_turn(marks, found, turn, paragraph.start)  # a turn's own opening mark too: '"WALLACE: ...'


def find_interview_turns(article: Article, marks: QuoteMarks, names: ArticleNames, found: FoundQuotes) -> None:
    """Add each answer of a question-and-answer interview in ``article`` to ``found`` as a direct quote by
    the interviewee, and each question as one by the unnamed interviewer (see the module docstring)."""
    text = article.text
    labels = [(paragraph, _INTERVIEW_LABEL_RE.match(text, paragraph.start, paragraph.end)) for paragraph in article.paragraphs]
    letters = {label.group(1) for _paragraph, label in labels if label is not None}
    if letters != {"Q", "A"}:
        return
    first_label = next(label.start() for _paragraph, label in labels if label is not None)
    last_answer = max(label.start() for _paragraph, label in labels if label is not None and label.group(1) == "A")
    interviewee = _interviewee(article, names, first_label)
    answering: Attribution | None = None
    for paragraph, label in labels:
        end = paragraph.end
        while end > paragraph.start and text[end - 1].isspace():
            end -= 1
        if label is None:
            if answering is not None and paragraph.start > answering.end and end > paragraph.start:
                if paragraph.start > last_answer and _reports_on_its_own(article, marks, names, paragraph.start, end):
                    answering = None  # the interview is over: the article goes on
                    continue
                # an answer running over paragraphs
                _add_turn(marks, found, Attribution(paragraph.start, end, "direct", answering.cue_start, answering.cue_end, answering.mention), None)
            continue
        if label.group(1) == "Q":
            answering = None
            speaker = Mention(label.start(1), label.end(1), "the interviewer", "description")
        elif interviewee is not None:
            speaker = Mention(interviewee.start, interviewee.end, interviewee.text, "name", name=interviewee)
        else:
            speaker = Mention(label.start(1), label.end(1), "the interviewee", "description")
        turn = Attribution(label.end(), end, "direct", label.start(2), label.end(2), speaker)
        answering = turn if label.group(1) == "A" else None
        _add_turn(marks, found, turn, turn.start)


def _reports_on_its_own(article: Article, marks: QuoteMarks, names: ArticleNames, start: int, end: int) -> bool:
    """Whether the paragraph ``[start, end)`` after an interview's last answer is the article's own: it holds a
    quotation mark, a reporting cue, a person's name or an editor's note on the interview."""
    return (
        any(start <= pair.open < end for pair in marks.pairs)
        or bool(cues_in(article.text, start, end))
        or any(m.kind == "person" for m in names.within(start, end))
        or _EDITORS_NOTE_RE.match(article.text, start, end) is not None
    )


def _interviewee(article: Article, names: ArticleNames, end: int) -> NameMention | None:
    """The fullest mention of who answers an interview whose first label is at ``end`` (see the module
    docstring): the person named after "interview with" or the like, else in the title line, else the
    person named most often before ``end`` (by surname; the first on a tie)."""
    people = [m for m in names.within(0, end) if m.kind in ("person", "unknown")]
    if not people:
        return None
    title = article.title_span
    # the title line's ("Q&A with Vice President Joe Biden"), else the nearest to the first label: an introduction may
    # recall earlier meetings before the interview's own
    cued = [m for m in people if _INTERVIEWEE_BEFORE_RE.search(article.text, max(0, m.start - 60), m.start)]
    chosen = next((m for m in cued if title is not None and title.start <= m.start < title.end), cued[-1] if cued else None)
    chosen = chosen or next((m for m in people if m.kind == "person" and title is not None and title.start <= m.start < title.end), None)
    if chosen is not None:
        surname = chosen.text.split()[-1]
    else:
        counts = Counter(m.text.split()[-1] for m in people)
        surname = max(counts, key=lambda word: (counts[word], -next(k for k, m in enumerate(people) if m.text.split()[-1] == word)))
    return max((m for m in people if m.text.split()[-1] == surname), key=lambda m: (len(m.text.split()), -m.start))


def _add_turn(marks: QuoteMarks, found: FoundQuotes, turn: Attribution, marked_from: int | None) -> None:
    """Add ``turn`` to ``found``, its cue used; the quotation marks opening from ``marked_from`` to the turn's end
    are part of it (``None``: none are)."""
    if marked_from is not None:
        for pair in marks.pairs:
            if marked_from <= pair.open < turn.end:
                pair.used = True
    found.used_cues.add(turn.cue_start)
    found.add(turn)
