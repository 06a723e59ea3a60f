"""The public surface: ``__all__`` lists exactly the public names of the package namespace."""

from __future__ import annotations

import types

import triangulate


def test_public_api_matches_namespace() -> None:
    public = {
        name
        for name, value in vars(triangulate).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert set(triangulate.__all__) - {"__version__"} == public - {"annotations"}
    assert len(triangulate.__all__) == len(set(triangulate.__all__))


def test_public_api_version_is_a_string() -> None:
    assert isinstance(triangulate.__version__, str) and triangulate.__version__.count(".") == 2
