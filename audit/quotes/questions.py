"""Questions put to a source: "Asked whether he would run, Smith said ...", "when asked why".

News reports the question an interviewee answered as a passive "asked" before the answer:
"Asked whether he would fire a speechwriter, Priebus said ...", "“...,” she said when asked
which candidate she would back", "Sanders was asked by host John Dickerson whether ...",
"Asked by Stephanopoulos to respond to Trump's criticism, Carson said ...". The question (a
clause opened by "whether", "if" or a wh-word, or a request in an infinitive) is speech, as
attribution corpora annotate it (PolNeAR, Newell, Margolin & Ruths 2018, whose cue list holds
"asked"), but its source is the one who asked, not the one who answers: the agent after "by"
when the sentence names one, else no one (the journalist, unnamed). Such a question never
borrows the answer's speaker (``Attribution.unnamed_source``). A question by its topic, "about"
and a noun phrase ("Asked about the merger, she said ...", "..., he said when asked about the
vote"), is one too: PolNeAR train has 33 passive "asked about" in these places, 25 of them annotated
as speech (the topic, or "about" and the topic, as the content) and the other 8 the same construction.
"""
from __future__ import annotations

import bisect
import itertools
import re

from ..model import Article
from ..text import BE_FORMS, alternation, at_least_words, calendar_words
from .attribution import Attribution, FoundQuotes
from .mentions import parse_speaker
from .names import ArticleNames
from .quote_marks import QuoteMarks

# a passive "asked": opening the sentence (after a closing quote mark at most), after a
# subordinator ("when asked"), a form of "be" ("was asked", "he's asked") or a comma ("Smith,
# asked whether ..."); then, within a clause, at most 80 characters of phrases (``_PHRASE_OPENERS``:
# "by host John Dickerson", "on Fox News", "during a January debate", "again", "Monday") before the
# question's first word (a bounded run, read once: no nested repetition to backtrack over)
_ASKED_RE = re.compile(
    r"(?:^[\s“”\"'‘’]*|(?<![\w’'\-])(?:" + alternation({"when", "after", "once", "if", "while"} | BE_FORMS) + r"|he[’']s|she[’']s)\s+(?:\w+ly\s+)?|,\s+)"
    r"(?P<cue>[Aa]sked)"
    r"(?P<phrases>[^,.;:“”\"]{0,80}?)"
    r"\s+(?P<question>(?:whether|if|why|what|how|who|whom|whose|when|where|which|about)\s+\w|to\s+[a-z]{2,}\b)"
)
# a question "about" a pronoun alone names no topic of its own
_PRONOUN_TOPIC_RE = re.compile(r"about\s+(?:it|this|that|him|her|them|those|these)(?:\s+(?:on|in|at|during|last|this|again|later)\b.*)?", re.IGNORECASE | re.DOTALL)
_PHRASE_OPENERS = frozenset("by on in at during again later recently".split()) | {day.lower() for day in calendar_words().weekdays}
# the agent in the phrases: "by host John Dickerson", up to a phrase of place or time ("by a reporter on Monday")
_AGENT_RE = re.compile(r"\bby\s+(?P<agent>\S.*?)(?=\s+(?:on|in|at|during)\s|$)")
# where the question ends: at a comma, a semicolon, a colon, a spaced dash or a bracket, before
# the answer or the narrator's words go on
_QUESTION_END_RE = re.compile(r",|;|:|\s[—–-]\s|\s\(|[.!?](?=[\s”\"’']*$)")


def _phrases_only(phrases: str) -> bool:
    """Whether the words between "asked" and the question are phrases that may stand there (none, or
    opened by ``_PHRASE_OPENERS`` or an adverb): not an object ("asked the court whether")."""
    first = phrases.split()[:1]
    return not first or first[0].lower() in _PHRASE_OPENERS or first[0].endswith("ly")


def find_asked_questions(article: Article, marks: QuoteMarks, names: ArticleNames, found: FoundQuotes) -> None:
    """Add to ``found`` the questions of ``article`` reported with a passive "asked" (see the
    module's docstring), after the direct and reported speech, whose spans they leave alone."""
    text = article.text
    # the spans taken before this step, by start, and their running furthest end: an overlap is read by bisection
    taken = sorted((other.start, other.end) for other in found.attributions)
    starts = [start for start, _ in taken]
    reach = list(itertools.accumulate((end for _, end in taken), max))
    asked_end = -1  # where the last question found ends ("Asked whether he was asked whether ...": one question)
    for sentence in article.sentences:
        if sentence.is_heading:
            continue
        words = text[sentence.start : sentence.end]  # (read alone, so that "^" is the sentence's start)
        if "sked" not in words:
            continue  # (a substring test first: most sentences hold no "asked", and the pattern has no literal opening)
        for match in _ASKED_RE.finditer(words):
            cue_start = sentence.start + match.start("cue")
            if cue_start in found.used_cues or marks.encloses(cue_start) or not _phrases_only(match.group("phrases")):
                continue
            start = sentence.start + match.start("question")
            stop = _QUESTION_END_RE.search(text, start, sentence.end)
            end = stop.start() if stop is not None else sentence.end
            while end > start and text[end - 1] in " \n\t”\"’'":
                end -= 1
            before = bisect.bisect_left(starts, end)  # the spans starting before the question ends
            if not at_least_words(text, start, end, 2) or (before > 0 and reach[before - 1] > start) or start < asked_end:
                continue
            if _PRONOUN_TOPIC_RE.fullmatch(text, start, end):
                continue  # "Ortiz was asked about it.": a topic named before, no question of its own
            quote = Attribution(start, end, "indirect", cue_start, sentence.start + match.end("phrases"), unnamed_source=True)
            agent = _AGENT_RE.search(match.group("phrases"))
            if agent is not None:
                offset = sentence.start + match.start("phrases")
                quote.mention = parse_speaker(text, offset + agent.start("agent"), offset + agent.end("agent"), names=names)
            elif match.group("question").startswith("to"):
                # "had been asked to preserve them by the House Select Committee": the agent after the request
                by = text.rfind(" by ", start, end)
                if by > start and "," not in text[by:end] and ";" not in text[by:end]:
                    quote.mention = parse_speaker(text, by + 4, end, strict=True, names=names)
                    if quote.mention is not None:
                        quote.end = by
            inside = marks.within(start, end + 1)
            if any(pair.used for pair in inside):
                continue
            for pair in inside:
                quote.kind = "mixed"  # "Asked by Thrush if Clinton “gets” race"
                pair.used = True
                quote.end = max(quote.end, pair.close + 1)
            found.used_cues.add(cue_start)
            found.add(quote)
            asked_end = quote.end
