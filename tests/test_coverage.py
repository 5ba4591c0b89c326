"""Claims alignment: which claims each article carries (audit.compare.coverage)."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import make_article

from audit.compare.coverage import MIN_CONTENT_WORDS, claim_similarity, coverage_of
from audit.compare.tokens import claim_terms, content_words

CLAIM_PAIRS = Path(__file__).resolve().parent / "data" / "claim_pairs.jsonl"

SCMP = "002_abc600b155f6e648.txt"
NRC = "000_a288e786907b7547.txt"
LONG = "003_ae24ac5a2293de1f.txt"


def edited_copy(article, *, id: str = "copy.txt", outlet: str = "Aggregator"):
    """The article's body re-typed with light edits: one word changed in every other sentence."""
    parts = []
    for sentence in article.sentences:
        words = sentence.text.split(" ")
        if sentence.index % 2 == 0 and len(words) > 4:
            words[2] = "reportedly"
        parts.append(" ".join(words))
    return make_article("A new headline for a copied story\n\n" + "\n\n".join(parts) + "\n", id=id, outlet=outlet)


def memberships(coverage, articles):
    return sorted(sorted((articles[s.article].id, s.sentence) for s in claim.sentences) for claim in coverage.claims)


def test_lightly_edited_copy_shares_most_claims(seeds_by_id):
    seed = seeds_by_id[SCMP]
    coverage = coverage_of([seed, edited_copy(seed)])
    own = coverage.articles[0]
    assert own.claims > 15
    assert len(own.unique) / own.claims < 0.1


def test_unrelated_seeds_share_little(seeds_by_id):
    coverage = coverage_of([seeds_by_id[NRC], seeds_by_id[LONG]])
    shared = [claim for claim in coverage.claims if len(claim.articles) == 2]
    assert len(shared) <= 0.05 * len(coverage.claims)
    assert coverage.shared[0][1] < 0.05


def test_claims_do_not_depend_on_article_order(seed_articles, seeds_by_id):
    articles = [*seed_articles, edited_copy(seeds_by_id[SCMP])]
    forward = coverage_of(articles)
    backward = coverage_of(articles[::-1])
    assert memberships(forward, articles) == memberships(backward, articles[::-1])


def test_same_input_gives_the_same_claims(seed_articles, seeds_by_id):
    articles = [*seed_articles, edited_copy(seeds_by_id[SCMP])]
    assert coverage_of(articles) == coverage_of(articles)


def test_claim_sentences_are_offsets_into_the_original_text(seeds_by_id):
    seed = seeds_by_id[SCMP]
    articles = [seed, edited_copy(seed)]
    for claim in coverage_of(articles).claims:
        for sentence in claim.sentences:
            article = articles[sentence.article]
            assert article.text[sentence.start:sentence.end] == article.sentences[sentence.sentence].text


def test_claims_most_articles_carry_are_omitted_by_the_one_that_lacks_them(seeds_by_id):
    seed = seeds_by_id[SCMP]
    articles = [seed, edited_copy(seed), seeds_by_id[NRC]]
    coverage = coverage_of(articles)
    omitted = coverage.articles[2].omitted
    assert len(omitted) >= 15
    assert all(coverage.claims[c].articles == (0, 1) for c in omitted)
    assert coverage.articles[0].omitted == ()


def test_articles_that_copy_each_other_count_once(seeds_by_id):
    seed = seeds_by_id[SCMP]
    articles = [seed, edited_copy(seed)]
    shared = [c for c in coverage_of(articles, derived=[(0, 1)]).claims if len(c.articles) == 2]
    assert shared and all(claim.independent == 1 for claim in shared)
    independent = [c for c in coverage_of(articles).claims if len(c.articles) == 2]
    assert all(claim.independent == 2 for claim in independent)


def test_sentences_with_few_content_words_are_not_claims():
    article = make_article("Title line\n\nHe declined to comment. The chip maker Nvidia lost nearly 600 billion dollars in market value on Monday.\n")
    claims = coverage_of([article]).claims
    assert [claim.text for claim in claims] == ["The chip maker Nvidia lost nearly 600 billion dollars in market value on Monday."]
    assert len(content_words("He declined to comment.")) < MIN_CONTENT_WORDS


def test_reworded_sentence_below_the_threshold_is_a_separate_claim():
    a = make_article("One\n\nShares of Nvidia plunged 17 percent on Monday after the release.\n", id="a.txt")
    b = make_article("Two\n\nInvestors dumped chip stocks as the Chinese model spooked Wall Street traders.\n", id="b.txt")
    coverage = coverage_of([a, b])
    assert [claim.articles for claim in coverage.claims] == [(0,), (1,)]


def test_shared_share_matrix_is_symmetric(seed_articles, seeds_by_id):
    shared = coverage_of([*seed_articles, edited_copy(seeds_by_id[SCMP])]).shared
    assert all(shared[a][b] == shared[b][a] for a in range(len(shared)) for b in range(len(shared)))


def labelled_pairs() -> list[dict]:
    return [json.loads(line) for line in CLAIM_PAIRS.read_text(encoding="utf-8").splitlines() if line.strip()]


def sentence_position(articles, article_id: str, text: str) -> tuple[int, int]:
    index = next(i for i, article in enumerate(articles) if article.id == article_id)
    matches = [s.index for s in articles[index].sentences if s.text == text]
    assert len(matches) == 1, f"{article_id}: the labelled sentence {text[:60]!r} is not exactly one sentence of the article"
    return index, matches[0]


def test_labelled_claim_pairs_meet_the_precision_and_recall_floors(seed_articles):
    """Hand-labelled cross-seed pairs (tests/data/claim_pairs.md): same claim or different facts on one topic."""
    coverage = coverage_of(seed_articles)
    row_of = {(s.article, s.sentence): claim.index for claim in coverage.claims for s in claim.sentences}
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for pair in labelled_pairs():
        a = sentence_position(seed_articles, pair["a"], pair["a_sentence"])
        b = sentence_position(seed_articles, pair["b"], pair["b_sentence"])
        joined = row_of.get(a) is not None and row_of.get(a) == row_of.get(b)
        counts[("t" if joined == pair["same"] else "f") + ("p" if joined else "n")] += 1
    precision = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    recall = counts["tp"] / (counts["tp"] + counts["fn"])
    print(f"claim pairs: {counts}, precision {precision:.2f}, recall {recall:.2f}")
    # measured: precision 1.00 (5 of 5), recall 0.23 (5 of 22); one more false join or one fewer find fails
    assert precision >= 0.8
    assert recall >= 0.2


def test_restated_figures_in_other_words_are_one_claim(seeds_by_id, seed_articles):
    """Two outlets' independent wording of the chip counts (2,000 against 16,000) share a row."""
    coverage = coverage_of(seed_articles)
    nyt = sentence_position(seed_articles, "001_5d1de57602b2b4fe.txt", "DeepSeek trained its A.I. chatbot with 2,000 specialized Nvidia chips, compared with as many as the 16,000 chips used by leading American counterparts.")
    bbc = next(s.index for s in seeds_by_id["004_5c6d1f69e7e62f43.txt"].sentences if s.text.startswith("While leading AI models in the West"))
    claim = next(c for c in coverage.claims if nyt in {(s.article, s.sentence) for s in c.sentences})
    assert claim.sentence_in(4) is not None and claim.sentence_in(4).sentence == bbc


def test_sentences_sharing_only_common_words_are_not_one_claim():
    a = make_article("One\n\nChina says the economy of China will grow and China will lead.\n", id="a.txt")
    b = make_article("Two\n\nChina fears the economy of China may shrink and China may follow.\n", id="b.txt")
    c = make_article("Three\n\nChina thinks the economy of China can change and China can adapt.\n", id="c.txt")
    d = make_article("Four\n\nChina hopes the economy of China should recover and China should win.\n", id="d.txt")
    coverage = coverage_of([a, b, c, d])
    assert all(len(claim.articles) == 1 for claim in coverage.claims)


def test_a_claim_holds_at_most_one_sentence_per_article(seed_articles, seeds_by_id):
    articles = [*seed_articles, edited_copy(seeds_by_id[SCMP])]
    for claim in coverage_of(articles).claims:
        assert len(claim.sentences) == len(claim.articles)


def test_every_sentence_of_a_claim_is_similar_to_its_first_sentence(seed_articles):
    """Claims are stars around their first sentence, not chains of near neighbours."""
    coverage = coverage_of(seed_articles)
    for claim in coverage.claims:
        assert all(s.similarity >= coverage.threshold for s in claim.sentences)
        assert claim.text in {seed_articles[s.article].sentences[s.sentence].text for s in claim.sentences if s.similarity == 1.0}


def test_claim_terms_fold_spelling_variants():
    assert claim_terms("the U.S. and A.I.") == claim_terms("the US and AI") == claim_terms("the United States and artificial intelligence")
    assert claim_terms("2,000 chips") == ("2000", "chip")
    assert claim_terms("a forty-year-old founder") == claim_terms("a 40-year-old founder")


def test_claim_terms_keep_the_pronoun_us_apart_from_the_country():
    assert "us" not in claim_terms("He told us the model was trained cheaply")
    assert "us" in claim_terms("He told the US the model was trained cheaply")


def test_claim_terms_strip_inflections():
    assert claim_terms("Restrictions trained innovation") == claim_terms("restricted train innovate")


def test_claim_terms_do_not_depend_on_the_position_in_the_sentence():
    assert claim_terms("Chinese companies face curbs")[:2] == claim_terms("Curbs on Chinese companies")[1:]


def test_claim_similarity_ignores_word_order_and_weights_rare_terms():
    weights = {"nvidia": 4.0, "2000": 4.0, "chip": 3.0, "train": 3.0, "beijing": 3.0, "china": 0.5}
    anchors = {"nvidia", "2000", "chip", "train", "beijing"}
    sentence = ("train", "2000", "nvidia", "chip", "china")
    assert claim_similarity(sentence, tuple(reversed(sentence)), weights, anchors) == 1.0
    shares_a_rare_term = claim_similarity(sentence, ("nvidia", "2000", "chip", "train", "beijing"), weights, anchors)
    shares_a_common_term = claim_similarity(sentence, ("nvidia", "2000", "chip", "china", "beijing"), weights, anchors)
    assert shares_a_rare_term > shares_a_common_term


def test_claim_similarity_is_zero_without_enough_shared_anchors():
    weights = {"china": 0.5, "economy": 0.5, "grow": 3.0, "shrink": 3.0}
    assert claim_similarity(("china", "economy", "grow"), ("china", "economy", "shrink"), weights, {"grow", "shrink"}) == 0.0
