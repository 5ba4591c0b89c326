"""Names and pronouns for the quotes lens, read through the shared text toolkit.

Words come from ``audit.text.tokens`` (one tokenizer for every lens, imported directly); names from
``audit.text.find_names`` run once per article (``ArticleNames``), with their titles,
honorifics, party-and-state tags and "of Delaware" already split off as attributes;
pronouns and the gender they state from ``lexicons/speaker_words.csv``. A person role
word of ``lexicons/speaker_roles.csv`` opening a name ("Billionaire Jack Ma") is a role
too: the name finder splits offices, not every noun of occupation.
"""
from __future__ import annotations

import bisect
import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicons import data_lines
from ..text import NameMention, find_names, name_problem
from ..text.names import lower_case_words, read_name_alone
from .roles import role_word, speaker_nouns

_DATELINE_RE = re.compile(r"[A-Z][A-Z.’'\-]+(?:,[^\n—–]{1,30})?\s*(?:\([^)\n]{1,25}\)\s*)?(?:—|–|--|-|―)")
_BRAND_RE = re.compile(r"^\d+(?:\.[a-z]+|[A-Za-z]*[A-Z]\w*)$")
# what stands right before a word inside its sentence, not opening it: a comma or semicolon, a closing quote mark
# (after a comma, question or exclamation mark: "“...,” White said"), or a word in lower case ("said White")
_INSIDE_SENTENCE_BEFORE_RE = re.compile(r"(?:[,;]|[,;?!]?(?:[”\"’]|'')|[a-z])[ \t\u00a0]+$")


@lru_cache(maxsize=1)
def speaker_words() -> dict[str, tuple[str, str]]:
    """Pronouns that stand for a speaker → ``(type, gender)``, type ``subject``, ``object`` or
    ``possessive``, from ``lexicons/speaker_words.csv`` (honorifics and titles are the toolkit's,
    ``audit.text.titles``)."""
    return {row["word"].lower(): (row["type"], row["gender"]) for row in csv.DictReader(data_lines("speaker_words.csv"))}


def is_name_word(word: str) -> bool:
    """A word that can be part of a name: capitalised, or a digit-led brand ("36Kr", "01.ai")."""
    # isdecimal() is exactly the regex's \d: the pattern runs only on digit-led words
    return bool(word) and (word[0].isupper() or word[0].isdecimal() and bool(_BRAND_RE.match(word)))


def strip_possessive(word: str) -> str:
    """``word`` without a possessive ending ("DeepSeek’s" → "DeepSeek")."""
    for suffix in ("’s", "'s", "’", "'"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            return word[: -len(suffix)]
    return word


@dataclass(frozen=True)
class SpeakerName:
    """A name as a speaker: its span and text, the role words written with it (title, party
    tag, "of Delaware", a leading role noun), and the gender its honorific or title states."""

    start: int
    end: int
    text: str
    role: str
    title: str
    gender: str
    mention: NameMention


class ArticleNames:
    """The name mentions of one text (``find_names``, run once), looked up by position, and
    the words the text writes in lower case."""

    def __init__(self, text: str):
        self.text = text
        self.mentions: tuple[NameMention, ...] = find_names(text)  # with the text's own vocabulary
        self.lower = lower_case_words(text)  # the lower-case words find_names read
        self._starts = [m.start for m in self.mentions]  # find_names returns them in order of position
        # surnames of the people the text names in full: "Cuban" alone after "Mark Cuban" is his name
        self.surnames = frozenset(m.surname for m in self.mentions if m.kind == "person" and len(m.parts) >= 2)
        # first parts of two-part names of no known given name: surnames when written surname first ("You Tianlong")
        self.first_parts = frozenset(m.parts[0].lower() for m in self.mentions if len(m.parts) == 2 and m.evidence != "given name")
        # first words of organisations' names of several words: "American" of "American Airlines" is the airline alone
        self.organization_openers = frozenset(m.parts[0].lower() for m in self.mentions if m.kind == "organization" and len(m.parts) > 1)

    def lone_name(self, word: str, start: int = -1) -> bool:
        """Whether ``word``, alone right before or after a cue ("McLenney said", "said Cuban"), is a
        name the finder could not tell from an opener or a demonym: the surname of a person the text
        names in full, or a capitalised word the text never writes in lower case that is no function
        word, month, title, demonym, speaker noun or role word."""
        lower = word.lower()
        if start >= 0 and _DATELINE_RE.match(self.text, start) and not self.text[self.text.rfind("\n", 0, start) + 1:start].strip(" \t\"“"):
            return False  # "WASHINGTON, Dec. 8 (UPI) —": a dateline
        if lower in self.surnames and word[:1].isupper():
            return True
        if start >= 0 and self.capitalised_inside_sentence(word, start) and name_problem(word) == "demonym alone":
            # "“The numbers do not add up,” White said": a demonym or colour word capitalised inside a sentence, alone
            # by a cue, is a surname (White, Black, English, French); the people it names are a plural ("Whites")
            return True
        return (
            is_name_word(word)
            and not lower.endswith(("ly", "ing"))  # "Conversely", "Appearing": no names (a surname such as Kelly is known in full)
            and lower not in self.lower
            and not name_problem(word)
            and lower not in speaker_nouns()
            and role_word(lower) is None
            and ((alone := read_name_alone(word)) is None or alone.kind != "place")  # "U.S." is a place
        )

    def capitalised_inside_sentence(self, word: str, start: int) -> bool:
        """Whether ``word`` at ``start`` is capitalised (not written in capitals) where no sentence opens: after a
        comma, a closing quote mark or a word in lower case."""
        return word[:1].isupper() and not word.isupper() and _INSIDE_SENTENCE_BEFORE_RE.search(self.text, max(0, start - 6), start) is not None

    def within(self, start: int, end: int) -> list[NameMention]:
        """The mentions lying wholly inside ``[start, end)``, in order."""
        found = []
        for mention in self.mentions[bisect.bisect_left(self._starts, start):]:
            if mention.start >= end:
                break
            if mention.end <= end:
                found.append(mention)
        return found

    def ending_at(self, start: int, end: int) -> NameMention | None:
        """The mention inside ``[start, end)`` whose name, possessive or party tag ends at ``end``
        ("Rep. Trey Gowdy (R-S.C.)", "Sen. Elizabeth Warren (D-Massachusetts)"): a tag of any length."""
        for mention in self.mentions[bisect.bisect_left(self._starts, start):]:
            if mention.start >= end:
                break
            if mention.end in (end, end + 1) and self.text[end:mention.end] in ("", ".") or (mention.possessive and mention.end < end <= mention.end + 2):
                return mention  # (the tokenizer leaves the final dot of "U.S." out of the word)
            if mention.tag_span is not None and mention.tag_span[0] < end <= mention.tag_span[1] + 1:
                return mention
        return None


def speaker_name(text: str, mention: NameMention) -> SpeakerName:
    """``mention`` as a speaker's name: the words up to its last person role word ("Billionaire",
    "Senior Analyst", ``lexicons/speaker_roles.csv``; none in an organisation's name) moved to the role with the title, the party tag and the origin ("of Delaware")."""
    start, parts = mention.start, list(mention.parts)
    cut = 0
    for index, part in enumerate(parts[:-1]):
        entry = role_word(part.lower().rstrip("."))
        if entry is not None and entry.kind == "person":
            cut = index + 1
    if cut and mention.kind not in ("person", "unknown"):
        # an organisation's name holds such words as its own ("Federal Reserve", "Committee for a Responsible
        # Federal Budget"); but the finder may read an employer, a title and a person as one organisation
        # ("Heritage Foundation Senior Fellow James Carafano"): cut only before what reads as a person
        rest = read_name_alone(" ".join(parts[cut:]))
        if rest is None or rest.kind != "person":
            cut = 0
    lead = parts[:cut]
    for part in parts[cut:cut + 1] if cut else ():
        start = text.find(part, start + len(" ".join(lead)))
    title = mention.title
    if mention.honorific and title.startswith(mention.honorific):
        title = title[len(mention.honorific):].strip()  # "Mr." says the gender, not the role
    role = " ".join(bit for bit in (title, " ".join(lead)) if bit)
    extras = []
    if mention.tag_span is not None:  # "D-Del.", or "(R)" for a party alone
        tag = text[mention.tag_span[0]:mention.tag_span[1]]
        extras.append(tag if mention.state else f"({tag})")
    if mention.origin:
        extras.append(f"of {mention.origin}")
    role = ", ".join(bit for bit in (role, *extras) if bit)
    return SpeakerName(start, mention.end, text[start:mention.end], role, title, mention.gender, mention)
