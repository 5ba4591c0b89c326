"""Headlines: the title's own attribution, in the two shapes headline style gives it.

- "SPEAKER: CONTENT" ("Pat Caddell: Democrat Voters Worried ... It's 'in Their Heads.'",
  "Poll: Clinton and Trump in dead heat"), the colon standing for "says" (but not a topic
  before a feature's title: "DeepSeek: How China's 'AI heroes' overcame US curbs");
- "SPEAKER Says/Tells/Urges ... CONTENT" ("Obama Says African-American Museum Will Tell
  of ..."), a cue written in title case.

A wire service's label before them ("The Latest: ") is no speaker. The content is a
direct quote when quote marks hold all of it, mixed when they hold part, else indirect.
The title is no sentence of the body (``Article.sentences``), so the body's steps never
read it; this one reads nothing else.
"""
from __future__ import annotations

import re

from ..model import Article
from ..text import word_spans
from .attribution import Attribution, FoundQuotes
from .cues import cue_phrase_end, cues_in
from .mentions import parse_speaker
from .names import ArticleNames

_LABEL_RE = re.compile(r"(?:The Latest|UPDATE|Update|BREAKING|Breaking|WATCH|Watch|EXCLUSIVE|Exclusive|Live|LIVE|Analysis|Opinion|Editorial)\s*:\s*")
_QUOTED_RE = re.compile(r"[\"“‘'][^\"“”‘’]*[\"”’']")
_WHOLLY_QUOTED_RE = re.compile(r"[\"“‘']+[^\"“”]*[\"”’']+[.!?]?")
_MAX_SPEAKER_WORDS = 6
_OPENING_QUOTE_RE = re.compile(r"[\"“‘']([^\"“”]+?)[\"”’'],?\s+")
# after a topic's colon, the opening of a feature's title, not of what someone said
_FEATURE_RE = re.compile(r"(?:How|Why|What|Who|When|Where|Which|Inside|Meet|Here's|Here’s|Here is|A look|Explainer|Timeline|Photos|Video|Live)\b")


def find_headline_speech(article: Article, names: ArticleNames, found: FoundQuotes) -> None:
    """Add the attribution the title of ``article`` makes, if it makes one, to ``found``."""
    span = article.title_span
    if span is None or span.end <= span.start:
        return
    text = article.text
    start, end = span.start, span.end
    label = _LABEL_RE.match(text, start, end)
    if label:
        start = label.end()
    while end > start and text[end - 1] in " .\n\t":
        end -= 1
    attribution = _colon(text, start, end, names) or _title_cue(text, start, end, names)
    if attribution is not None and len(word_spans(text, attribution.start, attribution.end)) >= 2:
        found.add(attribution)


def _kind(text: str, start: int, end: int) -> str:
    content = text[start:end]
    if _WHOLLY_QUOTED_RE.fullmatch(content):
        return "direct"
    return "mixed" if _QUOTED_RE.search(content) else "indirect"


def _colon(text: str, start: int, end: int, names: ArticleNames) -> Attribution | None:
    """ "SPEAKER: CONTENT" """
    colon = text.find(":", start, end)
    if colon < 0 or len(word_spans(text, start, colon)) > _MAX_SPEAKER_WORDS or _QUOTED_RE.search(text, start, colon) or "," in text[start:colon]:
        return None  # "‘Perplexing’: Granholm slams ...", "Ah, friends once more: ...": no speaker before the colon
    mention = parse_speaker(text, start, colon, strict=True, names=names)
    if mention is None or mention.form == "pronoun":
        return None
    content = colon + 1
    while content < end and text[content] == " ":
        content += 1
    if _FEATURE_RE.match(text, content):
        return None  # "DeepSeek: How China's 'AI heroes' overcame ...": a topic and a feature's title
    return Attribution(content, end, _kind(text, content, end), colon, colon + 1, mention)


def _title_cue(text: str, start: int, end: int, names: ArticleNames) -> Attribution | None:
    """ "SPEAKER Says CONTENT": a title-case cue, whose capital marks the headline, not a name."""
    lowered = text[start:end].lower()
    if len(lowered) != end - start:
        return None
    for cue in cues_in(lowered, 0, len(lowered)):
        if cue.scope == "participle" or cue.lemma == "according to" or len(word_spans(text, start, start + cue.start)) > _MAX_SPEAKER_WORDS:
            continue
        if cue.scope == "that" and not re.match(r"\s+(?:that|he|she|it|they|we|i)\s", lowered[cue.end:]):
            continue  # "U.S. Proposes Cuts to Rates", "Treasury report says ...": no report of speech
        quoted = _OPENING_QUOTE_RE.match(text, start, start + cue.start)
        mention = parse_speaker(text, quoted.end() if quoted else start, start + cue.start, names=names)
        if mention is None:
            continue
        if quoted:
            # "'My intention is ... to run,' Biden tells ABC's Muir": the quotation before the speaker is what he said
            return Attribution(start + 1, quoted.end(1), "direct", start + cue.start, start + cue.end, mention)
        content = cue_phrase_end(text, start + cue.end, end, cue.lemma)
        while content < end and text[content] in " ,:":
            content += 1
        return Attribution(content, end, _kind(text, content, end), start + cue.start, start + cue.end, mention)
    return None
