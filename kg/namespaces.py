"""The namespaces of CONTRACT §2 as plain strings, for code that must not import rdflib.

``kg.vocab`` builds rdflib namespaces from these; SPARQL text starts with
``SPARQL_PREFIXES``; serialisers and messages use ``PREFIXES`` for prefixed names.
"""

PREFIXES: dict[str, str] = {
    "sam": "https://w3id.org/samspil/ontology#",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}

SPARQL_PREFIXES = "\n".join(f"PREFIX {prefix}: <{iri}>" for prefix, iri in PREFIXES.items())
