"""Voices sought but not heard: a request for comment the source declined or left unanswered.

"The mayor declined to comment", "A spokesman for the firm did not respond to a request for comment", "Others did
not return calls seeking comment", "Park could not be reached for comment", "The school had no comment", "Reyes, who
declined to be interviewed, ...": the article asked the source and reports that it got no answer, the right of reply
a standards editor audits. Such a sentence has no content, so no other step finds a quote in it; PolNeAR (Newell,
Margolin & Ruths 2018) annotates it as an attribution whose cue is the negated or declined verb ("did not respond to",
"declined to comment on") and whose content is the request or the topic ("a request for comment", "to comment").

Each is kept as a quote of its source, ``negated`` (``negation``: no words of theirs, so no share of words, claim
or quoted tone) and ``sought`` (``Attribution.sought``): its span is the article's words stating the refusal, from
the negation or refusal to the end of the request ("did not immediately respond to a request for comment",
"declined to comment on the audit", "had no comment"), the evidence a reader checks, since there is no content to
point at. The speaker is the subject before the refusal, read as any cue's subject is (a name, "a spokesman for
the campaign", a pronoun, an office, the antecedent of "who" or "which").

The phrases are words of ``lexicons/comment_requests.csv`` in a few patterns, compiled once and read sentence by
sentence; a refusal inside quote marks ("“No comment,” Park said") or inside a clause another cue reports ("said
she had no comment") is that quote's, and "did not respond to the court's request to extend the deadline" asks for
no comment.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from ..lexicons import data_lines
from ..model import Article
from ..text import SPEECH_CLAUSES, alternation, calendar_words, clause_start
from .attribution import Attribution, FoundQuotes
from .cues import cues_in, speaker_end
from .mentions import SUBJECT_REACH, subject_before
from .names import ArticleNames
from .negation import negation_before_cue
from .quote_marks import QuoteMarks

SLOTS = ("comment", "answer", "request", "asking", "sought", "having")


@lru_cache(maxsize=None)
def _slot(slot: str) -> str:
    """The words of ``slot`` in ``lexicons/comment_requests.csv`` as a regex alternation, spaces matching any."""
    if slot not in SLOTS:
        raise ValueError(f"no slot {slot!r} in lexicons/comment_requests.csv; use one of {', '.join(SLOTS)}")
    words = []
    for number, line in enumerate(data_lines("comment_requests.csv")[1:], start=2):
        word, _, row_slot = line.rpartition(",")
        if not word.strip() or row_slot.strip() not in SLOTS:
            raise ValueError(f"audit/lexicons/comment_requests.csv row {number}: expected word,slot with slot among {', '.join(SLOTS)}; found {line!r}")
        if row_slot.strip() == slot:
            words.append(word.strip().lower())
    return alternation(words).replace(r"\ ", r"\s+")


# the rest of the clause after the phrase: what the comment was on, who asked, when ("on the audit", "for this
# story", "from The Associated Press on Wednesday"), up to a punctuation mark, a quote mark or a conjunction opening
# another clause ("declined to comment, saying ...", "declined to comment and aides later said ..."); "and" or "or"
# before another request goes on ("calls and emails seeking comment")
_TAIL = (
    r"(?:\s+(?!(?:and|or)\s+(?!(?:\w+\s+)?(?:{request}|{asking})\b))(?!(?:but|as|because|saying|adding|citing|noting|when|while|"
    r"after|since|until|although|though|so|instead)\b)[^\s,;:!?“”\"()—–]+){{0,40}}"
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The request-for-comment phrases: those whose verb a negation or a refusal must stand before ("did not
    respond to a request for comment", "declined to comment"), and those that hold their own refusal ("had no
    comment", "declined comment", "unavailable for comment")."""
    slots = {slot: _slot(slot) for slot in SLOTS}
    tail = _TAIL.format(**slots)
    # a request asking for comment: "a request for comment", "requests to comment on the subject", "AP's requests to
    # discuss the work", "my requests last week for comment", "attempts to reach him"; not "the court's request to
    # extend the deadline"
    asking = r"(?:{asking})(?=(?:\s+[\w’'.\-]+){{0,3}}?\s+(?:for|seeking|to)\s+(?:an?\s+|further\s+|immediate\s+)?(?:{sought})\b)".format(**slots)
    # a noun that is a request by itself ("questions", "emails"), not "calls for his resignation"
    # nor "calls from lawmakers urging him to veto the bill"
    request = (
        r"(?:{request})(?!\s+(?:for|to)\s+(?!(?:an?\s+|further\s+)?(?:{sought})\b))"
        r"(?!(?:\s+[\w’'.\-]+){{1,4}}?\s+(?:urging|demanding|pressing|pressuring)\b)"
    ).format(**slots)
    weekday = r"(?:on\s+)?" + alternation(calendar_words().weekdays)
    negated = re.compile(
        # "did not comment", "declined to comment on the audit", "would not comment for this story"
        r"(?P<cue>\b(?:{comment}))\b(?!\s*[’']s\b)(?!\s+periods?\b)".format(**slots)
        # "did not respond to a request for comment", "did not return calls and emails seeking comment", "has not
        # answered questions about it": up to six words before the request
        + r"|(?P<cue_answer>\b(?:{answer}))\b(?:\s+to)?(?=(?:\s+[\w’'.\-]+){{0,6}}?\s+(?:{asking_re}|{request_re})\b)".format(
            asking_re=asking, request_re=request, **slots)
        # "did not respond.", "did not immediately reply Tuesday.": no object, the sentence ends
        + r"|(?P<cue_bare>\b(?:respond|responded|reply|replied))(?=(?:\s+(?:by\s+(?:press\s+)?time|by\s+deadline|" + weekday + r"))?\s*[.;]?\s*$)"
        # "could not be reached for comment", "could not immediately be reached by phone"; not "a deal could not be reached"
        + r"|\bbe\s+(?:\w+ly\s+)?(?P<cue_reached>reached)(?=\s+(?:for\s+(?:immediate\s+)?comment|by\s+(?:tele)?phone|by\s+e-?mail))"
        # "was not available for comment"
        + r"|(?P<cue_available>\bavailable)(?=\s+for\s+(?:immediate\s+)?comment)"
        # "declined to be interviewed", "would not be interviewed for this article"; not "refused to be interviewed by
        # Mueller's team", questioned by investigators
        + r"|\bbe\s+(?P<cue_interviewed>interviewed)\b(?!\s+by\b)",
        re.IGNORECASE,
    )
    refused = re.compile(
        # "had no comment", "made no comment on the ruling", "offered no immediate comment"
        r"(?P<refusal>\b(?:{having})\s+no\s+(?:immediate\s+|further\s+|official\s+|public\s+)?)(?P<cue>comment)\b(?!\s*[’']s\b)(?!\s+periods?\b)".format(**slots)
        # "declined comment", "declined requests for comment", "declined interview requests"
        + r"|(?P<refusal_declined>\b(?:declined|declines|refused|refuses)\s+(?:further\s+|repeated\s+|several\s+|multiple\s+|numerous\s+)?)"
        r"(?P<cue_declined>comment\b|(?:{asking})(?=\s+(?:for|to)\s+(?:an?\s+)?(?:{sought})\b)|interview\s+requests?\b|an\s+interview\b)".format(**slots)
        # "was unavailable for comment"
        + r"|(?P<refusal_unavailable>\b)(?P<cue_unavailable>unavailable)(?=\s+for\s+(?:immediate\s+)?comment)",
        re.IGNORECASE,
    )
    return tuple(re.compile(r"(?:" + phrase.pattern + r")(?P<tail>" + tail + r")", re.IGNORECASE) for phrase in (negated, refused))  # type: ignore[return-value]


# the press asking, near a bare "did not respond." ending its sentence: without it the silence answers anything ("When
# protesters threw bottles, the police did not respond"; "Trump mocked Cruz's wife; Cruz did not reply")
_PRESS_ASKING_RE = re.compile(
    r"\b(?:comments?|request(?:s|ed)?|reporters?|journalists?|e-?mails?|emailed|phone|(?:tele)?phoned|called|calls?|"
    r"messages?|voicemails?|inquir(?:y|ies)|questions?|interviews?|asked)\b",
    re.IGNORECASE,
)


def _cue_of(match: re.Match[str]) -> tuple[int, int]:
    """The span of the phrase's verb or noun of comment, whichever of its alternatives matched."""
    name = next(name for name, value in match.groupdict().items() if value is not None and name.startswith("cue"))
    return match.span(name)


def _refusal_start(match: re.Match[str], text: str, floor: int) -> int | None:
    """Where the refusal of a phrase starts: its own words ("had no", "declined") or the negation or refusal
    frame before it ("did not immediately", "declined to"), or None when nothing withholds the comment."""
    own = next((match.start(name) for name, value in match.groupdict().items() if value is not None and name.startswith("refusal")), None)
    if own is not None:
        return own
    verb_start = match.start()  # "be" of "could not be reached", the verb itself otherwise
    negation = negation_before_cue(text, verb_start, floor)
    return negation.start() if negation is not None else None


def find_requests_for_comment(article: Article, marks: QuoteMarks, names: ArticleNames, found: FoundQuotes) -> None:
    """Add to ``found`` a quote ``sought`` (and so negated) for each request for comment of ``article`` that its
    source declined or left unanswered, with the refusal as its span; after the direct quotes (a refusal inside quote
    marks is theirs) and before the reported speech (the phrase's verb is no cue of another report)."""
    text = article.text
    negated, refused = _patterns()
    previous_start = 0
    for sentence in article.sentences:
        if sentence.is_heading:
            continue
        asked_from, previous_start = previous_start, sentence.start
        matches = sorted([*negated.finditer(text, sentence.start, sentence.end), *refused.finditer(text, sentence.start, sentence.end)], key=lambda m: m.start())
        previous_end = sentence.start  # a second refusal's subject stands after the first ("X declined to comment and Y did not respond")
        for match in matches:
            cue_start, cue_end = _cue_of(match)
            if cue_start in found.used_cues or marks.encloses(cue_start):
                continue
            refusal = _refusal_start(match, text, sentence.start)
            if refusal is None:
                continue
            if match.groupdict().get("cue_bare") is not None and not _PRESS_ASKING_RE.search(text, asked_from, sentence.end):
                continue  # a silence with no press asking in this sentence or the one before
            # the subject stands within a subject's reach of the refusal: reading a run-on "sentence" from its start at
            # every refusal was quadratic in its length
            floor = clause_start(text, max(previous_end, refusal - SUBJECT_REACH), refusal, SPEECH_CLAUSES)
            coordinated = clause_start(text, floor, refusal, SPEECH_CLAUSES, coordinated=True)
            if text[coordinated:refusal].strip():
                # "The bill passed, and the White House did not respond": the subject, and any cue that would hold the
                # refusal, are of the refusal's own clause ("has denied wrongdoing, and a spokesman did not respond")
                floor = max(floor, coordinated)
            subject_end = speaker_end(text, floor, refusal)
            if cues_in(text, floor, subject_end):
                continue  # "A spokesman said the firm had no comment": the report of that cue holds it
            mention = subject_before(text, floor, subject_end, names)
            if mention is None:
                continue
            end = match.end()
            while end > refusal and text[end - 1] in " .":
                end -= 1
            attribution = Attribution(refusal, end, "indirect", cue_start, cue_end, mention, sought=True)
            found.used_cues.add(cue_start)
            found.add(attribution)
            previous_end = match.end()


def drop_refusals_reported(found: FoundQuotes) -> None:
    """Drop from ``found`` each voice sought whose refusal lies inside another source's report ("Smith had no comment,
    his spokesman said", "declined to comment, according to his office"): the refusal is that report's content, read
    after the requests for comment since the report's cue comes after the refusal."""
    reports = sorted((a.start, a.end) for a in found.attributions if not a.sought)
    if not reports:
        return
    starts = [start for start, _ in reports]
    widest_end = list(accumulate((end for _, end in reports), max))

    def reported(attribution: Attribution) -> bool:
        at = bisect_right(starts, attribution.start) - 1
        return at >= 0 and widest_end[at] >= attribution.end

    found.attributions[:] = [a for a in found.attributions if not (a.sought and reported(a))]
