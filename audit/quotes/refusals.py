"""The phrases of a request for comment declined or left unanswered ("declined to comment", "did not respond to a
request for comment", "had no comment"), the words of ``lexicons/comment_requests.csv`` in a few patterns compiled once,
and where the refusal of a phrase starts. ``sought`` reads them as voices sought; ``registry`` reads "NAME, who
declined to comment" as no role of the name. Apart from ``sought`` since the registry reads roles before any quote.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import data_lines
from ..text import alternation, calendar_words
from .negation import negation_before_cue

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
def comment_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
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
PRESS_ASKING_RE = re.compile(
    r"\b(?:comments?|request(?:s|ed)?|reporters?|journalists?|e-?mails?|emailed|phone|(?:tele)?phoned|called|calls?|"
    r"messages?|voicemails?|inquir(?:y|ies)|questions?|interviews?|asked)\b",
    re.IGNORECASE,
)


def cue_of(match: re.Match[str]) -> tuple[int, int]:
    """The span of the phrase's verb or noun of comment, whichever of its alternatives matched."""
    name = next(name for name, value in match.groupdict().items() if value is not None and name.startswith("cue"))
    return match.span(name)


def refusal_start(match: re.Match[str], text: str, floor: int) -> int | None:
    """Where the refusal of a phrase starts: its own words ("had no", "declined") or the negation or refusal
    frame before it ("did not immediately", "declined to"), or None when nothing withholds the comment."""
    own = next((match.start(name) for name, value in match.groupdict().items() if value is not None and name.startswith("refusal")), None)
    if own is not None:
        return own
    verb_start = match.start()  # "be" of "could not be reached", the verb itself otherwise
    negation = negation_before_cue(text, verb_start, floor)
    return negation.start() if negation is not None else None


def refuses_comment(clause: str) -> bool:
    """Whether ``clause`` states a refusal of comment ("who did not respond to a request for comment", "who declined
    to comment"): a relative clause so worded is no role of the name before it."""
    return any(refusal_start(match, clause, 0) is not None for pattern in comment_patterns() for match in pattern.finditer(clause))
