# Two commands do all the set-up on a fresh machine:
#   make demo   build the sample articles into the embedded store and ask it questions
#   make test   the whole test suite, with a real Neo4j started for it (Java 17 + Maven)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: setup demo test bench clean

$(BIN)/govkg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

setup: $(BIN)/govkg

demo: setup
	bash scripts/demo.sh

test: setup
	bash scripts/test.sh

bench: setup
	bash scripts/bench.sh

clean:
	rm -rf govkg-data demo-out .pytest_cache
