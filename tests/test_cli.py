"""The command line's contract: exit codes and one-line errors on stderr."""

from pathlib import Path

from tests.conftest import run_kg


def _one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("kg: error: ")
    return lines[0]


def test_help_lists_the_contract_commands() -> None:
    result = run_kg("--help")
    assert result.returncode == 0
    for command in ("build", "query", "viz", "validate", "queries"):
        assert command in result.stdout


def test_build_of_a_missing_file_fails_with_one_line(tmp_path: Path) -> None:
    result = run_kg("build", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "g.ttl"))
    assert result.returncode != 0
    assert "nope.txt: no such file or folder" in result.stderr
    assert not (tmp_path / "g.ttl").exists()


def test_build_of_an_empty_folder_fails_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run_kg("build", str(tmp_path / "empty"), "--out", str(tmp_path / "g.ttl"))
    assert result.returncode != 0
    line = _one_error_line(result.stderr)
    assert "no documents found in" in line


def test_build_with_an_unknown_output_format(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Odense Kommune og Region Syddanmark.", encoding="utf-8")
    result = run_kg("build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "g.xyz"))
    assert result.returncode != 0
    assert "unknown graph format '.xyz'" in _one_error_line(result.stderr)


def test_bad_file_is_skipped_and_the_rest_builds(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Odense Kommune samarbejder.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "g.ttl"
    result = run_kg("build", str(tmp_path), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "skipped" in result.stderr and "bad.txt: binary content, not text" in result.stderr
    assert out.stat().st_size > 0


def test_unknown_query_names_the_bundled_ones(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Odense Kommune.", encoding="utf-8")
    graph = tmp_path / "g.ttl"
    assert run_kg("build", str(tmp_path / "a.txt"), "--out", str(graph)).returncode == 0
    result = run_kg("query", "no-such-query", "--graph", str(graph))
    assert result.returncode != 0
    line = _one_error_line(result.stderr)
    assert "unknown query 'no-such-query'" in line and "cross-sector-partnerships" in line


def test_query_on_a_missing_graph_file(tmp_path: Path) -> None:
    result = run_kg("query", "cross-sector-partnerships", "--graph", str(tmp_path / "x.ttl"))
    assert result.returncode != 0
    assert "no such graph file" in _one_error_line(result.stderr)


def test_query_on_a_store_never_built(tmp_path: Path) -> None:
    result = run_kg("query", "cross-sector-partnerships", "--store", str(tmp_path / "store"))
    assert result.returncode != 0
    assert "no graph has been built here yet" in _one_error_line(result.stderr)


def test_train_ner_on_a_tiny_slice(tmp_path: Path) -> None:
    from extract.ner.train import DEFAULT_TRAIN

    if not DEFAULT_TRAIN.is_file():
        import pytest

        pytest.skip(f"no training data at {DEFAULT_TRAIN}")
    out = tmp_path / "ner"
    result = run_kg("train-ner", "--out", str(out), "--limit", "40", "--max-steps", "4")
    assert result.returncode == 0, result.stderr
    labels = [line.split()[0] for line in result.stdout.splitlines()]
    assert labels == ["micro", "PER", "ORG", "LOC"]  # the scores only; the log went to stderr
    assert (out / "meta.json").is_file() and (out / "ner").is_dir()


def test_train_project_names_for_a_few_steps(tmp_path: Path) -> None:
    import json

    out = tmp_path / "projects"
    result = run_kg("train-project-names", "--out", str(out), "--max-steps", "4")
    assert result.returncode == 0, result.stderr
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["PROJ"]
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["name"] == "samspil_project_names" and meta["labels"]["ner"] == ["PROJ"]
    # every development document with gold, a tenth of bench/dev kept for selection
    assert meta["training"]["train_documents"] + meta["training"]["dev_documents"] > 700


def test_train_ner_with_a_missing_file(tmp_path: Path) -> None:
    result = run_kg("train-ner", "--train", str(tmp_path / "none.iob2"))
    assert result.returncode != 0
    assert "none.iob2: no such training file" in _one_error_line(result.stderr)
