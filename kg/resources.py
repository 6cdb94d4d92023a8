"""Where the package's data folders are, for editable and wheel installs alike.

``ontology/`` and ``queries/`` are installed as top-level folders beside ``kg/``
(see ``[tool.hatch.build.targets.wheel]``), so both are found relative to this file.
"""

from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = PACKAGE_ROOT / "ontology"
ONTOLOGY_PATH = ONTOLOGY_DIR / "samspil.ttl"
SHAPES_PATH = ONTOLOGY_DIR / "shapes.ttl"
QUERIES_DIR = PACKAGE_ROOT / "queries"
REFERENCE_DIR = Path(__file__).resolve().parent / "reference"

# Base IRI of instances (CONTRACT §2); kept here so light modules need not import rdflib.
DEFAULT_BASE = "https://w3id.org/samspil/id/"
