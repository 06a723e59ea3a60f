"""Tests of triangulate.report."""
