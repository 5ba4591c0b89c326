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
present) is read the same way: each answer is a direct quote by the interviewee, the person the
article names most often before the first question (its title and introduction: "Q&A with Vice
President Joe Biden"), and each question one by the interviewer, unnamed; paragraphs without a
label after an answer go on with it, up to the next question or the article's end (a transcript
printed this way ends its article).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from ..model import Article
from ..text import NameMention
from .attribution import Attribution, FoundQuotes
from .mentions import Mention
from .names import ArticleNames
from .quote_marks import QuoteMarks

_LABEL_RE = re.compile(r"[ \t]*[\"“]?([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2})(:)[ \t]+(?=\S)")
_INTERVIEW_LABEL_RE = re.compile(r"[ \t]*([QA])(:)[ \t]+(?=\S)")


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
        for pair in marks.pairs:
            if paragraph.start <= pair.open < end:
                pair.used = True  # quoted inside the turn, or the turn's own opening mark
        found.used_cues.add(turn.cue_start)
        found.add(turn)


def find_interview_turns(article: Article, marks: QuoteMarks, names: ArticleNames, found: FoundQuotes) -> None:
    """Add each answer of a question-and-answer interview in ``article`` to ``found`` as a direct quote by
    the interviewee, and each question as one by the unnamed interviewer (see the module docstring)."""
    text = article.text
    labels = [(paragraph, _INTERVIEW_LABEL_RE.match(text, paragraph.start, paragraph.end)) for paragraph in article.paragraphs]
    letters = {label.group(1) for _paragraph, label in labels if label is not None}
    if letters != {"Q", "A"}:
        return
    first_question = next(label.start() for _paragraph, label in labels if label is not None)
    interviewee = _most_named_person(names, first_question)
    answering: Attribution | None = None
    for paragraph, label in labels:
        end = paragraph.end
        while end > paragraph.start and text[end - 1].isspace():
            end -= 1
        if label is None:
            if answering is not None and paragraph.start > answering.end and end > paragraph.start:
                # an answer running over paragraphs
                _add_turn(marks, found, Attribution(paragraph.start, end, "direct", answering.cue_start, answering.cue_end, answering.mention))
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
        _add_turn(marks, found, turn)


def _most_named_person(names: ArticleNames, end: int) -> NameMention | None:
    """The fullest mention of the person named most often before ``end`` (by surname; the first on a tie)."""
    people = [m for m in names.within(0, end) if m.kind in ("person", "unknown")]
    counts = Counter(m.text.split()[-1] for m in people)
    if not counts:
        return None
    surname = max(counts, key=lambda word: (counts[word], -next(k for k, m in enumerate(people) if m.text.split()[-1] == word)))
    return max((m for m in people if m.text.split()[-1] == surname), key=lambda m: (len(m.text.split()), -m.start))


def _add_turn(marks: QuoteMarks, found: FoundQuotes, turn: Attribution) -> None:
    for pair in marks.pairs:
        if turn.start <= pair.open < turn.end:
            pair.used = True  # quoted inside the turn
    found.used_cues.add(turn.cue_start)
    found.add(turn)
