# Two commands matter on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test lint bench browser clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: install
	mkdir -p demo
	$(BIN)/kg build examples --out demo/examples.ttl
	$(BIN)/kg query cross-sector-partnerships --graph demo/examples.ttl
	$(BIN)/kg viz --graph demo/examples.ttl --out demo/network.html
	@echo "Open demo/network.html in a browser; the graph is demo/examples.ttl."

lint: install
	$(BIN)/ruff check .

# Debian's Chromium for the real-browser test; installed only where it is missing.
browser:
	bash tests/browser/install-chromium.sh

test: install browser
	$(BIN)/ruff check .
	$(BIN)/pytest -q

bench: install
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) demo .samspil .pytest_cache
