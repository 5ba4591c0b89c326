"""Cross-article comparisons: each module takes several articles (or their lens results) and aligns them."""
