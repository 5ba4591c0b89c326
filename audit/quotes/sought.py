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

The phrases are words of ``lexicons/comment_requests.csv`` in a few patterns (``refusals``), read sentence by
sentence; a refusal inside quote marks ("“No comment,” Park said") or inside a clause another cue reports ("said
she had no comment") is that quote's, and "did not respond to the court's request to extend the deadline" asks for
no comment.
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from ..model import Article
from ..text import SPEECH_CLAUSES, clause_start
from .attribution import Attribution, FoundQuotes
from .cues import cues_in, speaker_end
from .mentions import SUBJECT_REACH, subject_before
from .names import ArticleNames
from .quote_marks import QuoteMarks
from .refusals import PRESS_ASKING_RE, comment_patterns, cue_of, refusal_start

def find_requests_for_comment(article: Article, marks: QuoteMarks, names: ArticleNames, found: FoundQuotes) -> None:
    """Add to ``found`` a quote ``sought`` (and so negated) for each request for comment of ``article`` that its
    source declined or left unanswered, with the refusal as its span; after the direct quotes (a refusal inside quote
    marks is theirs) and before the reported speech (the phrase's verb is no cue of another report)."""
    text = article.text
    negated, refused = comment_patterns()
    previous_start = 0
    for sentence in article.sentences:
        if sentence.is_heading:
            continue
        asked_from, previous_start = previous_start, sentence.start
        matches = sorted([*negated.finditer(text, sentence.start, sentence.end), *refused.finditer(text, sentence.start, sentence.end)], key=lambda m: m.start())
        previous_end = sentence.start  # a second refusal's subject stands after the first ("X declined to comment and Y did not respond")
        for match in matches:
            cue_start, cue_end = cue_of(match)
            if cue_start in found.used_cues or marks.encloses(cue_start):
                continue
            refusal = refusal_start(match, text, sentence.start)
            if refusal is None:
                continue
            if match.groupdict().get("cue_bare") is not None and not PRESS_ASKING_RE.search(text, asked_from, sentence.end):
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

