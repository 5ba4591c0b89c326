"""Claims alignment: which claims each article carries (audit.compare.coverage)."""
from __future__ import annotations

from conftest import make_article

from audit.compare.coverage import MIN_CONTENT_WORDS, coverage_of
from audit.compare.tokens import content_words

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
