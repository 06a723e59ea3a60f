"""Tests of triangulate.store."""
