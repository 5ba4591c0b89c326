"""News outlets that relay what someone said: the outlet is the source of the report.

"Sanders said the convention would be calm, according to CNN.", "The campaign said Trump would attend,
CNN reported.", "Richards noted that ..., reported the Washington Examiner." and "According to The
New York Times, Trump said ...": the narrator did not hear the speaker; a news outlet did, and the
sentence cites the outlet. PolNeAR (Newell, Margolin & Ruths 2018) annotates such a sentence as one
attribution whose source is the outlet and whose content holds the inner "X said ..." (train: 201 speech
attributions cued by "according to" or "reported" have a news outlet as source; of the 33 whose content holds a
verb of saying, none has the inner speaker annotated over the same words). The lens adds that report, the
outlet's, over the words the relay covers; the quote of the speaker inside keeps its speaker, as the voice the
outlet quotes (its words lie inside the outlet's, so the corpus counts it no false reading). The outlet's report is
marked ``relays``: its words are the quotes inside it and the narration around them, so the outlet is no voice of the
story, and voices, quoted shares and tone's quoted spans leave it out (``quotes.heard``).

Only a news outlet relays here: a capitalised name that is all a media organisation's name
(``lexicons/speaker_roles.csv``: "CNN", "the Associated Press", "The Washington Post", maybe closed by a word of
``outlet_name_endings.txt``, "ABC News"; or a newspaper's nameplate; not "the Atlantic Council", whose first words are
an outlet's), alone or in "a report in ...", "an interview with ...", "a CNN report". "..., according
to the FBI" and "..., according to Rubio" keep their inner speaker.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicons import word_set
from ..model import Article
from ..text import alternation, newspaper_name
from .attribution import Attribution
from .clauses import content_end
from .cues import authored_nouns
from .mentions import Mention, parse_speaker
from .names import ArticleNames
from .quote_marks import DOUBLE_MARK_RE
from .roles import categorize, role_words

# the phrase naming who relayed, closing a sentence: ", according to CNN.", ", CNN reported late Thursday.",
# ", reports USA Today." (a lower-case time or place phrase may follow "reported": "that night", "on Tuesday"); the outlet
# that reported follows a comma: without one it is the subject of a relative clause ("a claim CNN reported", "the memo
# The Washington Post reported"), inside what was said
_CLOSING_RELAY_RE = re.compile(
    r"(?:[,;]\s+|\s+(?=according\s+to\b))(?:(?P<cue_according>according\s+to)\s+(?P<according>[^,;:“”\"()]{1,60}?)"
    r"|(?P<subject>(?:[Tt]he\s+)?[A-Z][^,;:“”\"()]{0,50}?)\s+(?:first\s+|also\s+|later\s+|previously\s+)?(?P<cue_subject>report(?:ed|s))(?:\s+(?:[a-z]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Za-z ]{0,24}?)?"
    r"|(?P<cue_object>report(?:ed|s))\s+(?P<object>(?:[Tt]he\s+)?[A-Z][^,;:“”\"()]{0,50}?))"
    r"[\s.!?”\"’']*$"
)
# "According to CNN, ..." opening a sentence (after at most one connective: "But according to ...")
_OPENING_RELAY_RE = re.compile(r"[\s“\"]*(?:\w+,?\s+)?(?P<cue_according>[Aa]ccording\s+to)\s+(?P<according>[^,;:“”\"()]{1,60}?),\s")


@lru_cache(maxsize=1)
def _outlet_phrase_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The outlet inside a relay's phrase: "(a|an) report in The Washington Post", "an interview with Politico", and "a
    CNN poll": the nouns of a text that speaks or of a record (``authored_nouns.csv``, source and channel uses, and
    ``record_nouns.txt``, as ``names_a_source`` reads them after "according to"), built once."""
    nouns = alternation(sorted((authored_nouns("source") | authored_nouns("channel") | word_set("record_nouns.txt")) - {"this", "which"}))
    outlet = r"(?P<outlet>(?:[Tt]he\s+)?[A-Z][\w.&’'\-]*(?:[ \u00a0](?:[A-Z][\w.&’'\-]*|of|for))*)"
    in_phrase = re.compile(rf"(?:an?\s+(?:new\s+|recent\s+)?{nouns}\s+(?:in|by|from|on|with)\s+)?{outlet}(?:\s+{nouns})?")
    before_noun = re.compile(rf"an?\s+(?P<outlet>[A-Z][\w.&’'\-]*(?:[ \u00a0][A-Z][\w.&’'\-]*)*)\s+{nouns}")
    return in_phrase, before_noun


_THE_RE = re.compile(r"[Tt]he\s+")

# a cue that is itself a relay's
_RELAY_CUE_RE = re.compile(r"(?:[Aa]ccording\s+to|report(?:ed|s)?)\b.*", re.DOTALL)
# the words between a quote's content (or cue) and the relay that closes it: blanks and closing marks, or the cue's own
# short phrase ("said at a press conference", "said in a statement")
_GAP_MAX = 40


def relayed_reports(article: Article, names: ArticleNames, attributions: list[Attribution]) -> list[Attribution]:
    """The outlets' reports of the sentences of ``attributions`` that a news outlet's relay closes or opens
    (``_CLOSING_RELAY_RE``, ``_OPENING_RELAY_RE``): each the words the relay covers ("Sanders said the floor
    would be calm" of "..., according to CNN."), with the outlet as its speaker; the quotes inside keep their
    own speakers. An attribution the relay's cue already anchors keeps its source ("a CNN tally", as PolNeAR
    marks it) and is widened to those words, in place; the new ones are returned."""
    text = article.text
    relays: dict[int, tuple[re.Match[str], Mention] | None] = {}
    own: dict[int, Attribution] = {}
    relayed: dict[int, list[Attribution]] = {}
    for attribution in attributions:
        if not attribution.has_cue:
            continue
        sentence = article.sentence_at(attribution.cue_start)
        if sentence is None:
            continue
        if sentence.start not in relays:
            relays[sentence.start] = _relay_of(text, names, sentence.start, sentence.end)
            relayed[sentence.start] = []
        relay = relays[sentence.start]
        if relay is None:
            continue
        found = relay[0]
        cue_start, cue_end = _cue_of(found)
        if cue_start <= attribution.cue_start < cue_end:
            own.setdefault(sentence.start, attribution)
        elif _RELAY_CUE_RE.fullmatch(text, attribution.cue_start, attribution.cue_end) or (
            attribution.mention is not None and categorize(attribution.mention.text)[0] == "media"
        ):
            continue  # "..., KING-TV reported, while ..., the Sun-Times reported": one outlet does not relay another
        elif max(attribution.end, attribution.cue_end) <= found.start() and _closes(text, max(attribution.end, attribution.cue_end), found.start()):
            # the content and cue end before the relay: a content that runs past it holds the outlet ("would not
            # comment on what Politico reported", "the incident, which CNN first reported")
            relayed[sentence.start].append(attribution)
        elif found.end() <= attribution.start:
            relayed[sentence.start].append(attribution)
    reports = []
    for s_start, relay in sorted(relays.items()):
        if relay is None:
            continue
        found, outlet = relay
        report = own.get(s_start)
        if not relayed[s_start]:
            continue
        span = _relayed_span(text, found, relayed[s_start][0], article.sentence_at(s_start).end)
        if span is None:
            continue
        kind = "mixed" if DOUBLE_MARK_RE.search(text, *span) else "indirect"
        if report is None:
            reports.append(Attribution(*span, kind, *_cue_of(found), outlet, relays=True))
        else:
            if span[0] < report.start and report.end <= span[1]:
                report.start, report.end, report.kind = *span, kind  # "The campaign said ..., CNN reported.": all of it
            # it holds the quote it relays ("X said ..., according to CNN", read whole before relays were): no voice
            report.relays = report.start <= relayed[s_start][0].start and relayed[s_start][0].end <= report.end
    return reports


def _relayed_span(text: str, found: re.Match[str], first: Attribution, s_end: int) -> tuple[int, int] | None:
    """The words the relay ``found`` covers: after an opening relay, the rest of the sentence; before a closing one,
    from the first quote it relays (its speaker, cue or opening quote mark) to the relay."""
    if found.end() <= first.start:
        start, end = found.end(), content_end(text, found.end(), s_end)
    else:
        start = min(first.start, first.cue_start, first.mention.start if first.mention else first.start)
        while start > text.rfind("\n", 0, start) + 1 and text[start - 1] in "“\"‘'":
            start -= 1  # the quotation's opening mark
        end = found.start()
        while end > start and text[end - 1] in " ,;":
            end -= 1
    return (start, end) if end > start else None


def _cue_of(found: re.Match[str]) -> tuple[int, int]:
    """The span of the relay's cue ("according to", "reported")."""
    return next(found.span(g) for g in ("cue_according", "cue_subject", "cue_object") if g in found.groupdict() and found.group(g) is not None)


def _closes(text: str, after: int, relay_start: int) -> bool:
    """Whether the relay at ``relay_start`` closes what ends at ``after``: nothing but blanks, marks or a short
    phrase of the cue's with no comma lies between them (not "..., KING-TV reported, while in Chicago ..., the
    Sun-Times reported": the second outlet relays the second clause only)."""
    gap = text[after:relay_start].strip(" \t\n,.”\"’'")
    return len(gap) <= _GAP_MAX and "," not in gap


def _relay_of(text: str, names: ArticleNames, s_start: int, s_end: int) -> tuple[re.Match[str], Mention] | None:
    """The relay of the sentence ``[s_start, s_end)`` (its match, with its cue, and the outlet's mention), or None."""
    closing = _CLOSING_RELAY_RE.search(text, s_start, s_end)
    if closing is not None and closing.start() > s_start:
        group = next(g for g in ("according", "subject", "object") if closing.group(g) is not None)
        outlet = _outlet(text, names, *closing.span(group))
        if outlet is not None:
            return closing, outlet
    opening = _OPENING_RELAY_RE.match(text, s_start, s_end)
    if opening is not None:
        outlet = _outlet(text, names, *opening.span("according"))
        if outlet is not None:
            return opening, outlet
    return None


@lru_cache(maxsize=1)
def _outlet_names() -> tuple[frozenset[str], frozenset[str]]:
    """The names of media organisations the speaker roles list (``speaker_roles.csv``: "cnn", "new york times", "the
    guardian"), and the nameplate words it lists weaker ("times", "post"), which alone name an outlet only as "the Times"."""
    outlets = [w for w in role_words() if w.category == "media" and w.kind == "organization"]
    return frozenset(w.phrase for w in outlets if w.priority == 1), frozenset(w.phrase for w in outlets if w.priority == 3)


def _names_an_outlet(name: str) -> bool:
    """Whether all of ``name`` names a news outlet: a listed outlet ("CNN", "The New York Times"), maybe closed by
    words of ``outlet_name_endings.txt`` ("CBS News"), a newspaper's nameplate ("the Las Vegas Sun", "Sun-Times"), or
    "the Times" or "the Post"; not another body whose name a listed outlet's word opens ("the Atlantic Council", "the
    Guardian Angels", "the Times Square Alliance", "the Post Office")."""
    whole, nameplates = _outlet_names()
    name = name.strip()
    the = _THE_RE.match(name)
    bare = name[the.end():] if the else name
    words = bare.lower().split()
    if name.lower() != bare.lower() and " ".join(words) in nameplates:
        return True
    endings = word_set("outlet_name_endings.txt")
    for size in range(len(words), 0, -1):
        head = " ".join(words[:size])
        if (head in whole or f"the {head}" in whole) and all(word in endings for word in words[size:]):
            return True
    return newspaper_name(bare)


def _outlet(text: str, names: ArticleNames, start: int, end: int) -> Mention | None:
    """The news outlet the phrase ``text[start:end]`` names ("CNN", "a report in The Washington Post", "a CNN
    report"), as a speaker mention, or None when it names no outlet."""
    in_phrase, before_noun = _outlet_phrase_res()
    found = in_phrase.fullmatch(text, start, end) or before_noun.fullmatch(text, start, end)
    if found is None:
        return None
    o_start, o_end = found.span("outlet")
    if not _names_an_outlet(text[o_start:o_end]):
        return None
    mention = parse_speaker(text, o_start, o_end, strict=True, names=names)
    if mention is None:
        # "the Las Vegas Sun": a place's name inside a nameplate is no person's, and the parse reads no speaker
        the = _THE_RE.match(text, o_start, o_end)
        o_start = the.end() if the else o_start
        mention = Mention(o_start, o_end, text[o_start:o_end], "name")
    return mention


# "O’Malley’s move was first reported by MSNBC.", "Her role has been reported by Politico on Monday.": a passive
# "reported" after a form of "be" (and "first", "also", "previously" or an adverb), its agent a news outlet up to a
# comma, the sentence's end or a time phrase
_PASSIVE_BEFORE_REPORTED_RE = re.compile(
    r"\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:(?:first|also|previously|\w+ly)\s+)?$", re.IGNORECASE
)
_OUTLET_AGENT_RE = re.compile(r"\s+by\s+(?P<agent>[^,;:()“”\"]{2,60}?)(?=\s+(?:on|in|last|this|earlier|late)\b|\s*[,;.!?]|\s*$)")
# a subject that is no noun phrase of a thing reported: a relative or personal pronoun ("which was first reported by")
_NO_REPORTED_SUBJECT_RE = re.compile(r"(?:which|that|it|this|they|he|she|what)\b", re.IGNORECASE)
# a clause, not a noun phrase, before the passive: a subordinator, a conjunction or a verb of saying ("Shares fell after the
# deal was first reported by Bloomberg", "Ortiz said the deal was ..."): the outlet reported the deal, not the clause
_CLAUSE_IN_SUBJECT_RE = re.compile(
    r"\b(?:after|before|when|since|until|because|while|once|if|although|though|and|but|or|"
    r"said|says|say|told|tells|added|noted|wrote|argued|claimed|confirmed|insisted|stated|announced|warned|suggested)\b",
    re.IGNORECASE,
)
# a subject that is a named person's words ("Ortiz's remarks to donors", "remarks by Ortiz") reported by an outlet: the
# outlet relays them, as "..., according to CNN" does, and is no voice of its own; not a company's statements (the
# outlet's own finding: "The company's misleading statements to investors were first reported by The Wall Street Journal")
@lru_cache(maxsize=1)
def _words_subject_re() -> re.Pattern[str]:
    """A named possessor's authored text ending the subject or before its phrase ("Ortiz's remarks to donors"), or the
    text "by" or "of" a name ("remarks by Ortiz"): nouns of ``authored_nouns.csv`` whose possessor is the author."""
    nouns = alternation(authored_nouns("authored"))
    head_end = r"(?=\s+(?:to|at|in|on|about|before|during|from|with)\b|\s*$)"
    return re.compile(rf"\b[A-Z][\w.-]*['’]s\s+(?:[a-z]+\s+){{0,2}}?(?:{nouns}){head_end}|\b(?:{nouns})\s+(?:by|of)\s+[A-Z]")


def outlet_reported_subject(text: str, names: ArticleNames, s_start: int, floor: int, s_end: int, c_start: int, c_end: int) -> Attribution | None:
    """ "O’Malley’s move was first reported by MSNBC.": the subject of a passive "reported" whose agent is a news
    outlet is what the outlet reported (PolNeAR annotates the subject as the outlet's content), the clause from
    ``floor`` to the form of "be"; None when the agent is no outlet ("was reported by police": another rule's) or the
    subject is a pronoun, one word or a clause, or the sentence holds a clause before it (``s_start``: "Ortiz said the deal
    was ..." is Ortiz's report). Someone's words as the subject ("Ortiz's remarks") are relayed."""
    passive = _PASSIVE_BEFORE_REPORTED_RE.search(text, max(floor, c_start - 40), c_start)
    agent = _OUTLET_AGENT_RE.match(text, c_end, s_end)
    if passive is None or agent is None:
        return None
    outlet = _outlet(text, names, *agent.span("agent"))
    start, end = floor, passive.start()
    while start < end and text[start] in " \t\n“\"‘'":
        start += 1
    if (
        outlet is None
        or "," in text[start:end]
        or _NO_REPORTED_SUBJECT_RE.fullmatch(text, start, end)
        or len(text[start:end].split()) < 2
        or _CLAUSE_IN_SUBJECT_RE.search(text, s_start, end)  # from the sentence's start: no cue's content either
    ):
        return None
    return Attribution(start, end, "indirect", c_start, c_end, outlet, relays=bool(_words_subject_re().search(text, start, end)))
