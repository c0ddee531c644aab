# geokg — two commands do everything on a fresh machine with Python 3.11 and pip:
#   make demo   build the graph of the bundled sample articles and write an interactive HTML file
#   make test   run the whole test suite
#   make test-fast   the suite without the tests marked slow (Dask cluster, notebook, browser)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.geokg-installed

.PHONY: demo test test-fast venv lock bench clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/geokg build data/samples --db out/demo.db --html out/demo.html

test: $(STAMP)
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow"

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/store_bench.py
	$(BIN)/python benchmarks/html_bench.py

lock: $(STAMP)
	{ echo "# Pinned versions of every package geokg and its tests use (pip freeze on Python 3.11)."; \
	  echo "# Regenerate: make lock"; \
	  $(BIN)/python -m pip freeze --exclude-editable | grep -v -E '^(pip|setuptools|wheel)=='; } > requirements.lock.new
	mv requirements.lock.new requirements.lock

clean:
	rm -rf $(VENV) out .pytest_cache
