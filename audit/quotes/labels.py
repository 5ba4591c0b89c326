"""Transcripts: a paragraph opening with a speaker's label in capitals ("WALLACE: Let's start
...", "HILLARY CLINTON: ...") is that speaker's turn, a direct quote without quote marks.

News prints interviews and debates this way (Fox News Sunday, debate transcripts). The
label must be one the shared name finder reads as a name (it keeps "TRUMP:" at a line's
start and drops shouted headings such as "FULL TEXT"), so section labels ("UPDATE:",
"NOTE:") and interview letters ("Q:") are no speakers. Quote marks inside a turn are part
of it; so is the opening quote mark of a transcript printed as one long quotation
('"WALLACE: ...'). The speaker is named as the article names the person elsewhere ("Chris
Wallace"), or, when it does not, in the case a name is written in ("Wallace"), not in capitals.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Article
from ..text import NameMention
from .attribution import Attribution, FoundQuotes
from .mentions import Mention
from .names import ArticleNames
from .quote_marks import QuoteMarks

_LABEL_RE = re.compile(r"[ \t]*[\"“]?([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2})(:)[ \t]+(?=\S)")


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
