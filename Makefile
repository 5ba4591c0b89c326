# Two commands on a fresh machine with only Python 3 and make: `make report`, `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: report test bench fuzz fit-stance check-stance clean screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,browser,dask,parquet]'
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/audit report seeds/ -o out/report.html

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	@for script in benchmarks/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

# Hypothesis over the loader and every lens for FUZZ_MINUTES (default 5); stops at the first crash.
FUZZ_MINUTES ?= 5
fuzz: $(STAMP)
	$(BIN)/python benchmarks/fuzz.py --minutes $(FUZZ_MINUTES)

# Refit the tone-toward-a-target weights (audit/lexicons/stance_weights.csv) on NewsMTSC's training split;
# check-stance refits and says whether the shipped file is reproduced byte for byte (a few minutes each).
fit-stance: $(STAMP)
	$(BIN)/python scripts/fit_stance.py

check-stance: $(STAMP)
	$(BIN)/python scripts/fit_stance.py --check

clean:
	rm -rf out $(VENV) .pytest_cache .hypothesis

# Report and compare page of the seeds and two real stories, at 1366 and 390 px wide, into out/screenshots/
# (Playwright with the system Chromium at /usr/bin/chromium); also prints each page's height.
screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py --out out/screenshots
