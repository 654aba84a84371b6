"""Shared fixtures: the real pipeline, loaded once per test session."""

import pytest


@pytest.fixture(scope="session")
def nlp():
    from extractor.pipeline import load_pipeline

    return load_pipeline()
