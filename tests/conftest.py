"""Shared fixtures: the bundled examples, the corpus beside the repository, a CLI runner."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
CORPUS = REPO.parent / "shared" / "corpus"
# The organisation types of CONTRACT §4, copied from the contract: tests check the ontology
# and the reference data against the contract, not against the code.
CONTRACT_ORG_TYPES = (
    "Municipality",
    "Region",
    "Hospital",
    "NationalAuthority",
    "MunicipalUnit",
    "RegionalUnit",
    "Association",
    "Education",
    "Company",
    "Political",
    "Other",
)
# The sectors of CONTRACT §3, copied from the contract.
CONTRACT_SECTORS = (
    "MunicipalSector",
    "RegionalSector",
    "StateSector",
    "CivilSociety",
    "PrivateSector",
    "EducationSector",
)


def run_kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a fresh process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
    )


@pytest.fixture(scope="session")
def extractor():
    """The extraction pipeline, built once per test session (no test changes it)."""
    from extract.extractor import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def examples_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The examples built once per test session with the real pipeline."""
    out = tmp_path_factory.mktemp("examples") / "examples.trig"
    result = run_kg("build", str(EXAMPLES), "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the development corpus is not at {CORPUS}")
    return CORPUS
