"""A non-editable install (`pip install .`, a wheel) holds every package of the
source tree: pyproject lists them by hand because models/ is mapped into the
package, and a package left off that list only fails once installed."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_regression_every_source_package_is_in_the_installed_list():
    """extractor.facts and extractor.quotes were missing: 'pip install .' gave an
    ImportError at the first extraction."""
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    in_tree = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "extractor").rglob("__init__.py")}
    assert in_tree <= listed, f"packages missing from pyproject: {sorted(in_tree - listed)}"
    assert "extractor.models" in listed
