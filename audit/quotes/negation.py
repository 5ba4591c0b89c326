"""Negated cues: "Trump did not say whether he would sign the bill", "Reid would not say who",
"she has never said she would", "It does not explain why", "The spokesman declined to say how many".

A cue whose verb is negated by an auxiliary with "not" or "n't", by "never", or by a bare "not"
("he said, not even suggesting ...") or withheld by a refusal ("declined to say", "refused to say", "chose not
to respond": ``lexicons/refusal_frames.txt``) reports what its source did *not* say: the content is no
claim of theirs. PolNeAR (Newell, Margolin & Ruths 2018) annotates such attributions, the negation
inside the cue ("did not say", "would not say", "has never said", "did not explain"), so the quote
is kept, as evidence the outlet sought or weighed the voice, and marked ``Quote.negated``; the
voices and tone lenses leave its words out of what the speaker said. The negation must stand right
before the cue, with only adverbs between ("did not immediately respond", "has not yet said"):
"said he did not know" negates the content, not the cue; "not only said" and "not just said" add
to the saying, and "only" and "just" may not stand between.
"""
from __future__ import annotations

import re

from .cues import FRAME_REACH, frame_before_cue

_NEGATED_BEFORE_CUE_RE = re.compile(
    r"(?:\b(?:do|does|did|has|have|had|would|will|could|can|is|are|was|were|should|may|might|must|shall)\s+not"
    r"|\b(?:do|does|did|has|have|had|would|wo|could|ca|is|are|was|were|should|must)n[’']t"
    r"|\bcannot|\bnever|\bnot)"
    # adverbs between the negation and the cue ("did not immediately respond", "has not yet said", "did not
    # explicitly say", "not even suggesting"); "only", "just", "simply" and "merely" make "not only said" an addition,
    # and "not surprisingly" a comment on the saying, not a negation
    r"(?:\s+(?!only\b|just\b|simply\b|merely\b|surprisingly\b|unexpectedly\b)(?:[a-z]+ly|yet|even|ever|also|directly|publicly|so\s+much\s+as))*\s+$",
    re.IGNORECASE,
)


def negated_cue(text: str, cue_start: int, floor: int = 0) -> bool:
    """Whether the cue starting at ``cue_start`` is negated by the words right before it (after ``floor``), or
    withheld by a frame of ``lexicons/refusal_frames.txt`` ("declined to say", "refused to say", "chose not to").

    >>> negated_cue("Trump did not say whether he would sign it.", 15)
    True
    >>> negated_cue("Trump said he did not know.", 6)
    False
    >>> negated_cue("Trump declined to say whether he would sign it.", 18)
    True
    """
    return negation_before_cue(text, cue_start, floor) is not None


def negation_before_cue(text: str, cue_start: int, floor: int = 0) -> re.Match[str] | None:
    """The words right before the cue starting at ``cue_start`` (after ``floor``) that negate it ("did not
    immediately ", "has never ") or withhold it ("declined to ", ``lexicons/refusal_frames.txt``), or None: where the
    refusal starts, for a request for comment (``sought``) whose span is the refusal itself.

    >>> text = "Park did not immediately respond."
    >>> text[negation_before_cue(text, 25).start():25]
    'did not immediately '
    """
    reach = max(floor, cue_start - FRAME_REACH)
    return _NEGATED_BEFORE_CUE_RE.search(text, reach, cue_start) or frame_before_cue("refusal_frames.txt").search(text, reach, cue_start)


# a participle of saying going on after a negated report with what the source did say ("refused to say whether
# A, adding that B", "declined to say whether A, saying only that B"); verbs taking a clause, so "calling it a
# hoax" or "asking the court to act" are never split off
_CLAIM_AFTER_RE = re.compile(
    r",\s+(?:while\s+|instead\s+)?(?P<cue>saying|adding|noting|arguing|claiming|insisting|warning|explaining|stressing|"
    r"acknowledging|conceding|asserting|suggesting|maintaining)(?:\s+(?:only|simply|merely|instead))?(?:\s+that)?\s+(?=\S)",
)


def claim_after_negation(text: str, start: int, end: int) -> re.Match[str] | None:
    """In the content ``text[start:end]`` of a negated quote, the participle of saying after which the source's
    own claim goes on, or None: "whether she would run again, adding that she was focused on the midterms".

    >>> claim_after_negation("whether A, adding that B", 0, 24).group("cue")
    'adding'
    """
    return _CLAIM_AFTER_RE.search(text, start, end)

