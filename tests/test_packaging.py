"""An installed wheel, not only the editable install, carries the data the code reads."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(REPO)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    [built] = out.glob("samspil-*.whl")
    return built


def test_the_wheel_holds_ontology_queries_reference_data_and_models(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "ontology/samspil.ttl",
        "ontology/shapes.ttl",
        "queries/cross-sector-partnerships.rq",
        "kg/reference/municipalities.csv",
        "extract/pipeline.cfg",
        "extract/data/org_patterns.toml",
        "extract/models/da_ner/meta.json",
    ):
        assert required in names, required
    assert any(name.endswith("entry_points.txt") for name in names)


def test_the_installed_wheel_finds_its_data(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    install = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--quiet",
            "--target",
            str(target),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stderr
    probe = (
        "import kg.resources as r, kg.query as q;"
        "print(r.ONTOLOGY_PATH.is_file(), r.SHAPES_PATH.is_file(), len(q.bundled_queries()) > 0,"
        " str(r.PACKAGE_ROOT))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    found_ontology, found_shapes, found_queries, root = result.stdout.split()
    assert (found_ontology, found_shapes, found_queries) == ("True", "True", "True")
    assert root == str(target)  # read from the installed copy, not the repository
