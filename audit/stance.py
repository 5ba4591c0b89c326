"""Tone toward a target: is a sentence negative, neutral or positive about the person it names here?

Sentence-level VADER (``audit.tone``) says how a sentence sounds, not how it treats each
person in it: in "Cruz said Trump's plan was a war crime" the sentence is negative, Trump
is cast negatively and Cruz, the speaker, is not. ``stance_toward(text, start, end)`` reads
the sentence around the mention ``text[start:end]`` and returns the tone toward it.

Method: target-dependent sentiment classification as in the feature-based systems of
Jiang et al. (2011), "Target-dependent Twitter Sentiment Classification", ACL, and
Kiritchenko et al. (2014), "NRC-Canada-2014: Detecting Aspects and Sentiment in Customer
Reviews", SemEval: the average of two linear models over the same transparent features (each
feature is read once and both its weights looked up), a multinomial logistic regression and
NBSVM (Wang & Manning 2012, "Baselines and Bigrams: Simple, Good Sentiment and Topic
Classification", ACL): for each label, a logistic regression of that label against the other
two over the features scaled by their naive-Bayes log-count ratio for that label (the weights
file holds the products, so inference is one sum per label and model); what is averaged
(scores or probabilities) and with which share is chosen by cross-validation on the
training split and written in the weights file,

* the words of the sentence that speak about the target (its *scope*: when the target is
  the speaker of a quote or of reported speech, what it says is cut out, and when the
  target stands inside a quote, the scope is that quote), crudely stemmed, proper names
  left out so that no name carries a tone of its own;
* the words of the target's clause (the sentence cut at ; : dashes and "but", "while",
  "although"...), and the words nearer to the target than to any other name of the
  sentence (its own segment: in "Smith praised Jones but slammed Brown", "slammed" is
  Brown's), so that two people named in one sentence get features of their own;
* the words next to the target on each side, the common words and titles of the mention
  itself (labels such as "dictator" in "Syrian dictator Bashar Assad") and what kind of
  mention it is (a pronoun, a day or month, how many words), never whose name it is;
* VADER (Hutto & Gilbert 2014) scores of the scope, and of the target's clause without it;
  VADER lexicon valences on each side of the target, weighted by distance, in windows of
  3, 6 and 10 words, in its own segment and outside it, outside its clause; whether it
  stands before or after a contrast ("but", "although");
* who does what to whom: the target as speaker, as subject or object of a verb of attack,
  harm, support, success or failure, as "critics of X" or "allies of X" (cues in
  ``lexicons/stance_cues.csv``).

What every mention of a sentence reads alike (tokens, stems, names, valences, cues, quotes,
clause breaks, VADER of the sentence) is computed once per sentence and memoised, so the
several targets of one sentence share it. A sentence is read at most ``SENTENCE_REACH``
characters either side of the mention: longer than any real sentence, short of a run-on page.

The weights are fitted on the training split of NewsMTSC (Hamborg & Donnay 2021,
"NewsMTSC: A Dataset for (Multi-)Target-dependent Sentiment Classification in Political
News Articles", EACL; MIT licence, copyright 2020 Felix Hamborg) by
``scripts/fit_stance.py`` and shipped as ``lexicons/stance_weights.csv``; nothing is
downloaded and inference is plain Python. ``benchmarks/bench_tone.py`` prints the macro F1
on NewsMTSC's development split next to sentence-level VADER.
"""
from __future__ import annotations

import csv
import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from .lexicons import data_lines
from .text import Token, cut_to_reach, date_words, sentence_spans, sentence_starters, stopwords, title_words
from .text import tokens as word_tokens

LABELS = ("negative", "neutral", "positive")
WEIGHTS_FILE = "stance_weights.csv"
CUES_FILE = "stance_cues.csv"

# Scores (VADER compounds, sums of valences) are doubled: the L2 penalty then holds them back
# less than the many word features, which 5-fold cross-validation on the training split preferred.
SCORE_SCALE = 2.0
SIDE_WORDS = 3  # words read on each side of the target
WINDOWS = (3, 6, 10)  # VADER reads this many words on each side of the target
SENTENCE_REACH = 1_000
"""How many characters of the sentence are read on each side of the mention. The longest sentence of the development
articles (PolNeAR, the figure stories, the seeds) has 1,094 characters, so a real sentence is read whole but for a
mention within 94 characters of one end of the very longest (one PolNeAR train sentence: an actor's tone moves in its
fourth decimal, found by review); a run-on
"sentence" of thousands of words (a page without full stops) is read near the mention, else every mention would read
all of it and a lens reading each mention (actors) would take time quadratic in the sentence's length."""
_NEGATIONS = frozenset("not no never nor neither without hardly cannot none nothing nobody".split())
_PRONOUNS = frozenset("he she him her his hers they them their it its".split())
# Words a verb's object may carry before it ("accused the former president"), and that may
# stand between a subject and its verb ("Trump has repeatedly attacked").
_BEFORE_OBJECT = frozenset(
    """the a an former current then his her their its president senator sen rep gov governor mr mrs ms dr
    secretary leader minister chairman candidate nominee judge justice general attorney""".split()
)
_BEFORE_VERB = frozenset(
    """has have had also repeatedly reportedly then later been is was were will would could just even again
    publicly openly sharply""".split()
)
_PASSIVE = frozenset({"was", "were", "been", "is"})
_CLAUSE_BREAK_RE = re.compile(r"[;:—–]|\s-\s|,?\s+(?:but|while|whereas|although|though|yet|however)\b", re.IGNORECASE)
_QUOTE_RE = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*\"")
_APOSTROPHE_S = ("'s", "’s")
_HAS_WORD = re.compile(r"\w")
_CONTRAST_RE = re.compile(r"\b(?:but|although|though|however|yet|whereas|despite)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Driver:
    """One piece of evidence: a feature of the sentence and how far it pushed toward the label.

    ``span`` is ``(start, end)`` in the text when the feature is a word (or ``None`` for a
    score such as "VADER of the clause"); ``weight`` is its contribution to the label's
    score relative to the other labels.
    """

    feature: str
    span: tuple[int, int] | None
    weight: float


@dataclass(frozen=True)
class Stance:
    """Tone of a sentence toward one mention.

    ``label`` is ``"negative"``, ``"neutral"`` or ``"positive"``; ``score`` is
    P(positive) - P(negative), in [-1, 1]; ``probabilities`` are those of ``LABELS`` in
    order. ``sentence`` is the span read; ``cues`` name the rules that fired (``speaker``,
    ``object of attack``...); ``drivers`` are the features that pushed hardest toward the
    label, strongest first.
    """

    label: str
    score: float
    probabilities: tuple[float, float, float]
    sentence: tuple[int, int]
    cues: tuple[str, ...]
    drivers: tuple[Driver, ...]


MODELS = ("lr", "nbsvm")  # the two fitted models whose outputs are averaged
MIX_KINDS = ("scores", "probabilities")  # what is averaged: the linear scores, or each model's probabilities
# The multinomial regression reads the word features of each of these groups scaled to an L2
# norm of WORDS_NORM (so that long sentences do not shout down the target's own features);
# NBSVM reads them as present (1.0).
WORDS_NORM = 2.0
NORMED_GROUPS = ("w=", "c=", "n=")


def regression_scales(names: Iterable[str]) -> dict[str, float]:
    """The factor the multinomial regression applies to each ``NORMED_GROUPS`` feature of one mention, by group."""
    counts = dict.fromkeys(NORMED_GROUPS, 0)
    for name in names:
        if name[:2] in counts:
            counts[name[:2]] += 1
    return {group: WORDS_NORM / math.sqrt(count) for group, count in counts.items() if count}


def summed_scores(table: dict[str, tuple[float, ...]], bias: Sequence[float], found: Sequence[tuple[str, float]]) -> list[float]:
    """Both models' linear scores for one mention's ``(feature, value)`` pairs, in their order.

    The ``bias`` plus, for every non-zero feature in ``table``, its weights times its value:
    the multinomial regression reads the value scaled by ``regression_scales``, NBSVM as is.
    """
    scales = regression_scales(name for name, _ in found)
    scores = list(bias)
    width = len(LABELS)
    for name, value in found:
        row = table.get(name)
        if row is None or value == 0.0:
            continue
        lr_value = value * scales.get(name[:2], 1.0)
        for k in range(width):
            scores[k] += row[k] * lr_value
            scores[k + width] += row[k + width] * value
    return scores


@dataclass(frozen=True)
class StanceModel:
    """Weights of the two fitted models and how their outputs are averaged.

    ``weights`` maps a feature to ``len(MODELS) * len(LABELS)`` weights (the multinomial
    regression's for each label, then NBSVM's), ``bias`` likewise; ``mix`` is one of
    ``MIX_KINDS`` and ``mix_weight`` the multinomial regression's share of the average.
    """

    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    mix: str
    mix_weight: float
    header: tuple[str, ...]

    def probabilities(self, scores: Sequence[float]) -> tuple[int, tuple[float, ...]]:
        """The label index and the probabilities of the ``LABELS`` from the summed ``scores`` (both models')."""
        return mixed(scores[: len(LABELS)], scores[len(LABELS):], self.mix, self.mix_weight)


def _logistic(score: float) -> float:
    """The logistic of ``score``, clamped to +-500 so that ``math.exp`` cannot overflow."""
    return 1.0 / (1.0 + math.exp(-min(max(score, -500.0), 500.0)))


def mixed(lr_scores: Sequence[float], nbsvm_scores: Sequence[float], mix: str, lr_share: float) -> tuple[int, tuple[float, ...]]:
    """Label index and probabilities of the average of the two models, ``lr_share`` of it the multinomial regression's.

    ``mix="scores"`` averages the linear scores (the probabilities are then NBSVM's form,
    each label's logistic probability normalised to sum to one); ``mix="probabilities"``
    averages the regression's softmax with NBSVM's normalised logistic probabilities.
    Ties go to the earlier label.
    """
    if mix == "scores":
        scores = [lr_share * a + (1.0 - lr_share) * b for a, b in zip(lr_scores, nbsvm_scores)]
        odds = [_logistic(score) for score in scores]
        total = sum(odds)
        probabilities = tuple(p / total for p in odds)
        return max(range(len(scores)), key=lambda k: (scores[k], -k)), probabilities
    top = max(lr_scores)
    exps = [math.exp(score - top) for score in lr_scores]
    softmax_total = sum(exps)
    odds = [_logistic(score) for score in nbsvm_scores]
    odds_total = sum(odds)
    probabilities = tuple(lr_share * e / softmax_total + (1.0 - lr_share) * o / odds_total for e, o in zip(exps, odds))
    return max(range(len(probabilities)), key=lambda k: (probabilities[k], -k)), probabilities


@lru_cache(maxsize=1)
def model() -> StanceModel:
    """The shipped weights (``lexicons/stance_weights.csv``), read once."""
    rows = list(csv.reader(data_lines(WEIGHTS_FILE)))
    columns = tuple(f"{name}_{label}" for name in MODELS for label in LABELS)
    if not rows or tuple(rows[0]) != ("feature", *columns):
        raise ValueError(f"{WEIGHTS_FILE}: the first row must be 'feature,{','.join(columns)}'; refit with `make fit-stance`")
    weights: dict[str, tuple[float, ...]] = {}
    bias: tuple[float, ...] = (0.0,) * len(columns)
    mix, mix_weight = "", -1.0
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(columns) + 1:
            raise ValueError(f"{WEIGHTS_FILE}: data row {number} has {len(row)} fields, expected {len(columns) + 1}")
        if row[0] == "(mix)":  # (mix),kind,share of the regression,then empty fields
            mix, mix_weight = row[1], float(row[2])
            continue
        values = tuple(float(value) for value in row[1:])
        if row[0] == "(bias)":
            bias = values
        else:
            weights[row[0]] = values
    if mix not in MIX_KINDS or not 0.0 <= mix_weight <= 1.0:
        raise ValueError(f"{WEIGHTS_FILE}: needs a '(mix)' row naming one of {MIX_KINDS} and a share in [0, 1]; refit with `make fit-stance`")
    header = tuple(
        line[1:].strip()
        for line in resources.files("audit.lexicons").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8").splitlines()
        if line.startswith("#")
    )
    return StanceModel(bias=bias, weights=weights, mix=mix, mix_weight=mix_weight, header=header)


@lru_cache(maxsize=1)
def cues() -> dict[str, frozenset[str]]:
    """Cue stems of ``lexicons/stance_cues.csv`` and their kinds (``say``, ``attack``...)."""
    kinds: dict[str, set[str]] = {}
    rows = list(csv.reader(data_lines(CUES_FILE)))
    for cue, kind in rows[1:]:
        kinds.setdefault(cue.strip().lower(), set()).add(kind.strip())
    return {cue: frozenset(found) for cue, found in kinds.items()}


@lru_cache(maxsize=65536)
def cue_kinds(word: str) -> frozenset[str]:
    """Kinds of the cue ``word`` starts with (the longest cue, at most four letters shorter)."""
    word = word.lower()
    table = cues()
    for length in range(len(word), max(2, len(word) - 5), -1):
        found = table.get(word[:length])
        if found is not None:
            return found
    return frozenset()


@lru_cache(maxsize=1)
def _analyzer() -> SentimentIntensityAnalyzer:
    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=4096)
def _vader(text: str) -> tuple[float, float, float]:
    """VADER's (compound, pos, neg) of ``text``; memoised because every mention of a sentence reads it."""
    if not text.strip():
        return (0.0, 0.0, 0.0)
    scores = _analyzer().polarity_scores(text)
    return (scores["compound"], scores["pos"], scores["neg"])


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """``word`` in lower case without one common English suffix (-ing, -ed, -es, -s, -ly) when 4+ letters remain."""
    word = word.lower()
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or sentences) of ``text`` holding ``text[start:end]``, found within its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    spans = [span for span in sentence_spans(text, line_start, line_end) if span[0] < end and span[1] > start]
    if not spans:
        return (line_start, line_end)
    return (min(start, spans[0][0]), max(end, spans[-1][1]))


def within_reach(text: str, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """The part of ``sentence`` read for the mention ``text[start:end]``: all of it, unless it runs more than
    ``SENTENCE_REACH`` characters past the mention on a side; there it is cut at a space, so that no word is cut."""
    return cut_to_reach(text, start, end, sentence, SENTENCE_REACH)


@dataclass(frozen=True)
class _Sentence:
    """What every mention of one sentence reads alike, computed once: offsets are relative to ``text``."""

    text: str
    tokens: tuple[Token, ...]
    stems: tuple[str, ...]
    starts: tuple[int, ...]
    names: tuple[bool, ...]
    valences: tuple[float, ...]
    kinds: tuple[frozenset[str], ...]
    quotes: tuple[tuple[int, int], ...]
    breaks: tuple[tuple[int, int], ...]
    contrasts: tuple[int, ...]
    vader: tuple[float, float, float]


@lru_cache(maxsize=512)
def _read_sentence(text: str) -> _Sentence:
    """Tokens, stems, names, valences, cues, quotes and clause breaks of a sentence, memoised: the
    several mentions of one sentence share them."""
    lexicon = _analyzer().lexicon
    tokens = tuple(word_tokens(text))
    return _Sentence(
        text=text,
        tokens=tokens,
        stems=tuple(stem(t.text) for t in tokens),
        starts=tuple(t.start for t in tokens),
        names=tuple(_is_name(t.text, i, lexicon) for i, t in enumerate(tokens)),
        valences=tuple(_valences(tokens, lexicon)),
        kinds=tuple(cue_kinds(t.text) for t in tokens),
        quotes=tuple(m.span() for m in _QUOTE_RE.finditer(text)),
        breaks=tuple(m.span() for m in _CLAUSE_BREAK_RE.finditer(text)),
        contrasts=tuple(m.start() for m in _CONTRAST_RE.finditer(text)),
        vader=_vader(text),
    )


def _squash(total: float) -> float:
    """A sum of VADER valences in (-1, 1), by VADER's own normalisation x / sqrt(x² + 15)."""
    return total / math.sqrt(total * total + 15.0)


def features(text: str, start: int, end: int, sentence: tuple[int, int]) -> list[tuple[str, float, tuple[int, int] | None]]:
    """The features of the mention ``text[start:end]`` in ``sentence``: ``(name, value, span)`` triples.

    Names are those of the weights file (``w=`` a word of the scope, ``c=`` a word of the
    target's clause, ``t=`` a word of the mention, ``L=``/``R=`` a word on the left/right,
    ``A=`` a word of an apposition after the target, ``cue=`` a rule, the rest scores).
    Spans are offsets in ``text``. Public so that the fitting script computes exactly what
    inference computes.
    """
    s0, s1 = within_reach(text, start, end, sentence)
    read = _read_sentence(text[s0:s1])
    facts = _Mention(read, start - s0, end - s0)
    return [(name, value, None if span is None else (span[0] + s0, span[1] + s0)) for name, value, span in facts.features()]


class _Mention:
    """One mention in a read sentence (offsets relative to the sentence) and the features read from it."""

    def __init__(self, read: _Sentence, start: int, end: int) -> None:
        self.read, self.start, self.end = read, start, end
        tokens = read.tokens
        inside = [i for i, t in enumerate(tokens) if t.start < end and t.end > start]
        self.lo = inside[0] if inside else sum(1 for t in tokens if t.end <= start)
        self.hi = inside[-1] if inside else self.lo - 1

    def features(self) -> list[tuple[str, float, tuple[int, int] | None]]:
        read, start, end, lo, hi = self.read, self.start, self.end, self.lo, self.hi
        tokens, text = read.tokens, read.text
        kind, scope = _scope(read, start, end, lo, hi)
        clause_start, clause_end = _clause(read, start, end)
        out: list[tuple[str, float, tuple[int, int] | None]] = [("cue=" + kind, 1.0, None)]
        if kind == "plain":
            in_scope: Iterable[int] = range(len(tokens))
        else:
            in_scope = [i for i, t in enumerate(tokens) if any(a <= t.start < b for a, b in scope)]
        out += _words("w=", read, lo, hi, in_scope)
        out += _words("c=", read, lo, hi, range(bisect_left(read.starts, clause_start), bisect_left(read.starts, clause_end)))
        out += self._mention_words()
        for side, picked in (("L=", range(max(0, lo - SIDE_WORDS), lo)), ("R=", range(hi + 1, min(len(tokens), hi + 1 + SIDE_WORDS)))):
            out += [(side + read.stems[i], 1.0, (tokens[i].start, tokens[i].end)) for i in picked if not read.names[i]]

        scores: list[tuple[str, float]] = []
        if len(scope) == 1 and scope[0] == (0, len(text)):
            compound, positive, negative = read.vader
        else:
            compound, positive, negative = _vader(" ".join(text[a:b] for a, b in scope))
        scores += [("vader", compound), ("vader+", positive), ("vader-", negative)]
        compound, positive, negative = _vader(text[clause_start:start] + " " + text[end:clause_end])
        scores += [("clause", compound), ("clause+", positive), ("clause-", negative)]
        valences = read.valences
        for name, picked in (("left", range(lo - 1, -1, -1)), ("right", range(hi + 1, len(tokens)))):
            near_positive = near_negative = 0.0
            for distance, i in enumerate(picked):
                valence = valences[i]
                weight = 1.0 / (1.0 + distance / 3.0)
                if valence > 0:
                    near_positive += valence * weight
                else:
                    near_negative -= valence * weight
            scores += [(name + "+", near_positive / 4.0), (name + "-", near_negative / 4.0)]
        for size in WINDOWS:
            scores.append((f"left{size}", _squash(sum(valences[max(0, lo - size):lo]))))
            scores.append((f"right{size}", _squash(sum(valences[hi + 1:hi + 1 + size]))))
        outside = sum(v for t, v in zip(tokens, valences) if not clause_start <= t.start < clause_end)
        scores.append(("other clauses", _squash(outside)))
        own, rest, own_words, alone = _own_segment(read, lo, hi)
        scores += [("own", _squash(own)), ("rest", _squash(rest))]
        out += own_words
        out += [(name, SCORE_SCALE * value, None) for name, value in scores]

        if alone:
            out.append(("cue=only name", 1.0, None))
        if any(c < start for c in read.contrasts):
            out.append(("cue=after contrast", 1.0, None))
        if any(c >= end for c in read.contrasts):
            out.append(("cue=before contrast", 1.0, None))
        out += [("cue=" + cue, 1.0, None) for cue in _roles(read, start, end, lo, hi)]
        return out

    def _mention_words(self) -> list[tuple[str, float, tuple[int, int] | None]]:
        """The mention's common words and titles ("the embattled president"), what it is (a day or
        month, a pronoun...) and its length: what kind of target it is, never whose name."""
        read, lo, hi = self.read, self.lo, self.hi
        out: list[tuple[str, float, tuple[int, int] | None]] = []
        for i in range(lo, hi + 1):
            token = read.tokens[i]
            if token.text[:1].islower() or token.text.lower().rstrip(".") in title_words():
                out.append(("t=" + read.stems[i], 1.0, (token.start, token.end)))
        if hi == lo and read.tokens[lo].text.lower() in date_words():
            out.append(("cue=time", 1.0, None))
        out.append((f"cue=mention of {min(3, hi - lo + 1)} words", 1.0, None))
        return out


def _words(prefix: str, read: _Sentence, lo: int, hi: int, picked: Iterable[int]) -> list[tuple[str, float, tuple[int, int] | None]]:
    """``prefix`` + the stem of each word ``picked`` (not the mention's, not a name), each once, as present (1.0):
    NBSVM reads binary features."""
    seen: dict[str, tuple[int, int]] = {}
    tokens, names, stems = read.tokens, read.names, read.stems
    for i in picked:
        if (i < lo or i > hi) and not names[i]:
            name = prefix + stems[i]
            if name not in seen:
                seen[name] = (tokens[i].start, tokens[i].end)
    return [(name, 1.0, span) for name, span in seen.items()]


def _own_segment(read: _Sentence, lo: int, hi: int) -> tuple[float, float, list[tuple[str, float, tuple[int, int] | None]], bool]:
    """The words nearer to the target than to any other name of the sentence: the valence of
    those words, of the rest, those words as ``n=`` features, and whether no other name is there.

    In "Smith praised Jones but slammed Brown" the words between two names are shared by
    both, and "slammed" is Brown's alone: the sentence's other names (capitalised words
    VADER does not know) stand for the other people it speaks about.
    """
    tokens = read.tokens
    others = [i for i, is_name in enumerate(read.names) if is_name and not lo <= i <= hi]
    own: dict[str, tuple[int, int]] = {}
    own_valence = rest_valence = 0.0
    nearest = 0
    for i, t in enumerate(tokens):
        if lo <= i <= hi or read.names[i]:
            continue
        mine = i - hi if i > hi else lo - i
        while nearest + 1 < len(others) and abs(others[nearest + 1] - i) <= abs(others[nearest] - i):
            nearest += 1
        theirs = abs(others[nearest] - i) if others else len(tokens)
        if mine <= theirs:
            own.setdefault("n=" + read.stems[i], (t.start, t.end))
            own_valence += read.valences[i]
        else:
            rest_valence += read.valences[i]
    words: list[tuple[str, float, tuple[int, int] | None]] = [(name, 1.0, span) for name, span in own.items()]
    return own_valence, rest_valence, words, not others


def _is_name(word: str, index: int, lexicon: dict[str, float]) -> bool:
    """A capitalised word that VADER does not know: a proper name, left out so that no name
    carries a tone of its own. Acronyms ("GOP", "FBI") are names too; the sentence's first
    word is one unless it is a common opener, a title or a cue ("The", "Former", "Critics")."""
    lower = word.lower()
    if not word[:1].isupper() or lower in lexicon:
        return False
    if index == 0 and not word.isupper():
        return not (lower in stopwords() or lower in sentence_starters() or lower in title_words() or cue_kinds(word))
    return len(word) > 1 or index > 0


def _valences(tokens: Sequence[Token], lexicon: dict[str, float]) -> list[float]:
    """VADER lexicon valence of each word, flipped (x -0.74, VADER's N_SCALAR) after a negation in the three words before."""
    values = []
    for i, t in enumerate(tokens):
        valence = lexicon.get(t.text.lower(), 0.0)
        if valence and any(
            w.text.lower() in _NEGATIONS or w.text.lower().endswith(("n't", "n’t")) for w in tokens[max(0, i - 3):i]
        ):
            valence *= -0.74
        values.append(valence)
    return values


def _clause(read: _Sentence, start: int, end: int) -> tuple[int, int]:
    """The clause around the target: the sentence cut at ; : dashes and contrastive conjunctions."""
    clause_start, clause_end = 0, len(read.text)
    for a, b in read.breaks:
        if b <= start:
            clause_start = b
        elif a >= end:
            clause_end = a
            break
    return clause_start, clause_end


def _speaker(read: _Sentence, lo: int, hi: int) -> str | None:
    """``"after"`` for "X said" (an apposition may stand between), ``"before"`` for "..., said X", else None."""
    tokens, text = read.tokens, read.text
    j = hi + 1
    if 0 <= hi and j < len(tokens) and text[tokens[hi].end:tokens[j].start].strip() == ",":
        # "X, a senator from Utah, said": skip an apposition of up to 12 words
        for k in range(j, min(len(tokens) - 1, j + 12)):
            if "," in text[tokens[k].end:tokens[k + 1].start]:
                j = k + 1
                break
    for k in range(j, min(len(tokens), j + 3)):
        if "say" in read.kinds[k]:
            return "after"
        if tokens[k].text.lower() not in _BEFORE_VERB:
            break
    if lo > 0 and "say" in read.kinds[lo - 1] and not text[tokens[lo - 1].end:tokens[lo].start].strip():
        after = text[tokens[hi].end:tokens[hi].end + 2] if hi < len(tokens) else ""
        if hi + 1 >= len(tokens) or after[:1] in {",", ".", ""}:
            return "before"
    if lo >= 2 and tokens[lo - 2].text.lower() == "according" and tokens[lo - 1].text.lower() == "to":
        return "before"
    return None


def _scope(read: _Sentence, start: int, end: int, lo: int, hi: int) -> tuple[str, list[tuple[int, int]]]:
    """What the sentence says about the target: ``(kind, pieces)``.

    Inside a quote, the quote; the speaker of a quote or of reported speech, the sentence
    without the quotes and without what follows the reporting verb; otherwise the sentence.
    """
    for a, b in read.quotes:
        if a <= start and end <= b:
            return "quoted", [(a, b)]
    speaker = _speaker(read, lo, hi)
    if speaker is None:
        return "plain", [(0, len(read.text))]
    pieces = []
    cursor = 0
    for a, b in read.quotes:
        if a > cursor:
            pieces.append((cursor, a))
        cursor = max(cursor, b)
    if cursor < len(read.text):
        pieces.append((cursor, len(read.text)))
    if speaker == "after":
        verb = next((read.tokens[k] for k in range(hi + 1, len(read.tokens)) if "say" in read.kinds[k]), None)
        if verb is not None:
            pieces = [(a, min(b, verb.end)) for a, b in pieces if a < verb.end]
    return "speaker", pieces or [(start, end)]


def _roles(read: _Sentence, start: int, end: int, lo: int, hi: int) -> list[str]:
    """Names of the who-does-what-to-whom rules that hold for the target."""
    tokens, text, kinds = read.tokens, read.text, read.kinds
    roles = []
    if hi + 1 < len(tokens) and "say" in kinds[hi + 1]:
        roles.append("say after")
    if lo > 0 and "say" in kinds[lo - 1]:
        roles.append("say before")
    if any("say" in kinds[k] for k in range(hi + 1, min(len(tokens), hi + 5))):
        roles.append("say near")
    if lo > 0 and tokens[lo - 1].text.lower() in {"by", "of", "against", "on", "at", "to", "with"}:
        roles.append("after " + tokens[lo - 1].text.lower())
    if text[end:end + 2] in _APOSTROPHE_S or text[start:end].endswith(_APOSTROPHE_S):
        roles.append("possessive")
    if any(a <= start and end <= b for a, b in read.quotes):
        roles.append("in quote")
    if text[start:end].strip().lower() in _PRONOUNS:
        roles.append("pronoun")
    if lo == 0:
        roles.append("first")
    # object of a verb: the verb before the target, over determiners, titles and names
    i = lo - 1
    hops = 0
    while i >= 0 and hops < 4 and (tokens[i].text.lower() in _BEFORE_OBJECT or tokens[i].text[:1].isupper()):
        if re.search(r"[,;:.]", text[tokens[i].end:tokens[i + 1].start]):
            break
        i -= 1
        hops += 1
    if i >= 0 and not re.search(r"[;:.]", text[tokens[i].end:tokens[lo].start]):
        roles += [f"object of {kind}" for kind in sorted(kinds[i] - {"say", "critic", "ally"})]
        if tokens[i].text.lower() == "of" and i > 0:
            roles += [f"{kind} of" for kind in sorted(kinds[i - 1] & {"critic", "ally"})]
        if tokens[i].text.lower() == "by" and i > 0:
            roles += [f"agent of {kind}" for kind in sorted(kinds[i - 1] - {"say", "critic", "ally"})]
    # subject of a verb: the verb after the target, over auxiliaries and adverbs; passive voice makes it the object
    j = hi + 1
    hops = 0
    passive = False
    while j < len(tokens) and hops < 4 and tokens[j].text.lower() in _BEFORE_VERB:
        passive = passive or tokens[j].text.lower() in _PASSIVE
        j += 1
        hops += 1
    if j < len(tokens) and not re.search(r"[;:]", text[tokens[hi].end if hi >= 0 else end:tokens[j].start]):
        found = sorted(kinds[j] - {"say", "critic", "ally"})
        role = "object of" if passive and tokens[j].text.lower().endswith(("ed", "en")) else "subject of"
        roles += [f"{role} {kind}" for kind in found]
    return sorted(set(roles))


def stance_toward(text: str, start: int, end: int, *, sentence: tuple[int, int] | None = None) -> Stance:
    """Tone of ``text`` toward the mention ``text[start:end]``: negative, neutral or positive.

    ``sentence`` is the ``(start, end)`` of the sentence holding the mention when the
    caller knows it (an ``Article``'s sentences); otherwise it is found around the mention.

    >>> stance_toward("Critics accused Smith of lying.", 16, 21).label  # doctest: +SKIP
    'negative'
    """
    if not isinstance(text, str):
        raise TypeError(f"stance_toward needs the text as a str, got {type(text).__name__}")
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= len(text):
        raise ValueError(
            f"stance_toward: the mention ({start!r}, {end!r}) must be a non-empty span inside the text "
            f"(0 <= start < end <= {len(text)})"
        )
    if not _HAS_WORD.search(text, start, end):
        raise ValueError(f"stance_toward: the mention {text[start:end]!r} at ({start}, {end}) holds no word to read a tone toward")
    if sentence is None:
        sentence = sentence_around(text, start, end)
    elif not (0 <= sentence[0] <= start and end <= sentence[1] <= len(text)):
        raise ValueError(f"stance_toward: the sentence {sentence!r} must hold the mention ({start}, {end})")
    weights = model()
    found = features(text, start, end, sentence)
    table = weights.weights
    known = [(name, value, span, table[name]) for name, value, span in found if value != 0.0 and name in table]
    scores = summed_scores(table, weights.bias, [(name, value) for name, value, _ in found])
    label_index, mixed_probabilities = weights.probabilities(scores)
    probabilities = tuple(round(p, 4) for p in mixed_probabilities)
    first, second = (k for k in range(len(LABELS)) if k != label_index)
    share = weights.mix_weight
    # a feature's push is read from the two models' weights averaged with the mix's share
    averaged = [(name, value, span, [share * row[k] + (1.0 - share) * row[k + len(LABELS)] for k in range(len(LABELS))])
                for name, value, span, row in known]
    pushes = []
    for name, value, span, row in averaged:
        push = value * (row[label_index] - (row[first] + row[second]) / 2)
        if push > 0:
            weight = round(push, 4)
            pushes.append((-weight, name, span or (-1, -1), span, weight))
    pushes.sort(key=lambda found: found[:3])
    drivers = [Driver(feature=name, span=span, weight=weight) for _, name, _, span, weight in pushes[:8]]
    return Stance(
        label=LABELS[label_index],
        score=round(probabilities[2] - probabilities[0], 4),
        probabilities=probabilities,
        sentence=sentence,
        cues=tuple(sorted(name[4:] for name, _, _ in found if name.startswith("cue="))),
        drivers=tuple(drivers),
    )
