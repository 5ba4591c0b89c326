"""Plain words for the report's technical terms: the glossary of the methods section, and the
definition a reader gets by tapping (or hovering, or focusing) a term where it is used.

One definition per term, kept here so that the glossary and every point of use say the same
thing. The templates call ``ui.term(key)`` with a key of ``TERMS``. A definition names what
the page compares as ``{one}``, ``{many}`` or ``{a_one}`` ("outlet", "outlets", "an outlet").
"""
from __future__ import annotations

from dataclasses import dataclass

from ..compare.figures import RANGES_ONLY_TOUCH


@dataclass(frozen=True)
class Term:
    """A technical term: its key in the templates, the words shown, and its plain definition."""

    key: str
    name: str
    definition: str


TERMS: tuple[Term, ...] = (
    Term("clear", "clear difference", "A difference between {many} beyond noise, by one rule: enough sentences (or voices, or mentions) on each side, the 99% interval of the difference excludes zero, and the gap is at least a set size. Otherwise the report says “no clear difference”."),
    Term("interval", "95% interval", "The range a share or mean would likely fall in if the outlet had written other sentences in the same way: narrow with many sentences, wide with few. Shown in brackets, [27–41%]."),
    Term("voice", "voice", "One speaker an article quotes (a person, an organisation or an unnamed source), counted once however often quoted."),
    Term("kind", "kind of source", "What a speaker is, from the role the article gives: government, academic, industry, citizen, other media and so on."),
    Term("own-voice", "own voice", "The outlet's own words: the article's text outside quotation marks and reported speech. Its tone is the outlet's, not its sources'."),
    Term("q", "q", "Tone inside quotes: the mean score of quoted words about the actor, what sources say about it, apart from the outlet's own words."),
    Term("s12", "s12", "A link to one sentence of the article: s12 is its 13th body sentence (counting starts at s0, the first sentence after the headline)."),
    Term("vader", "VADER", "A word list with rules (Hutto and Gilbert 2014) that scores a sentence from −1, most negative, to +1, most positive; about 0 is neutral."),
    Term("mentions", "mentions", "The places an article names an actor (by name, short name or title); tone toward the actor is read at each."),
    Term("frame", "frame", "A way of telling the story (conflict, economic consequences, human interest and so on). A sentence cues a frame when it holds one of the frame's cue words; the share is of the {one}'s sentences."),
    Term("claim", "claim", "A body sentence with four content words or more. Sentences of two articles are the same claim when they share enough key words (figures, names, rare words) in any order."),
    Term("independent", "Independent", "How many articles carry the claim when articles that copy each other's narration count as one source."),
    Term("omits", "majority claims it omits", "Claims that more than half of all the articles carry, in similar words, and this article does not."),
    Term("conflict", "figure conflict", f"Two {{many}} give different values for the same quantity, beyond rounding and qualifiers such as “about” or “more than”; “{RANGES_ONLY_TOUCH}” is a conflict at the boundary (“$80 to $100 million” against “more than $100 million”)."),
    Term("single", "single-source figure", "A figure no other article in the story states, so these articles cannot check it."),
    Term("copied", "copied passage", "A run of at least 12 near-identical words in two articles. Copied narration (outside quotes) means one article is not independent of the other."),
    Term("z", "z", "How strongly {a_one} favours a word over the other {many}: the z-score of the weighted log-odds ratio (Monroe, Colaresi and Quinn 2008). 1.96 or more is unlikely to be chance; smaller is a leaning."),
    Term("grade", "grade level", "The Flesch–Kincaid grade: the US school year a reader would need, from sentence length and syllables per word."),
    Term("similarity", "similarity", "How alike two sentences are, from 0 to 1: the share of their key words they have in common, rare words counting more."),
)


def glossary_context(compared: str = "outlet") -> dict[str, dict[str, str]]:
    """Every term as plain data for the templates, by key, in glossary order; the definitions
    name what the page compares, ``compared`` ("outlet", or "article": ``audit.sections.grouping``)."""
    nouns = {"one": compared, "many": f"{compared}s", "a_one": f"{'an' if compared[0] in 'aeiou' else 'a'} {compared}"}
    return {term.key: {"name": term.name, "definition": term.definition.format(**nouns)} for term in TERMS}
